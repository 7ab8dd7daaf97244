// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/snapshot/WorkspaceSnapshot.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QObject>

#include <memory>

namespace Switchboard {

// Reads workspace snapshots on its own thread, through a connection of its own: whatever the
// database does (a team server that stalls or restarts), only this thread waits for it.
class SnapshotLoader : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotLoader(WorkspaceDatabaseOpener opener);
    ~SnapshotLoader() override;

    // On the loader's thread; answers through loaded(), once per call.
    void load(quint64 generation, Switchboard::SnapshotParts parts);

Q_SIGNALS:
    void loaded(quint64 generation, Switchboard::SnapshotParts parts,
            const Switchboard::WorkspaceSnapshot &snapshot);

private:
    struct Connection;

    WorkspaceDatabaseOpener m_opener;
    std::unique_ptr<Connection> m_connection;
};

} // namespace Switchboard
