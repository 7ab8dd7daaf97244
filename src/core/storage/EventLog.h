// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/WorkspaceEvent.h"
#include "core/storage/WriteResult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

struct EventFilter
{
    // The workspace's own actions (settings, its Twilio account, its pool), which belong to no
    // organization.
    static constexpr qint64 WorkspaceOnly = -1;
    qint64 organizationId = 0; // 0: every organization; WorkspaceOnly: none of them
    QList<EventKind> kinds; // empty: every kind
    QString operatorName; // exact; empty: everyone
    qint64 attemptId = 0; // 0: any
    QDateTime since; // inclusive; invalid: no bound
    QDateTime until; // exclusive; invalid: no bound
    // Words that must each appear in the summary, the number, the assistant, the organization
    // or the operator, found as the attempts' are (see HistoryFilter::text).
    QString text;
};

// Where a page of events ended (keyset paging, like HistoryCursor).
struct EventCursor
{
    QDateTime occurredAt;
    qint64 id = 0;
};

// The workspace's log of every action beside provisioning attempts (see EventKind). Each event
// is written in the transaction of the change it records, stamped with the connection's operator
// (WorkspaceDatabase::operatorName) and, on PostgreSQL, the database's own word for the role;
// the database refuses to change or remove a written event (Migrations, version 10).
class EventLog
{
public:
    explicit EventLog(const WorkspaceDatabase &database);

    // Sets id, occurredAt (now, when not set) and operatorName; Failed when it cannot be
    // written (the caller's transaction then rolls the change back with it).
    WriteResult record(WorkspaceEvent &event) const;
    // Makes `change` and records the event `describe` gives after it (nullopt: nothing worth
    // recording) in one transaction: both are written, or neither.
    WriteResult recordWith(const std::function<WriteResult()> &change,
            const std::function<std::optional<WorkspaceEvent>()> &describe) const;

    // Newest first (by time; by the order they were recorded when searching words); `after`
    // continues a previous page.
    QList<WorkspaceEvent> page(const EventFilter &filter, int limit,
            const std::optional<EventCursor> &after = std::nullopt, QString *error = nullptr) const;
    int count(const EventFilter &filter, QString *error = nullptr) const;
    // Everyone who is on record, in name order (for a filter's choices).
    QStringList operators(QString *error = nullptr) const;

private:
    const WorkspaceDatabase &m_database;
};

} // namespace Switchboard
