// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectorySnapshot.h"
#include "workspace/WorkspaceDatabaseOpener.h"

#include <QObject>

#include <memory>

namespace Switchboard {

class DirectoryStore;

// Reads directory snapshots on its own thread, through a connection of its own.
class DirectoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryLoader(WorkspaceDatabaseOpener opener);
    ~DirectoryLoader() override;

    // On the loader's thread; answers through loaded(), once per call.
    void load(quint64 generation);

Q_SIGNALS:
    void loaded(quint64 generation, const Switchboard::DirectorySnapshot &snapshot);

private:
    WorkspaceDatabaseOpener m_opener;
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<DirectoryStore> m_directory;
};

} // namespace Switchboard
