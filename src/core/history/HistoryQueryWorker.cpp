// SPDX-License-Identifier: Apache-2.0
#include "core/history/HistoryQueryWorker.h"

#include "core/history/CancellableWriter.h"
#include "core/history/CancellationFlags.h"
#include "core/history/SqliteInterrupt.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDriver>

Q_LOGGING_CATEGORY(lcHistoryQueries, "switchboard.gui.history")

namespace Switchboard {

HistoryQueryWorker::HistoryQueryWorker(
        WorkspaceDatabaseOpener opener, std::shared_ptr<CancellationFlags> flags)
    : m_opener(std::move(opener))
    , m_flags(std::move(flags))
{ }

// The connection closes on the worker's thread: the thread's finished() deletes this.
HistoryQueryWorker::~HistoryQueryWorker()
{
    m_flags->setInterrupt({});
    m_history.reset();
    m_database.reset();
}

bool HistoryQueryWorker::open(QString *error)
{
    if (m_history)
        return true;
    if (!m_openError.isEmpty()) {
        *error = m_openError;
        return false;
    }
    DatabaseError databaseError;
    m_database = m_opener ? m_opener(&databaseError) : nullptr;
    if (!m_database) {
        m_openError = databaseError ? databaseError.message
                                    : tr("The history cannot be read: no workspace is open.");
        qCWarning(lcHistoryQueries) << "cannot open the workspace for history queries";
        *error = m_openError;
        return false;
    }
    m_history = std::make_unique<HistoryStore>(*m_database);
    // A text search over a million rows scans them all; when its ticket is cancelled, the
    // statement stops at once instead of holding up the next query, where that can be done
    // safely (SqliteInterrupt says when).
    if (auto interrupt = SqliteInterrupt::forConnection(m_database->connection()))
        m_flags->setInterrupt(std::move(interrupt));
    return true;
}

void HistoryQueryWorker::prepare()
{
    QString ignored;
    open(&ignored);
}

void HistoryQueryWorker::run(const HistoryQuery &query)
{
    if (!m_flags->begin(query.ticket)) {
        m_flags->forget(query.ticket); // answered as cancelled on the GUI side already
        return;
    }
    HistoryQueryResult result;
    result.ticket = query.ticket;
    result.kind = query.kind;
    QString error;
    if (open(&error)) {
        switch (query.kind) {
        case HistoryQuery::Kind::Page: {
            TimelineReader reader(*m_history, query.filter, query.kinds, query.limit, query.from);
            while (result.entries.size() < query.limit) {
                std::optional<TimelineEntry> entry = reader.next(&error);
                if (!entry)
                    break;
                result.entries << std::move(*entry);
            }
            break;
        }
        case HistoryQuery::Kind::Count:
            if (query.kinds.attempts)
                result.number = m_history->count(query.filter, &error);
            if (const auto events = eventFilterFor(query.filter, query.kinds);
                    events && error.isEmpty())
                result.eventNumber = m_history->eventCount(*events, &error);
            break;
        case HistoryQuery::Kind::Attempt:
            if (auto attempt = m_history->attempt(query.attemptId, &error)) {
                result.attempts << *attempt;
                result.events = m_history->eventsOf(query.attemptId, &error);
            } else if (error.isEmpty()) {
                error = tr("Attempt %1 is not in the history.").arg(query.attemptId);
            }
            break;
        case HistoryQuery::Kind::Export:
            result.number = exportHistory(query, &error);
            break;
        case HistoryQuery::Kind::Operators: {
            result.operators = m_history->operators(&error);
            EventFilter removals;
            removals.kinds = {EventKind::OrganizationRemoved};
            if (error.isEmpty())
                result.events = m_history->events(removals, 1000, {}, &error);
            break;
        }
        }
    }
    m_flags->end();
    // An interrupted statement ends like a short one: the flag, not the rows, says it was cut.
    result.cancelled = m_flags->isCancelled(query.ticket);
    result.error = error;
    m_flags->forget(query.ticket);
    Q_EMIT finished(result);
}

qint64 HistoryQueryWorker::exportHistory(const HistoryQuery &query, QString *error)
{
    // QSaveFile: a cancelled or failed export leaves no half-written file behind.
    QSaveFile file(query.path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(query.path), file.errorString());
        return -1;
    }
    const quint64 ticket = query.ticket;
    CancellableWriter writer(
            file, [this, ticket] { return m_flags->isCancelled(ticket); },
            [this, ticket](qint64 bytes) { Q_EMIT exportProgress(ticket, bytes); });
    writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const qint64 written = HistoryExport::write(
            *m_history, query.filter, query.format, writer, error, query.kinds);
    if (m_flags->isCancelled(ticket)) {
        // An interrupted page may have looked like the last one; keep nothing.
        file.cancelWriting();
        *error = tr("The export was cancelled.");
        return -1;
    }
    // What the file still buffers goes to the disk now, where a full disk says so: Qt 6.4's
    // commit() reports success even then, and would put an empty file in the old one's place.
    const bool flushed = written >= 0 && file.flush();
    if (writer.targetFailed() || (written >= 0 && !flushed)) {
        // Qt says "Unknown error" when the disk took a part of a write and refused the rest;
        // one more try gets the system's reason ("No space left on device").
        file.flush();
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = tr("%1 could not be written: %2. Nothing was saved; free some space there or "
                    "choose another folder.")
                         .arg(QDir::toNativeSeparators(query.path), reason);
        return -1;
    }
    if (written < 0) { // the history could not be read: *error says why
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = tr("%1 could not be completed: %2")
                         .arg(QDir::toNativeSeparators(query.path), file.errorString());
        return -1;
    }
    return written;
}

} // namespace Switchboard
