// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/FormFields.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/twilio/TwilioCredentials.h"

namespace Switchboard::Sandbox {

class SandboxState;

// What every Twilio route does first: HTTP Basic authentication, and the account in the path.
namespace TwilioRequest {

// The credentials' principal, or a principal without account and the 401 (20003) in *error.
TwilioCredentials::Principal authenticate(
        SandboxState &state, const HttpRequest &request, HttpResponse *error);
// The path's account if the principal may use it; nullptr and 404 (unknown) or 401 otherwise.
TwilioAccountRecord *pathAccount(SandboxState &state, const TwilioCredentials::Principal &principal,
        const QString &accountSid, const HttpRequest &request, HttpResponse *error);
// The form body (application/x-www-form-urlencoded).
FormFields form(const HttpRequest &request);

} // namespace TwilioRequest
} // namespace Switchboard::Sandbox
