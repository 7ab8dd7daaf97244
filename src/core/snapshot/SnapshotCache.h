// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/snapshot/WorkspaceSnapshot.h"
#include "core/snapshot/WriteJob.h"
#include "core/storage/WorkspaceStores.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace Switchboard {

class SnapshotLoader;

// The console's door to the storage thread. It keeps the last snapshot of the workspace, shared
// by every view: when a store says it changed (its own writes, or another console's through the
// change feed), that part is read again, once for all views. It runs write jobs there too
// (write()). With an opener, reads and writes run on a thread of their own with a connection of
// its own, and the console's thread never waits for the database; without one they run at once
// through `stores` (tests, tools). Nothing is read before the first reload().
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

    // Runs `job` on the storage thread, after the jobs given before it. Then the console's
    // stores announce what it changed (their changed() signals, as for their own writes: every
    // view and cache that follows them reads it again), and `done` gets the result, once, on
    // this thread, unless `context` is gone by then. Never inside this call.
    using WriteDone = std::function<void(const WriteResult &result)>;
    void write(WriteJob job, QObject *context, WriteDone done);
    // Jobs given and not yet answered.
    int writesInFlight() const { return int(m_writes.size()); }

Q_SIGNALS:
    // A newer snapshot is in; `parts` were read again.
    void changed(Switchboard::SnapshotParts parts);

private:
    void watch(const WorkspaceStores &stores);
    void storeChanged(SnapshotParts parts);
    void take(quint64 generation, SnapshotParts parts, const WorkspaceSnapshot &snapshot);
    void written(quint64 jobId, const WriteResult &result, SnapshotParts changed);
    void announce(SnapshotParts changed) const;

    struct PendingWrite
    {
        QPointer<QObject> context;
        WriteDone done;
    };

    WorkspaceStores m_stores;
    QThread m_thread;
    SnapshotLoader *m_loader = nullptr; // lives on m_thread; null when reading at once
    WorkspaceSnapshot m_snapshot;
    quint64 m_generation = 0;
    quint64 m_inFlight = 0;
    SnapshotParts m_pending; // changed while a read was in flight: read once it is in
    SnapshotParts m_readParts; // read at least once
    bool m_loaded = false;
    quint64 m_lastJob = 0;
    QHash<quint64, PendingWrite> m_writes;
};

} // namespace Switchboard
