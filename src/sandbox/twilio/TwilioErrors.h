// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QString>

namespace Switchboard::Sandbox {

// Twilio's error body: {"code", "message", "more_info", "status"}, with Twilio's error codes.
namespace TwilioErrors {

HttpResponse error(int status, int code, const QString &message);
HttpResponse authenticate(); // 401, 20003
HttpResponse notFound(const QString &path); // 404, 20404
HttpResponse numberNotAvailable(const QString &e164); // 400, 21422
HttpResponse noNumbersFound(const QString &areaCode); // 400, 21452
HttpResponse tooManyRequests(); // 429, 20429
HttpResponse trialAccountLimit(); // 400, 21404: a trial account's second number

} // namespace TwilioErrors
} // namespace Switchboard::Sandbox
