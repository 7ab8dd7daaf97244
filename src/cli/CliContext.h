// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "provisioning/ProvisioningServices.h"
#include "storage/DatabaseLocation.h"

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
class SandboxServer;
}
class ProvisioningEngine;
class DirectoryStore;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;
class WorkspaceSettings;
struct Organization;

namespace Cli {

enum ExitCode {
    Success = 0,
    OperationFailed = 1, // the operation ran and failed; the reason is printed
    BadUsage = 2, // bad usage or bad input; nothing was changed
};

// What every command works with: the global options, the output, and the workspace with its
// stores, opened on first use.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    // The options every command accepts, before or after its name.
    static void addGlobalOptions(QCommandLineParser &parser);
    void applyGlobalOptions(const QCommandLineParser &parser);

    bool json() const { return m_json; }
    bool sandbox() const { return m_sandbox; }
    QString dataDirectory() const;
    // Where the workspace is: --database (a postgresql:// URL or a file), else the SQLite file
    // in the data folder. nullopt with the reason printed (exit 2) for a refused --database.
    std::optional<DatabaseLocation> databaseLocation();
    // Where the PostgreSQL password came from once the workspace is open: "keychain",
    // "environment (VARIABLE)", "none"; empty for SQLite.
    QString databasePasswordSource() const { return m_passwordSource; }
    // The PostgreSQL password of `location`: the environment, else the keychain; empty when
    // neither has one (libpq may still find it in ~/.pgpass). *source as above.
    QString databasePassword(const DatabaseLocation &location, QString *source);
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
    // Opened read-only (see openWorkspace()): listings cannot be refreshed, for one.
    bool workspaceIsReadOnly() const;
    WorkspaceDatabase &database();
    OrganizationStore &organizations();
    AccountStore &accounts();
    NumberPoolStore &pool();
    HistoryStore &history();
    ManualTaskStore &tasks();
    DirectoryStore &directory();
    WorkspaceSettings &settings();
    // The keychain (through the credential service), for this workspace's entries.
    CredentialService &credentials();

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

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    int fail(int code, const QString &message);

    // Standard output as a device, for what is written raw (an export): flush out() first.
    QIODevice &output() { return m_stdout; }
    // Whether the last write to output() failed (a full disk, a closed pipe).
    bool outputFailed() const;
    // Reports once that the output could not be written ("cannot write the output: <the
    // system's reason>", else `fallback`); returns OperationFailed.
    int failOutput(const QString &fallback = {});
    // Ends the command: writes what is still buffered and checks that all of it got out. A
    // script must not take a short or empty file for the answer, so a failure is reported
    // and turns the exit code into 1 (a failing command keeps its own code).
    int finish(int code);

private:
    bool startSandbox();

    struct Stores;
    struct Network;
    QFile m_stdout;
    QTextStream m_out;
    QTextStream m_err;
    bool m_outputFailureReported = false;
    bool m_json = false;
    bool m_sandbox = false;
    QString m_dataDir;
    QString m_databaseUrl;
    QString m_passwordSource;
    QString m_vapiUrl;
    QString m_twilioUrl;
    std::unique_ptr<QTemporaryDir> m_sandboxDir;
    std::unique_ptr<Sandbox::SandboxServer> m_sandboxServer;
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<Network> m_network;
};

// Parses a command's own options (plus the global ones); on an error prints it and returns
// false, with *exitCode set to BadUsage.
bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
        const QStringList &arguments, int *exitCode);

} // namespace Cli
} // namespace Switchboard
