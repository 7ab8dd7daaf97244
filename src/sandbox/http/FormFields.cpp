// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/FormFields.h"

#include <QUrl>

namespace Switchboard::Sandbox {
namespace {

QString decode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

FormFields FormFields::parse(const QByteArray &encoded)
{
    FormFields fields;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            fields.m_fields.append({decode(pair), QString()});
        else
            fields.m_fields.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return fields;
}

QString FormFields::encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool FormFields::contains(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString FormFields::value(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QStringList FormFields::names() const
{
    QStringList names;
    for (const auto &field : m_fields) {
        if (!names.contains(field.first))
            names.append(field.first);
    }
    return names;
}

} // namespace Switchboard::Sandbox
