// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotLoader.h"

#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"

namespace Switchboard {

// The storage thread's own connection and the stores that read and write through it. What its
// stores say they changed during a write job is collected, so that the console's stores can
// announce it on the console's thread.
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
        , history(*database)
    {
        // The stores live exactly as long as this: the first of them serves as the context.
        followStoreChanges(
                stores(), &organizations, [this](SnapshotParts parts) { changed |= parts; });
    }

    WorkspaceStores stores()
    {
        WorkspaceStores stores;
        stores.database = database.get();
        stores.organizations = &organizations;
        stores.accounts = &accounts;
        stores.pool = &pool;
        stores.tasks = &tasks;
        stores.directory = &directory;
        stores.settings = &settings;
        stores.history = &history;
        return stores;
    }

    std::unique_ptr<WorkspaceDatabase> database;
    OrganizationStore organizations;
    AccountStore accounts;
    NumberPoolStore pool;
    ManualTaskStore tasks;
    DirectoryStore directory;
    WorkspaceSettings settings;
    HistoryStore history;
    SnapshotParts changed; // by the write job running now
};

SnapshotLoader::SnapshotLoader(WorkspaceDatabaseOpener opener)
    : m_opener(std::move(opener))
{ }

SnapshotLoader::~SnapshotLoader() = default;

bool SnapshotLoader::openConnection(QString *error)
{
    if (m_connection)
        return true;
    DatabaseError failure;
    std::unique_ptr<WorkspaceDatabase> database = m_opener ? m_opener(&failure) : nullptr;
    if (!database) {
        *error = failure ? failure.message : tr("The workspace cannot be read.");
        return false;
    }
    m_connection = std::make_unique<Connection>(std::move(database));
    return true;
}

void SnapshotLoader::load(quint64 generation, SnapshotParts parts)
{
    QString error;
    if (!openConnection(&error)) {
        WorkspaceSnapshot failed;
        failed.failedParts = parts;
        failed.error = error;
        Q_EMIT loaded(generation, parts, failed);
        return;
    }
    Q_EMIT loaded(generation, parts, WorkspaceSnapshot::read(m_connection->stores(), parts));
}

void SnapshotLoader::write(quint64 jobId, const WriteJob &job)
{
    QString error;
    if (!openConnection(&error)) {
        Q_EMIT written(jobId, WriteResult::failed(error), {});
        return;
    }
    m_connection->changed = {};
    const WriteResult result = job(m_connection->stores());
    // What the stores announced counts even when the job failed after a write of its own.
    const SnapshotParts changed = m_connection->changed;
    m_connection->changed = {};
    Q_EMIT written(jobId, result, changed);
}

} // namespace Switchboard
