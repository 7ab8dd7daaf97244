// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// "switchboard.secrets": key names, operations and error kinds. Never a value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
