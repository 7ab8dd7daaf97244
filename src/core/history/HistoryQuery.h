// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HistoryExport.h"
#include "core/history/Timeline.h"
#include "core/storage/HistoryStore.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

// One question for the history's worker thread.
struct HistoryQuery
{
    enum class Kind {
        Page, // a page of the timeline (attempts, events of the kinds asked), newest first
        Count, // how many attempts and events the filter selects
        Attempt, // one attempt with its steps
        Export, // the filtered history, written to a file
        // The filters' choices from the record: everyone on record (operators), and the
        // organizations removed since (events: their removals, which name them)
        Operators,
    };

    quint64 ticket = 0;
    Kind kind = Kind::Page;
    HistoryFilter filter;
    int limit = 0;
    TimelineCursor from; // a page continues after this
    qint64 attemptId = 0;
    HistoryExport::Format format = HistoryExport::Format::Csv;
    QString path;
    RecordKinds kinds; // what a page, a count or an export covers
};

// Its answer, given exactly once per ticket.
struct HistoryQueryResult
{
    quint64 ticket = 0;
    HistoryQuery::Kind kind = HistoryQuery::Kind::Page;
    bool cancelled = false;
    QString error; // empty on success
    QList<TimelineEntry> entries; // a page
    QList<ProvisioningAttempt> attempts; // the one attempt, with its steps
    QList<WorkspaceEvent> events; // the one attempt's events (its manual task), oldest first
    QStringList operators;
    qint64 number = 0; // the attempts counted, or the records exported
    qint64 eventNumber = 0; // the events counted

    bool succeeded() const { return !cancelled && error.isEmpty(); }
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::HistoryQueryResult)
