// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/VapiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::Sandbox::VapiJson {

QString timestamp(const QDateTime &time)
{
    // By hand: QDateTime::toString() goes through QString::asprintf, and lists format two
    // timestamps per item.
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[] = "0000-00-00T00:00:00.000Z";
    auto put = [&text](int value, int position, int width) {
        for (int i = position + width - 1; i >= position; --i) {
            text[i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(date.year(), 0, 4);
    put(date.month(), 5, 2);
    put(date.day(), 8, 2);
    put(clock.hour(), 11, 2);
    put(clock.minute(), 14, 2);
    put(clock.second(), 17, 2);
    put(clock.msec(), 20, 3);
    return QString::fromLatin1(text, 24);
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
