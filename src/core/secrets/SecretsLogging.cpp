#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "switchboard.secrets")
