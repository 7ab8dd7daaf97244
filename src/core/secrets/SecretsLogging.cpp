// SPDX-License-Identifier: Apache-2.0
#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "switchboard.secrets")
