// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/VapiRequest.h"

#include "sandbox/vapi/VapiErrors.h"
#include "sandbox/world/SandboxState.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Switchboard::Sandbox::VapiRequest {

VapiOrgRecord *authenticate(SandboxState &state, const HttpRequest &request, HttpResponse *error)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.isEmpty()) {
        *error = VapiErrors::unauthorized(true);
        return nullptr;
    }
    static const QByteArray scheme = "bearer ";
    if (!authorization.toLower().startsWith(scheme)) {
        *error = VapiErrors::unauthorized(false);
        return nullptr;
    }
    const QString key = QString::fromUtf8(authorization.mid(scheme.size()).trimmed());
    VapiOrgRecord *org = state.vapiOrgByKey(key);
    if (!org)
        *error = VapiErrors::unauthorized(false);
    return org;
}

bool jsonBody(const HttpRequest &request, QJsonObject *body, HttpResponse *error)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/json") || request.body.trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = VapiErrors::error(400,
                parseError.errorString() + QStringLiteral(" in JSON at position ")
                        + QString::number(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = VapiErrors::validation({QStringLiteral("the request body must be a JSON object")});
        return false;
    }
    *body = document.object();
    return true;
}

} // namespace Switchboard::Sandbox::VapiRequest
