// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One logging category per API. Debug output shows every request and answer with secrets
// redacted (see Redaction.h); enable it with QT_LOGGING_RULES="switchboard.vapi.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcVapi)
Q_DECLARE_LOGGING_CATEGORY(lcTwilio)
