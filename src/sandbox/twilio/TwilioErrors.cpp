// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Sandbox::TwilioErrors {

HttpResponse error(int status, int code, const QString &message)
{
    const QJsonObject body{
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("more_info"),
                    QString(QStringLiteral("https://www.twilio.com/docs/errors/")
                            + QString::number(code))},
            {QStringLiteral("status"), status},
    };
    HttpResponse response
            = HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (status == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
    return response;
}

HttpResponse authenticate()
{
    return error(401, 20003, QStringLiteral("Authenticate"));
}

HttpResponse notFound(const QString &path)
{
    return error(404, 20404,
            QStringLiteral("The requested resource ") + path + QStringLiteral(" was not found"));
}

HttpResponse numberNotAvailable(const QString &e164)
{
    return error(400, 21422,
            QStringLiteral("PhoneNumber ") + e164 + QStringLiteral(" is not available."));
}

HttpResponse noNumbersFound(const QString &areaCode)
{
    return error(
            400, 21452, QStringLiteral("No phone numbers found in area code ") + areaCode + u'.');
}

HttpResponse trialAccountLimit()
{
    // Code and message as Twilio's helper libraries have reported them (for example
    // stefanjudis/create-phone-number-forwarding#6); the status 400 is that of Twilio's other
    // 21xxx purchase refusals, not checked against a live trial account.
    return error(400, 21404,
            QStringLiteral("Trial accounts are allowed only one Twilio number. To purchase "
                           "additional numbers, please upgrade your account."));
}

HttpResponse tooManyRequests()
{
    return error(429, 20429, QStringLiteral("Too Many Requests"));
}

} // namespace Switchboard::Sandbox::TwilioErrors
