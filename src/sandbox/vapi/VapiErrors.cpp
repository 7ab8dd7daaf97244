// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/VapiErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Sandbox::VapiErrors {
namespace {

HttpResponse make(int status, const QJsonValue &message)
{
    const QJsonObject body{
            {QStringLiteral("message"), message},
            {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
            {QStringLiteral("statusCode"), status},
    };
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

HttpResponse error(int status, const QString &message)
{
    return make(status, message);
}

HttpResponse validation(const QStringList &messages)
{
    return make(400, QJsonArray::fromStringList(messages));
}

HttpResponse unauthorized(bool keyMissing)
{
    // Vapi answers a missing and a wrong key alike; the sandbox says which one it was.
    return make(401,
            keyMissing ? QStringLiteral("Missing Authorization header. Send \"Authorization: "
                                        "Bearer <your private API key>\".")
                       : QStringLiteral("Invalid Key. Hot tip, you may be using the private key "
                                        "instead of the public key, or vice versa."));
}

HttpResponse notFound(const QString &what)
{
    return make(404, what);
}

HttpResponse invalidUuid()
{
    return make(400, QStringLiteral("Validation failed (uuid is expected)"));
}

HttpResponse noRoute(const QByteArray &method, const QString &path)
{
    return make(
            404, QString(QStringLiteral("Cannot ") + QString::fromLatin1(method) + u' ' + path));
}

} // namespace Switchboard::Sandbox::VapiErrors
