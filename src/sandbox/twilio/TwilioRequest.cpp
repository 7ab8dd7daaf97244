// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioRequest.h"

#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/world/SandboxState.h"

namespace Switchboard::Sandbox::TwilioRequest {

TwilioCredentials::Principal authenticate(
        SandboxState &state, const HttpRequest &request, HttpResponse *error)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    TwilioCredentials::Principal principal;
    if (authorization.size() > 6 && authorization.left(6).toLower() == "basic ") {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            principal
                    = TwilioCredentials::authenticate(state, QString::fromUtf8(decoded.left(colon)),
                            QString::fromUtf8(decoded.mid(colon + 1)));
        }
    }
    if (!principal.account)
        *error = TwilioErrors::authenticate();
    return principal;
}

TwilioAccountRecord *pathAccount(SandboxState &state, const TwilioCredentials::Principal &principal,
        const QString &accountSid, const HttpRequest &request, HttpResponse *error)
{
    TwilioAccountRecord *account = state.twilioAccount(accountSid);
    if (!account) {
        *error = TwilioErrors::notFound(request.path);
        return nullptr;
    }
    if (!TwilioCredentials::mayAccess(principal, *account)) {
        *error = TwilioErrors::authenticate();
        return nullptr;
    }
    return account;
}

FormFields form(const HttpRequest &request)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return {};
    return FormFields::parse(request.body);
}

} // namespace Switchboard::Sandbox::TwilioRequest
