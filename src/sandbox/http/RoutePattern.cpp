// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/RoutePattern.h"

namespace Switchboard::Sandbox {
namespace {

QRegularExpression globToRegex(const QString &glob)
{
    QString pattern = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob.at(i) != u'*') {
            pattern += QRegularExpression::escape(QString(glob.at(i)));
        } else if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            pattern += QStringLiteral(".*");
            ++i;
        } else {
            pattern += QStringLiteral("[^/]*");
        }
    }
    return QRegularExpression(pattern + u'$');
}

} // namespace

RoutePattern::RoutePattern()
    : m_glob(QStringLiteral("**"))
    , m_regex(globToRegex(m_glob))
{ }

std::optional<RoutePattern> RoutePattern::parse(const QString &text, QString *error)
{
    RoutePattern pattern;
    QString route = text.trimmed();
    static const QRegularExpression methodPrefix(
            QStringLiteral("^([A-Za-z]+|\\*)[ :]\\s*(\\S.*)$"));
    const QRegularExpressionMatch match = methodPrefix.match(route);
    if (match.hasMatch()) {
        pattern.m_method = match.captured(1).toUpper();
        route = match.captured(2).trimmed();
        if (pattern.m_method == QLatin1String("*") || pattern.m_method == QLatin1String("ANY"))
            pattern.m_method.clear();
    }
    if (route == QLatin1String("*"))
        route = QStringLiteral("**");
    if (!route.startsWith(u'/') && route != QLatin1String("**")) {
        *error = QStringLiteral("route \"") + text
                + QStringLiteral("\" must be a path starting with /, optionally after a method, "
                                 "as in \"POST /phone-number\"");
        return std::nullopt;
    }
    pattern.m_glob = route;
    pattern.m_regex = globToRegex(route);
    return pattern;
}

bool RoutePattern::matches(const QByteArray &method, const QString &path) const
{
    if (!m_method.isEmpty() && m_method != QLatin1String(method))
        return false;
    return m_regex.match(path).hasMatch();
}

QString RoutePattern::toString() const
{
    return m_method.isEmpty() ? m_glob : m_method + u' ' + m_glob;
}

} // namespace Switchboard::Sandbox
