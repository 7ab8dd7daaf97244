// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/HistoryQuery.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>

#include <memory>

namespace Switchboard {

class CancellationFlags;
class HistoryQueryWorker;

// The GUI thread's side of the history's worker threads: one for pages and single attempts,
// which must come at once, and one for counts and exports, which may take long and must not
// hold the pages up. Every request gets a ticket and is answered exactly once through
// finished(): with its result, with an error, or as cancelled.
class HistoryQueries : public QObject
{
    Q_OBJECT

public:
    explicit HistoryQueries(const WorkspaceDatabaseOpener &opener, QObject *parent = nullptr);
    // Cancels what is pending and waits for the statement that is running, if any.
    ~HistoryQueries() override;

    // A page of the timeline: attempts, and events when `kinds` asks for them.
    quint64 fetchPage(const HistoryFilter &filter, int limit, const TimelineCursor &from = {},
            const RecordKinds &kinds = {});
    quint64 fetchCount(const HistoryFilter &filter, const RecordKinds &kinds = {});
    quint64 fetchAttempt(qint64 attemptId);
    quint64 exportHistory(const HistoryFilter &filter, HistoryExport::Format format,
            const QString &path, const RecordKinds &kinds = {});
    quint64 fetchOperators();

    // Answers the ticket as cancelled (in the event loop, not from inside this call); the
    // worker skips it, or stops an export at the next row. A statement already running
    // completes on the worker and its result is dropped.
    void cancel(quint64 ticket);
    bool isPending(quint64 ticket) const { return m_pending.contains(ticket); }
    bool isBusy() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void finished(const Switchboard::HistoryQueryResult &result);
    void exportProgress(quint64 ticket, qint64 bytesWritten);
    void busyChanged(bool busy);

private:
    struct Lane
    {
        QThread thread;
        HistoryQueryWorker *worker = nullptr; // lives on `thread`, deleted when it finishes
        std::shared_ptr<CancellationFlags> flags;
    };

    void startLane(Lane &lane, const WorkspaceDatabaseOpener &opener, const QString &name);
    Lane &laneFor(HistoryQuery::Kind kind);
    quint64 submit(HistoryQuery query);
    void finish(const HistoryQueryResult &result);

    Lane m_quick; // pages, attempts
    Lane m_slow; // counts, exports
    QHash<quint64, HistoryQuery::Kind> m_pending;
    QSet<quint64> m_cancelled; // pending, and promised a cancelled answer
    quint64 m_nextTicket = 1;
};

} // namespace Switchboard
