// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/HistoryQuery.h"

#include <QObject>

#include <memory>

namespace Switchboard {

class CancellationFlags;

// Runs history queries on its own thread with its own connection to the workspace, so that a
// count over a million rows, a text search or an export never holds up the GUI.
class HistoryQueryWorker : public QObject
{
    Q_OBJECT

public:
    HistoryQueryWorker(WorkspaceDatabaseOpener opener, std::shared_ptr<CancellationFlags> flags);
    ~HistoryQueryWorker() override;

    // On the worker's thread. Answers through finished(), unless the ticket was cancelled
    // before it started (the GUI side has answered it already).
    void run(const Switchboard::HistoryQuery &query);
    // Opens the connection ahead of the first query (a failure is reported by that query).
    void prepare();

Q_SIGNALS:
    void finished(const Switchboard::HistoryQueryResult &result);
    void exportProgress(quint64 ticket, qint64 bytesWritten);

private:
    bool open(QString *error);
    qint64 exportHistory(const HistoryQuery &query, QString *error);

    WorkspaceDatabaseOpener m_opener;
    std::shared_ptr<CancellationFlags> m_flags;
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<HistoryStore> m_history;
    QString m_openError;
};

} // namespace Switchboard
