// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ProvisioningAttempt.h"
#include "core/domain/WorkspaceEvent.h"
#include "core/storage/HistoryStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// Which records a listing or an export covers: provisioning attempts, and events of some kinds.
struct RecordKinds
{
    bool attempts = true;
    bool allEvents = false;
    QList<EventKind> events; // with allEvents false: just these

    bool includesEvents() const { return allEvents || !events.isEmpty(); }
    // "provisioning", an event kind ("number-released"), "events" (every event kind) or "all",
    // comma-separated; nullopt with *error naming the word that is none of these.
    static std::optional<RecordKinds> parse(const QString &text, QString *error);
    // Every word parse() takes, for help texts.
    static QStringList words();

    friend bool operator==(const RecordKinds &a, const RecordKinds &b)
    {
        return a.attempts == b.attempts && a.allEvents == b.allEvents && a.events == b.events;
    }
    friend bool operator!=(const RecordKinds &a, const RecordKinds &b) { return !(a == b); }
};

// One row of the timeline: an attempt or an event.
struct TimelineEntry
{
    std::optional<ProvisioningAttempt> attempt;
    std::optional<WorkspaceEvent> event;

    QDateTime time() const { return attempt ? attempt->startedAt : event->occurredAt; }
    qint64 id() const { return attempt ? attempt->id : event->id; }
    bool isAttempt() const { return attempt.has_value(); }
    // The timeline's order, newest first: the later time; at the same moment an attempt before
    // an event (it started what the event records), then the later id.
    bool isListedBefore(const TimelineEntry &other) const;
    bool isSameRecord(const TimelineEntry &other) const
    {
        return isAttempt() == other.isAttempt() && id() == other.id();
    }
};

// Where a page of the timeline continues: after the last attempt and the last event read so far
// (keyset paging on each, so that the millionth row costs what the first does).
struct TimelineCursor
{
    std::optional<HistoryCursor> attempt; // nullopt: from the newest
    std::optional<EventCursor> event; // nullopt: from the newest

    // The cursor after `entries` (a timeline read from its newest).
    static TimelineCursor after(const QList<TimelineEntry> &entries);
};

// The events a history filter selects: its organization, operator, dates and words; none when
// it asks for what only attempts have (an outcome, a link, an origin).
std::optional<EventFilter> eventFilterFor(const HistoryFilter &filter, const RecordKinds &kinds);

// Reads attempts and events together, newest first, page by page from each (so that a million
// attempts need no more memory than a page), for exports and listings.
class TimelineReader
{
public:
    TimelineReader(const HistoryStore &history, const HistoryFilter &filter,
            const RecordKinds &kinds, int pageSize = 1000, const TimelineCursor &start = {});

    // The next entry; nullopt at the end, or on an error (*error set).
    std::optional<TimelineEntry> next(QString *error);

private:
    bool fillAttempts(QString *error);
    bool fillEvents(QString *error);

    const HistoryStore &m_history;
    HistoryFilter m_filter;
    std::optional<EventFilter> m_eventFilter;
    int m_pageSize;
    QList<ProvisioningAttempt> m_attemptPage;
    QList<WorkspaceEvent> m_eventPage;
    std::optional<HistoryCursor> m_attemptCursor;
    std::optional<EventCursor> m_eventCursor;
    bool m_attemptsDone = false;
    bool m_eventsDone = false;
};

} // namespace Switchboard
