// SPDX-License-Identifier: Apache-2.0
#include "core/api/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Switchboard::Redaction {
namespace {

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretField(it.key()) && !it.value().isNull())
            out.insert(it.key(), QString(Mask));
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray())
            out.append(redactValue(item));
        return out;
    }
    return value;
}

} // namespace

bool isSecretField(QStringView name)
{
    const QString key = name.toString().toLower().remove(u'_').remove(u'-');
    return key.contains(u"token") || key.contains(u"secret") || key.contains(u"password")
            || key.contains(u"apikey") || key == u"authorization" || key == u"authentication";
}

QByteArray json(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return "<" + QByteArray::number(body.size()) + " bytes, not JSON>";
    if (document.isObject())
        return QJsonDocument(redactObject(document.object())).toJson(QJsonDocument::Compact);
    return QJsonDocument(redactValue(document.array()).toArray()).toJson(QJsonDocument::Compact);
}

QByteArray form(const QByteArray &body)
{
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        if (isSecretField(QString::fromUtf8(QByteArray::fromPercentEncoding(name))))
            pair = name + '=' + QByteArray(Mask.data(), Mask.size());
    }
    return pairs.join('&');
}

QString values(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, Mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, Mask);
    }
    return text;
}

} // namespace Switchboard::Redaction
