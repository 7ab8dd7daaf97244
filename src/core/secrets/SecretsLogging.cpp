// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "switchboard.secrets")
