// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectorySnapshot.h"
#include "workspace/WorkspaceDatabaseOpener.h"

#include <QObject>
#include <QThread>

namespace Switchboard {

class DirectoryLoader;
class DirectoryStore;

// The last snapshot of the directory, read again whenever the store changes, and shared by
// every view that shows assistants or numbers, so that each change is read (and each number
// formatted) once. With an opener it reads on a worker thread and the GUI never waits for it;
// without one it reads at once through the store (tests, tools).
class DirectoryCache : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryCache(DirectoryStore &store, QObject *parent = nullptr);
    DirectoryCache(
            DirectoryStore &store, WorkspaceDatabaseOpener opener, QObject *parent = nullptr);
    ~DirectoryCache() override;

    const DirectorySnapshot &snapshot() const { return m_snapshot; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    void reload();

Q_SIGNALS:
    // A new snapshot is in.
    void changed();

private:
    void take(quint64 generation, const DirectorySnapshot &snapshot);

    DirectoryStore &m_store;
    QThread m_thread;
    DirectoryLoader *m_loader = nullptr; // lives on m_thread; null when reading synchronously
    DirectorySnapshot m_snapshot;
    quint64 m_generation = 0;
    quint64 m_inFlight = 0;
    bool m_stale = false; // changed again while a read was in flight
    bool m_loaded = false;
};

} // namespace Switchboard
