#include "VapiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::Sandbox::VapiJson {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject assistant(const AssistantRecord &assistant, const QString &orgId)
{
    QJsonObject object = assistant.fields;
    object.insert(QStringLiteral("id"), assistant.id);
    object.insert(QStringLiteral("orgId"), orgId);
    object.insert(QStringLiteral("createdAt"), timestamp(assistant.createdAt));
    object.insert(QStringLiteral("updatedAt"), timestamp(assistant.updatedAt));
    return object;
}

QJsonObject phoneNumber(const VapiNumberRecord &number, const QString &orgId, const QString &status)
{
    QJsonObject object = number.fields;
    object.insert(QStringLiteral("id"), number.id);
    object.insert(QStringLiteral("orgId"), orgId);
    object.insert(QStringLiteral("provider"), number.provider);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("createdAt"), timestamp(number.createdAt));
    object.insert(QStringLiteral("updatedAt"), timestamp(number.updatedAt));
    return object;
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace Switchboard::Sandbox::VapiJson
