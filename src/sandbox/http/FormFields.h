// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// application/x-www-form-urlencoded data, from a body or a query string: "+" is a space and
// %XX an escaped byte, as HTML forms and Twilio define it. (QUrlQuery leaves "+" alone.)
class FormFields
{
public:
    static FormFields parse(const QByteArray &encoded);
    // Percent-encodes a value for a query string; "+" becomes %2B.
    static QString encode(const QString &value);

    bool contains(const QString &name) const;
    // The first value of that name; empty when absent.
    QString value(const QString &name) const;
    QStringList names() const;
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<QPair<QString, QString>> m_fields;
};

} // namespace Switchboard::Sandbox
