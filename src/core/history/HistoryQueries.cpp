// SPDX-License-Identifier: Apache-2.0
#include "core/history/HistoryQueries.h"

#include "core/history/CancellationFlags.h"
#include "core/history/HistoryQueryWorker.h"

namespace Switchboard {

HistoryQueries::HistoryQueries(const WorkspaceDatabaseOpener &opener, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Switchboard::HistoryQueryResult>();
    startLane(m_quick, opener, QStringLiteral("switchboard-history"));
    startLane(m_slow, opener, QStringLiteral("switchboard-history-counts"));
}

HistoryQueries::~HistoryQueries()
{
    for (Lane *lane : {&m_quick, &m_slow}) {
        lane->flags->cancelAll();
        lane->thread.quit();
    }
    m_quick.thread.wait();
    m_slow.thread.wait();
}

void HistoryQueries::startLane(
        Lane &lane, const WorkspaceDatabaseOpener &opener, const QString &name)
{
    lane.flags = std::make_shared<CancellationFlags>();
    lane.worker = new HistoryQueryWorker(opener, lane.flags);
    lane.worker->moveToThread(&lane.thread);
    connect(&lane.thread, &QThread::finished, lane.worker, &QObject::deleteLater);
    connect(lane.worker, &HistoryQueryWorker::finished, this, &HistoryQueries::finish);
    connect(lane.worker, &HistoryQueryWorker::exportProgress, this,
            [this](quint64 ticket, qint64 bytes) {
                if (m_pending.contains(ticket))
                    Q_EMIT exportProgress(ticket, bytes);
            });
    lane.thread.setObjectName(name);
    lane.thread.start(QThread::LowPriority);
    // Connected before the first question, so that opening History does not wait for it.
    HistoryQueryWorker *worker = lane.worker;
    QMetaObject::invokeMethod(
            worker, [worker] { worker->prepare(); }, Qt::QueuedConnection);
}

HistoryQueries::Lane &HistoryQueries::laneFor(HistoryQuery::Kind kind)
{
    return kind == HistoryQuery::Kind::Page || kind == HistoryQuery::Kind::Attempt ? m_quick
                                                                                   : m_slow;
}

quint64 HistoryQueries::fetchPage(const HistoryFilter &filter, int limit,
        const TimelineCursor &from, const RecordKinds &kinds)
{
    HistoryQuery query;
    query.kind = HistoryQuery::Kind::Page;
    query.filter = filter;
    query.limit = limit;
    query.from = from;
    query.kinds = kinds;
    return submit(std::move(query));
}

quint64 HistoryQueries::fetchCount(const HistoryFilter &filter, const RecordKinds &kinds)
{
    HistoryQuery query;
    query.kind = HistoryQuery::Kind::Count;
    query.filter = filter;
    query.kinds = kinds;
    return submit(std::move(query));
}

quint64 HistoryQueries::fetchAttempt(qint64 attemptId)
{
    HistoryQuery query;
    query.kind = HistoryQuery::Kind::Attempt;
    query.attemptId = attemptId;
    return submit(std::move(query));
}

quint64 HistoryQueries::exportHistory(const HistoryFilter &filter, HistoryExport::Format format,
        const QString &path, const RecordKinds &kinds)
{
    HistoryQuery query;
    query.kind = HistoryQuery::Kind::Export;
    query.filter = filter;
    query.format = format;
    query.path = path;
    query.kinds = kinds;
    return submit(std::move(query));
}

quint64 HistoryQueries::fetchOperators()
{
    HistoryQuery query;
    query.kind = HistoryQuery::Kind::Operators;
    return submit(std::move(query));
}

quint64 HistoryQueries::submit(HistoryQuery query)
{
    query.ticket = m_nextTicket++;
    const bool wasBusy = isBusy();
    m_pending.insert(query.ticket, query.kind);
    HistoryQueryWorker *worker = laneFor(query.kind).worker;
    QMetaObject::invokeMethod(
            worker, [worker, query] { worker->run(query); }, Qt::QueuedConnection);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return query.ticket;
}

void HistoryQueries::cancel(quint64 ticket)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.constEnd())
        return;
    laneFor(it.value()).flags->cancel(ticket);
    m_cancelled.insert(ticket);
    HistoryQueryResult result;
    result.ticket = ticket;
    result.kind = it.value();
    result.cancelled = true;
    result.error = tr("Cancelled.");
    QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

// The one place a ticket ends: the worker's answer and a cancellation race, the first wins.
void HistoryQueries::finish(const HistoryQueryResult &result)
{
    if (!m_pending.remove(result.ticket))
        return;
    if (m_cancelled.remove(result.ticket) && !result.cancelled) {
        // The worker's answer was on its way when cancel() came: cancelled is what was promised.
        HistoryQueryResult cancelled;
        cancelled.ticket = result.ticket;
        cancelled.kind = result.kind;
        cancelled.cancelled = true;
        cancelled.error = tr("Cancelled.");
        Q_EMIT finished(cancelled);
    } else {
        Q_EMIT finished(result);
    }
    if (m_pending.isEmpty())
        Q_EMIT busyChanged(false);
}

} // namespace Switchboard
