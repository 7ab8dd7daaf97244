#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "switchboard.sandbox")
