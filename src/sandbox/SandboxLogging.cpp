// SPDX-License-Identifier: Apache-2.0
#include "sandbox/SandboxLogging.h"

// Debug output is off unless QT_LOGGING_RULES turns it on: the program prints one line.
Q_LOGGING_CATEGORY(lcSandbox, "switchboard.sandbox", QtInfoMsg)
