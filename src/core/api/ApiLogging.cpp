// SPDX-License-Identifier: Apache-2.0
#include "core/api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcVapi, "switchboard.vapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTwilio, "switchboard.twilio", QtInfoMsg)
