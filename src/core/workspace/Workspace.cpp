// SPDX-License-Identifier: Apache-2.0
#include "core/workspace/Workspace.h"

#include "core/secrets/CredentialService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OperatorIdentity.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceChangeFeed.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"

namespace Switchboard {

namespace {

std::unique_ptr<SecretStore> secretStoreFor(SecretBackend backend, const QString &workspaceId)
{
    if (backend == SecretBackend::Memory)
        return std::make_unique<MemorySecretStore>();
    return std::make_unique<KeychainSecretStore>(KeychainSecretStore::serviceNameFor(workspaceId));
}

QString nameTheOperator(WorkspaceDatabase &db, const QString &given)
{
    const QString name = OperatorIdentity::sanitized(given);
    if (!name.isEmpty())
        db.setOperatorName(name);
    return db.operatorName();
}

} // namespace

struct Workspace::Parts
{
    Parts(WorkspaceDatabase &db, Workspace::Options options)
        : operatorName(nameTheOperator(db, options.operatorName))
        , organizations(db)
        , accounts(db)
        , pool(db)
        , history(db)
        , tasks(db)
        , directory(db)
        , settings(db)
        // The keychain's service name is the workspace's id, which is in the database.
        , ownSecretStore(options.secretStore
                          ? nullptr
                          : secretStoreFor(options.secrets, settings.workspaceId()))
        , secretStore(options.secretStore ? *options.secretStore : *ownSecretStore)
        , secretIndex(db)
        , credentials(secretStore, secretIndex, std::move(options.environment))
        , databasePassword(std::move(options.databasePassword))
    { }

    // First: the stores may write events as soon as they exist.
    QString operatorName;
    OrganizationStore organizations;
    AccountStore accounts;
    NumberPoolStore pool;
    HistoryStore history;
    ManualTaskStore tasks;
    DirectoryStore directory;
    WorkspaceSettings settings;
    std::unique_ptr<SecretStore> ownSecretStore;
    SecretStore &secretStore;
    SecretIndex secretIndex;
    CredentialService credentials;
    QString databasePassword;
};

Workspace::Workspace(std::unique_ptr<WorkspaceDatabase> database, Options options)
    : m_ownedDatabase(std::move(database))
    , m_database(*m_ownedDatabase)
    , m_parts(std::make_unique<Parts>(m_database, std::move(options)))
{ }

Workspace::Workspace(WorkspaceDatabase &database, Options options)
    : m_database(database)
    , m_parts(std::make_unique<Parts>(m_database, std::move(options)))
{ }

// The stores and the secrets go before the database they use.
Workspace::~Workspace()
{
    m_parts.reset();
}

WorkspaceDatabase &Workspace::database() const
{
    return m_database;
}
OrganizationStore &Workspace::organizations() const
{
    return m_parts->organizations;
}
AccountStore &Workspace::accounts() const
{
    return m_parts->accounts;
}
NumberPoolStore &Workspace::pool() const
{
    return m_parts->pool;
}
HistoryStore &Workspace::history() const
{
    return m_parts->history;
}
ManualTaskStore &Workspace::tasks() const
{
    return m_parts->tasks;
}
DirectoryStore &Workspace::directory() const
{
    return m_parts->directory;
}
WorkspaceSettings &Workspace::settings() const
{
    return m_parts->settings;
}
SecretStore &Workspace::secretStore() const
{
    return m_parts->secretStore;
}
SecretIndex &Workspace::secretIndex() const
{
    return m_parts->secretIndex;
}
CredentialService &Workspace::credentials() const
{
    return m_parts->credentials;
}

ProvisioningServices Workspace::services() const
{
    ProvisioningServices services;
    services.organizations = &m_parts->organizations;
    services.accounts = &m_parts->accounts;
    services.pool = &m_parts->pool;
    services.history = &m_parts->history;
    services.tasks = &m_parts->tasks;
    services.directory = &m_parts->directory;
    services.settings = &m_parts->settings;
    return services;
}

WorkspaceStores Workspace::stores() const
{
    WorkspaceStores stores;
    stores.database = &m_database;
    stores.organizations = &m_parts->organizations;
    stores.accounts = &m_parts->accounts;
    stores.pool = &m_parts->pool;
    stores.directory = &m_parts->directory;
    stores.tasks = &m_parts->tasks;
    stores.settings = &m_parts->settings;
    stores.history = &m_parts->history;
    return stores;
}

WorkspaceDatabaseOpener Workspace::workerOpener() const
{
    return [location = m_database.location(), password = m_parts->databasePassword](
                   DatabaseError *error) {
        return WorkspaceDatabase::open(location, error, password);
    };
}

} // namespace Switchboard
