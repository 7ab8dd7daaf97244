// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ProvisioningServices.h"
#include "core/secrets/EnvironmentCredentials.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <memory>

namespace Switchboard {

class AccountStore;
class CredentialService;
class DirectoryStore;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class SecretIndex;
class SecretStore;
class WorkspaceDatabase;
class WorkspaceSettings;
struct WorkspaceStores;

// Where a workspace keeps the values of its secrets.
enum class SecretBackend {
    Keychain, // the operating system's, under this workspace's own service name
    Memory, // this process only: the sandbox demo and tests (demo keys never reach a keychain)
};

// An open workspace: its database, a store per aggregate, and its secrets (names in the
// database, values in the keychain). The console, the CLI, the benchmarks and the tests all
// start from one of these (WorkspaceOpener makes it from a location), so they cannot assemble
// it differently. Everything here lives on the thread that made it.
class Workspace
{
public:
    struct Options
    {
        SecretBackend secrets = SecretBackend::Keychain;
        // Given: used instead of `secrets`, and kept alive by its owner (tests that make the
        // keychain fail).
        SecretStore *secretStore = nullptr;
        // Workspace-level credentials from the environment (automation); none by default.
        EnvironmentCredentials environment;
        // The team database's password, kept in memory only, for further connections
        // (workerOpener()); empty for SQLite.
        QString databasePassword;
        // Who the workspace's events name as the operator; empty: this session's user at this
        // computer (OperatorIdentity::current()).
        QString operatorName;
    };

    Workspace(std::unique_ptr<WorkspaceDatabase> database, Options options);
    // Over a database that its owner keeps alive longer than this workspace (tests).
    Workspace(WorkspaceDatabase &database, Options options);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    WorkspaceDatabase &database() const;
    OrganizationStore &organizations() const;
    AccountStore &accounts() const;
    NumberPoolStore &pool() const;
    HistoryStore &history() const;
    ManualTaskStore &tasks() const;
    DirectoryStore &directory() const;
    WorkspaceSettings &settings() const;
    SecretStore &secretStore() const;
    SecretIndex &secretIndex() const;
    CredentialService &credentials() const;

    // The stores as the provisioning engine takes them; the caller adds the API clients.
    ProvisioningServices services() const;
    // Every store, for the change feed to tell of other consoles' changes.
    WorkspaceStores stores() const;
    // Opens another connection to this workspace, for a worker thread (with the same
    // location and password).
    WorkspaceDatabaseOpener workerOpener() const;

private:
    struct Parts;
    std::unique_ptr<WorkspaceDatabase> m_ownedDatabase;
    WorkspaceDatabase &m_database;
    std::unique_ptr<Parts> m_parts;
};

} // namespace Switchboard
