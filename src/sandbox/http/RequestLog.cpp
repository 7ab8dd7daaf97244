// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/RequestLog.h"

#include "sandbox/http/RoutePattern.h"

namespace Switchboard::Sandbox {

QJsonObject RequestLogEntry::toJson() const
{
    return QJsonObject{
            {QStringLiteral("sequence"), qint64(sequence)},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("api"), api},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), target},
            {QStringLiteral("account"), account},
            {QStringLiteral("status"), status},
            {QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("fault"),
                    fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fault)},
            {QStringLiteral("delivered"), delivered},
    };
}

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{ }

void RequestLog::append(RequestLogEntry entry)
{
    entry.sequence = ++m_lastSequence;
    m_entries.append(std::move(entry));
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    Q_EMIT appended(m_lastSequence);
}

void RequestLog::clear()
{
    m_entries.clear();
}

QList<RequestLogEntry> RequestLog::entriesSince(quint64 sequence) const
{
    QList<RequestLogEntry> newer;
    for (const RequestLogEntry &entry : m_entries) {
        if (entry.sequence > sequence)
            newer.append(entry);
    }
    return newer;
}

QList<RequestLogEntry> RequestLog::matching(
        const QString &method, const QString &pathGlob, int status) const
{
    QString problem;
    const std::optional<RoutePattern> pattern
            = RoutePattern::parse(method + u' ' + pathGlob, &problem);
    Q_ASSERT_X(pattern, "RequestLog::matching", qPrintable(problem));
    QList<RequestLogEntry> found;
    if (!pattern)
        return found;
    for (const RequestLogEntry &entry : m_entries) {
        const QString path = entry.target.section(u'?', 0, 0);
        if (pattern->matches(entry.method.toLatin1(), path)
                && (status == 0 || entry.status == status))
            found.append(entry);
    }
    return found;
}

} // namespace Switchboard::Sandbox
