// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotLoader.h"

#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"

namespace Switchboard {

// The loader's own connection and the stores that read through it; their changed() signals
// are never used (this thread only reads).
struct SnapshotLoader::Connection
{
    explicit Connection(std::unique_ptr<WorkspaceDatabase> opened)
        : database(std::move(opened))
        , organizations(*database)
        , accounts(*database)
        , pool(*database)
        , tasks(*database)
        , directory(*database)
        , settings(*database)
    { }

    WorkspaceStores stores()
    {
        WorkspaceStores stores;
        stores.organizations = &organizations;
        stores.accounts = &accounts;
        stores.pool = &pool;
        stores.tasks = &tasks;
        stores.directory = &directory;
        stores.settings = &settings;
        return stores;
    }

    std::unique_ptr<WorkspaceDatabase> database;
    OrganizationStore organizations;
    AccountStore accounts;
    NumberPoolStore pool;
    ManualTaskStore tasks;
    DirectoryStore directory;
    WorkspaceSettings settings;
};

SnapshotLoader::SnapshotLoader(WorkspaceDatabaseOpener opener)
    : m_opener(std::move(opener))
{ }

SnapshotLoader::~SnapshotLoader() = default;

void SnapshotLoader::load(quint64 generation, SnapshotParts parts)
{
    if (!m_connection) {
        DatabaseError error;
        std::unique_ptr<WorkspaceDatabase> database = m_opener ? m_opener(&error) : nullptr;
        if (!database) {
            WorkspaceSnapshot failed;
            failed.failedParts = parts;
            failed.error = error ? error.message : tr("The workspace cannot be read.");
            Q_EMIT loaded(generation, parts, failed);
            return;
        }
        m_connection = std::make_unique<Connection>(std::move(database));
    }
    Q_EMIT loaded(generation, parts, WorkspaceSnapshot::read(m_connection->stores(), parts));
}

} // namespace Switchboard
