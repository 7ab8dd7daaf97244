// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HistoryExport.h"
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
        Page, // a page of attempts, newest first
        Count, // how many attempts the filter selects
        Attempt, // one attempt with its steps
        Export, // the filtered history, written to a file
        Events, // a page of other actions (not attempts), newest first
        Operators, // everyone on record, for the operator filter
    };

    quint64 ticket = 0;
    Kind kind = Kind::Page;
    HistoryFilter filter;
    int limit = 0;
    std::optional<HistoryCursor> after;
    qint64 attemptId = 0;
    HistoryExport::Format format = HistoryExport::Format::Csv;
    QString path;
    RecordKinds kinds; // what an export or an events page covers
    qint64 beforeEventId = 0; // an events page continues after this one
};

// Its answer, given exactly once per ticket.
struct HistoryQueryResult
{
    quint64 ticket = 0;
    HistoryQuery::Kind kind = HistoryQuery::Kind::Page;
    bool cancelled = false;
    QString error; // empty on success
    QList<ProvisioningAttempt> attempts; // the page, or the one attempt with its steps
    // An events page; with one attempt, its events (its manual task), oldest first.
    QList<WorkspaceEvent> events;
    QStringList operators;
    qint64 number = 0; // the count, or the attempts exported

    bool succeeded() const { return !cancelled && error.isEmpty(); }
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::HistoryQueryResult)
