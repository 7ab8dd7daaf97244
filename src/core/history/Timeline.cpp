// SPDX-License-Identifier: Apache-2.0
#include "core/history/Timeline.h"

namespace Switchboard {

std::optional<RecordKinds> RecordKinds::parse(const QString &text, QString *error)
{
    RecordKinds kinds;
    kinds.attempts = false;
    const QStringList words = text.split(u',', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        *error = QStringLiteral("no kind given");
        return std::nullopt;
    }
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toLower();
        if (word == u"all") {
            kinds.attempts = true;
            kinds.allEvents = true;
        } else if (word == u"events") {
            kinds.allEvents = true;
        } else if (word == u"provisioning") {
            kinds.attempts = true;
        } else if (const std::optional<EventKind> kind = eventKindFromString(word)) {
            if (!kinds.events.contains(*kind))
                kinds.events << *kind;
        } else {
            *error = QStringLiteral("\"%1\" is not a kind").arg(raw.trimmed());
            return std::nullopt;
        }
    }
    return kinds;
}

QStringList RecordKinds::words()
{
    QStringList words{
            QStringLiteral("all"), QStringLiteral("provisioning"), QStringLiteral("events")};
    for (EventKind kind : allEventKinds())
        words << toString(kind);
    return words;
}

std::optional<EventFilter> eventFilterFor(const HistoryFilter &filter, const RecordKinds &kinds)
{
    if (!kinds.includesEvents() || filter.outcome || filter.strategy || filter.origin)
        return std::nullopt;
    EventFilter events;
    events.organizationId = filter.organizationId;
    events.operatorName = filter.operatorName;
    events.since = filter.since;
    events.until = filter.until;
    events.text = filter.text;
    if (!kinds.allEvents)
        events.kinds = kinds.events;
    return events;
}

bool TimelineEntry::isListedBefore(const TimelineEntry &other) const
{
    const QDateTime mine = time();
    const QDateTime theirs = other.time();
    if (mine != theirs)
        return mine > theirs;
    if (isAttempt() != other.isAttempt())
        return isAttempt();
    return id() > other.id();
}

TimelineCursor TimelineCursor::after(const QList<TimelineEntry> &entries)
{
    TimelineCursor cursor;
    bool attemptFound = false;
    bool eventFound = false;
    for (auto it = entries.crbegin(); it != entries.crend() && !(attemptFound && eventFound);
            ++it) {
        if (it->attempt && !attemptFound) {
            cursor.attempt = HistoryCursor{it->attempt->startedAt, it->attempt->id};
            attemptFound = true;
        } else if (it->event && !eventFound) {
            cursor.event = EventCursor{it->event->occurredAt, it->event->id};
            eventFound = true;
        }
    }
    return cursor;
}

TimelineReader::TimelineReader(const HistoryStore &history, const HistoryFilter &filter,
        const RecordKinds &kinds, int pageSize, const TimelineCursor &start)
    : m_history(history)
    , m_filter(filter)
    , m_eventFilter(eventFilterFor(filter, kinds))
    , m_pageSize(pageSize)
    , m_attemptCursor(start.attempt)
    , m_eventCursor(start.event)
    , m_attemptsDone(!kinds.attempts)
    , m_eventsDone(!m_eventFilter)
{ }

bool TimelineReader::fillAttempts(QString *error)
{
    if (!m_attemptPage.isEmpty() || m_attemptsDone)
        return true;
    QString pageError;
    m_attemptPage = m_history.page(m_filter, m_pageSize, m_attemptCursor, &pageError);
    if (!pageError.isEmpty()) {
        *error = pageError;
        return false;
    }
    if (m_attemptPage.size() < m_pageSize)
        m_attemptsDone = true;
    if (!m_attemptPage.isEmpty())
        m_attemptCursor
                = HistoryCursor{m_attemptPage.constLast().startedAt, m_attemptPage.constLast().id};
    return true;
}

bool TimelineReader::fillEvents(QString *error)
{
    if (!m_eventPage.isEmpty() || m_eventsDone)
        return true;
    QString pageError;
    m_eventPage = m_history.events(*m_eventFilter, m_pageSize, m_eventCursor, &pageError);
    if (!pageError.isEmpty()) {
        *error = pageError;
        return false;
    }
    if (m_eventPage.size() < m_pageSize)
        m_eventsDone = true;
    if (!m_eventPage.isEmpty())
        m_eventCursor = EventCursor{m_eventPage.constLast().occurredAt, m_eventPage.constLast().id};
    return true;
}

std::optional<TimelineEntry> TimelineReader::next(QString *error)
{
    if (!fillAttempts(error) || !fillEvents(error))
        return std::nullopt;
    const bool haveAttempt = !m_attemptPage.isEmpty();
    const bool haveEvent = !m_eventPage.isEmpty();
    if (!haveAttempt && !haveEvent)
        return std::nullopt;
    TimelineEntry attempt;
    TimelineEntry event;
    if (haveAttempt)
        attempt.attempt = m_attemptPage.constFirst();
    if (haveEvent)
        event.event = m_eventPage.constFirst();
    if (haveAttempt && (!haveEvent || attempt.isListedBefore(event))) {
        m_attemptPage.removeFirst();
        return attempt;
    }
    m_eventPage.removeFirst();
    return event;
}

} // namespace Switchboard
