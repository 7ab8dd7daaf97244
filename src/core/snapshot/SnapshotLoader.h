// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/snapshot/WorkspaceSnapshot.h"
#include "core/snapshot/WriteJob.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QObject>

#include <memory>

namespace Switchboard {

// The workspace's storage thread: reads snapshots and runs write jobs on a thread of its own,
// through a connection of its own: whatever the database does (a team server that stalls or
// restarts), only this thread waits for it. Jobs run one at a time, in the order given.
class SnapshotLoader : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotLoader(WorkspaceDatabaseOpener opener);
    ~SnapshotLoader() override;

    // On the loader's thread; answers through loaded(), once per call.
    void load(quint64 generation, Switchboard::SnapshotParts parts);
    // On the loader's thread: runs the job with the stores of this thread's connection and
    // answers through written(), once per call, with the parts its stores said they changed.
    void write(quint64 jobId, const Switchboard::WriteJob &job);

Q_SIGNALS:
    void loaded(quint64 generation, Switchboard::SnapshotParts parts,
            const Switchboard::WorkspaceSnapshot &snapshot);
    void written(quint64 jobId, const Switchboard::WriteResult &result,
            Switchboard::SnapshotParts changed);

private:
    struct Connection;
    // Opens the connection on first use; false (with *error) when it cannot be opened.
    bool openConnection(QString *error);

    WorkspaceDatabaseOpener m_opener;
    std::unique_ptr<Connection> m_connection;
};

} // namespace Switchboard
