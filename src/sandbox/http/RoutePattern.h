// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Switchboard::Sandbox {

// "[METHOD ]PATH-GLOB" — "POST /phone-number", "GET /2010-04-01/Accounts/*/IncomingPhoneNumbers*",
// "/assistant/**". In the glob "*" stands for any text within one path segment and "**" for
// anything; the method may also be written "POST:/phone-number". No method: any method.
class RoutePattern
{
public:
    RoutePattern(); // every request
    static std::optional<RoutePattern> parse(const QString &text, QString *error);

    bool matches(const QByteArray &method, const QString &path) const;
    QString toString() const;

private:
    QString m_method;
    QString m_glob;
    QRegularExpression m_regex;
};

} // namespace Switchboard::Sandbox
