// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliOutput.h"
#include "core/provisioning/ProvisioningServices.h"
#include "core/storage/DatabaseLocation.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

class AccountStore;
class CredentialService;
class VapiClient;
struct VapiAccount;
namespace Sandbox {
class SandboxDemoSession;
}
class ProvisioningEngine;
class ProvisioningStack;
class DirectoryStore;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;
class WorkspaceOpener;
class WorkspaceSettings;
struct Organization;

namespace Cli {

// What every command works with: the global options, the output, and the workspace with its
// stores, opened on first use.
class CliContext : public CliOutput
{
public:
    CliContext();
    ~CliContext();

    // The options every command accepts, before or after its name.
    static void addGlobalOptions(QCommandLineParser &parser);
    void applyGlobalOptions(const QCommandLineParser &parser);

    bool sandbox() const { return m_sandbox; }
    QString dataDirectory() const;
    // Where the workspace is: --database (a postgresql:// URL or a file), else the console's
    // choice in the settings (UserSettings::databaseLocation), else the SQLite file in the data
    // folder. nullopt with the reason printed (exit 2) when the choice is refused.
    std::optional<DatabaseLocation> databaseLocation();
    // From now on the workspace is the data folder's SQLite file unless --database says
    // otherwise: the settings' choice is not asked (`workspace migrate` copies from there).
    void ignoreStoredLocation() { m_ignoreStoredLocation = true; }
    // Where the PostgreSQL password came from once the workspace is open: "keychain",
    // "environment (VARIABLE)", "typed", "none"; empty for SQLite.
    QString databasePasswordSource() const { return m_passwordSource; }
    // Opens another database (`workspace migrate --to`) as the workspace is opened: the
    // password from the environment, the keychain or the terminal. Null with *error set.
    std::unique_ptr<WorkspaceDatabase> openOtherDatabase(
            const DatabaseLocation &location, DatabaseError *error);
    QString vapiUrl() const { return m_vapiUrl; }
    QString twilioUrl() const { return m_twilioUrl; }

    enum class Access {
        Write, // the command may write
        Read, // the command only reads: a workspace that cannot be written will do
    };
    // Opens the workspace; false (with the reason printed) when it cannot be opened. With
    // Access::Read, a workspace that cannot be written (a read-only mount, no write permission)
    // opens read-only; with Access::Write it is refused, saying it is read-only.
    bool openWorkspace(Access access = Access::Write);
    // The exit code after openWorkspace() failed: BadUsage for a refused location (--database,
    // the settings' choice), else OperationFailed.
    int openFailure() const { return m_openFailure; }
    // Opened read-only (see openWorkspace()): listings cannot be refreshed, for one.
    bool workspaceIsReadOnly() const;
    // The open workspace (after openWorkspace() succeeded) and its parts.
    Workspace &workspace() const { return *m_workspace; }
    WorkspaceDatabase &database() const { return m_workspace->database(); }
    OrganizationStore &organizations() const { return m_workspace->organizations(); }
    AccountStore &accounts() const { return m_workspace->accounts(); }
    NumberPoolStore &pool() const { return m_workspace->pool(); }
    HistoryStore &history() const { return m_workspace->history(); }
    ManualTaskStore &tasks() const { return m_workspace->tasks(); }
    DirectoryStore &directory() const { return m_workspace->directory(); }
    WorkspaceSettings &settings() const { return m_workspace->settings(); }
    // The keychain (through the credential service), for this workspace's entries.
    CredentialService &credentials() const { return m_workspace->credentials(); }

    // Runs an asynchronous operation to its end on the application's event loop (the CLI has
    // no other loop running): `start` gets a `done(exitCode)` to call exactly once.
    int runAsync(const std::function<void(std::function<void(int)> done)> &start);

    // The stores as the provisioning engine takes them; with the API clients once
    // connectApis() succeeded.
    ProvisioningServices services();
    // Builds the network side (clients over the keychain's secrets, honouring --vapi-url and
    // --twilio-url); false with the reason printed (exit 2) on a refused base URL.
    bool connectApis();
    ProvisioningEngine &engine();
    // A Vapi client with a key that is not in the keychain (yet): the one just given for
    // `account`, at --vapi-url, else the account's own base URL, else its region's. nullptr,
    // with the reason printed (exit 2), when the base URL is refused.
    std::unique_ptr<VapiClient> vapiClientWithKey(const VapiAccount &account, const QString &key);

    // Finds an organization by slug; prints "organization: …" and returns false if unknown.
    bool findOrganization(const QString &slug, Organization *organization);

private:
    bool startSandbox();
    // Runs a WorkspaceOpener for `location` to its end.
    std::unique_ptr<WorkspaceOpener> opener(
            const DatabaseLocation &location, WorkspaceAccess access);

    bool m_sandbox = false;
    QString m_dataDir;
    QString m_databaseUrl;
    QString m_passwordSource;
    bool m_ignoreStoredLocation = false;
    int m_openFailure = OperationFailed;
    QString m_vapiUrl;
    QString m_twilioUrl;
    std::unique_ptr<QTemporaryDir> m_sandboxDir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Sandbox::SandboxDemoSession> m_sandboxSession;
    std::unique_ptr<ProvisioningStack> m_stack;
};

// Parses a command's own options (plus the global ones); on an error prints it and returns
// false, with *exitCode set to BadUsage.
bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
        const QStringList &arguments, int *exitCode);

} // namespace Cli
} // namespace Switchboard
