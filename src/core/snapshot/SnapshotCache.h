// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/snapshot/WorkspaceSnapshot.h"
#include "core/storage/WorkspaceStores.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QObject>
#include <QThread>

namespace Switchboard {

class SnapshotLoader;

// The last snapshot of the workspace, shared by every view: when a store says it changed (its
// own writes, or another console's through the change feed), that part is read again, once
// for all views. With an opener the reads run on a thread of their own and the console's
// thread never waits for the database; without one they run at once through `stores`
// (tests, tools). Nothing is read before the first reload().
class SnapshotCache : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotCache(const WorkspaceStores &stores, QObject *parent = nullptr);
    SnapshotCache(const WorkspaceStores &stores, WorkspaceDatabaseOpener opener,
            QObject *parent = nullptr);
    ~SnapshotCache() override;

    const WorkspaceSnapshot &snapshot() const { return m_snapshot; }
    // True once every part has been read (or tried) once.
    bool isLoaded() const { return m_loaded; }
    // A read is in flight or due.
    bool isLoading() const { return m_inFlight != 0 || m_pending; }
    void reload(SnapshotParts parts = AllSnapshotParts);

Q_SIGNALS:
    // A newer snapshot is in; `parts` were read again.
    void changed(Switchboard::SnapshotParts parts);

private:
    void watch(const WorkspaceStores &stores);
    void storeChanged(SnapshotParts parts);
    void take(quint64 generation, SnapshotParts parts, const WorkspaceSnapshot &snapshot);

    WorkspaceStores m_stores;
    QThread m_thread;
    SnapshotLoader *m_loader = nullptr; // lives on m_thread; null when reading at once
    WorkspaceSnapshot m_snapshot;
    quint64 m_generation = 0;
    quint64 m_inFlight = 0;
    SnapshotParts m_pending; // changed while a read was in flight: read once it is in
    SnapshotParts m_readParts; // read at least once
    bool m_loaded = false;
};

} // namespace Switchboard
