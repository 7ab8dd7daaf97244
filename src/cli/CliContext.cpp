// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "TerminalText.h"
#include "api/ApiEndpoint.h"
#include "api/RequestScheduler.h"
#include "api/VapiClient.h"
#include "domain/Organization.h"
#include "provisioning/CredentialClientProvider.h"
#include "provisioning/DirectoryRefresh.h"
#include "provisioning/ProvisioningEngine.h"
#include "secrets/CredentialService.h"
#include "secrets/DatabasePassword.h"
#include "secrets/EnvironmentCredentials.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretIndex.h"
#include "secrets/SecretJob.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/HistoryStore.h"
#include "storage/ManualTaskStore.h"
#include "storage/NumberPoolStore.h"
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceDatabase.h"
#include "storage/WorkspacePaths.h"
#include "storage/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Switchboard::Cli {

struct CliContext::Stores
{
    explicit Stores(WorkspaceDatabase &db)
        : organizations(db)
        , accounts(db)
        , pool(db)
        , history(db)
        , tasks(db)
        , directory(db)
        , settings(db)
    { }
    OrganizationStore organizations;
    AccountStore accounts;
    NumberPoolStore pool;
    HistoryStore history;
    ManualTaskStore tasks;
    DirectoryStore directory;
    WorkspaceSettings settings;
    std::unique_ptr<SecretStore> secretStore;
    std::unique_ptr<SecretIndex> secretIndex;
    std::unique_ptr<CredentialService> credentials;
};

struct CliContext::Network
{
    QNetworkAccessManager manager;
    RequestScheduler scheduler;
    std::unique_ptr<CredentialClientProvider> clients;
    std::unique_ptr<ProvisioningEngine> engine;
};

CliContext::CliContext()
    : m_err(stderr)
{
    // A QFile of our own (not QTextStream(stdout)'s hidden one): its errors say why the
    // output could not be written.
    m_stdout.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    m_out.setDevice(&m_stdout);
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
    m_network.reset();
    m_stores.reset();
    m_sandboxServer.reset();
    m_database.reset();
}

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
            QStringLiteral("Use the workspace in <dir> (default: $SWITCHBOARD_DATA_DIR, "
                           "else the application data folder)."),
            QStringLiteral("dir")});
    parser.addOption({QStringLiteral("database"),
            QStringLiteral("Use the workspace at <url>: postgresql://user@host:port/db[?sslmode=…] "
                           "for a team workspace (password from the keychain or "
                           "$SWITCHBOARD_DATABASE_PASSWORD), or an SQLite file."),
            QStringLiteral("url")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("sandbox"),
            QStringLiteral("Work against the embedded sandbox with the demo world.")});
    parser.addOption({QStringLiteral("vapi-url"),
            QStringLiteral("Use <url> as Vapi's base URL (plain http only for loopback)."),
            QStringLiteral("url")});
    parser.addOption({QStringLiteral("twilio-url"),
            QStringLiteral("Use <url> as Twilio's base URL (plain http only for loopback)."),
            QStringLiteral("url")});
}

void CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    m_json = m_json || parser.isSet(QStringLiteral("json"));
    m_sandbox = m_sandbox || parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("data-dir")))
        m_dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("database")))
        m_databaseUrl = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("vapi-url")))
        m_vapiUrl = parser.value(QStringLiteral("vapi-url"));
    if (parser.isSet(QStringLiteral("twilio-url")))
        m_twilioUrl = parser.value(QStringLiteral("twilio-url"));
}

QString CliContext::dataDirectory() const
{
    return WorkspacePaths::dataDirectory(m_dataDir);
}

bool CliContext::workspaceIsReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

bool CliContext::openWorkspace(Access access)
{
    if (m_database)
        return true;
    if (m_sandbox && m_dataDir.isEmpty()) {
        // The sandbox demo never touches the user's own workspace.
        m_sandboxDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_sandboxDir->path();
    }
    const std::optional<DatabaseLocation> location = databaseLocation();
    if (!location)
        return false;
    const QString password
            = location->isPostgres() ? databasePassword(*location, &m_passwordSource) : QString();
    DatabaseError error;
    // The sandbox seeds its demo world: it always writes.
    m_database = WorkspaceDatabase::open(*location, &error, password,
            access == Access::Read && !m_sandbox ? WorkspaceAccess::ReadOnlyIfNeeded
                                                 : WorkspaceAccess::ReadWrite);
    if (!m_database) {
        QString message = error.message;
        if (error.kind == DatabaseError::Kind::ReadOnly && access == Access::Write)
            message += QStringLiteral(
                    " Commands that only read (history, org list, number list, usage, ...) "
                    "work on it as it is.");
        if (location->isPostgres() && m_passwordSource == u"none")
            message += QStringLiteral(
                    " (No password is stored for this database: store it with `switchboard-cli "
                    "database password set --database URL`, or set "
                    "SWITCHBOARD_DATABASE_PASSWORD.)");
        fail(OperationFailed, message);
        return false;
    }
    m_stores = std::make_unique<Stores>(*m_database);
    return !m_sandbox || startSandbox();
}

std::optional<DatabaseLocation> CliContext::databaseLocation()
{
    if (m_databaseUrl.isEmpty())
        return DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDirectory()));
    QString error;
    std::optional<DatabaseLocation> location = DatabaseLocation::fromUrl(m_databaseUrl, &error);
    if (!location)
        fail(BadUsage, QStringLiteral("--database: ") + error);
    return location;
}

QString CliContext::databasePassword(const DatabaseLocation &location, QString *source)
{
    const DatabasePassword::FromEnvironment environment = DatabasePassword::fromEnvironment();
    if (environment.isSet()) {
        *source = QStringLiteral("environment (%1)").arg(environment.variable);
        return environment.value;
    }
    QString password;
    *source = QStringLiteral("none");
    KeychainSecretStore keychain(DatabasePassword::serviceName(location));
    runAsync([&](const std::function<void(int)> &done) {
        SecretJob *job = keychain.read(DatabasePassword::key());
        job->then(job, [&, done](SecretJob *finished) {
            if (!finished->error()) {
                password = finished->value();
                *source = QStringLiteral("keychain");
            } else if (finished->error().kind != SecretError::Kind::NotFound) {
                // Not fatal: libpq may still find a password in ~/.pgpass.
                m_err << "switchboard-cli: the database password cannot be read from the "
                         "keychain: "
                      << printable(finished->error().message) << '\n';
                m_err.flush();
            }
            done(Success);
        });
    });
    return password;
}

bool CliContext::startSandbox()
{
    m_sandboxServer = std::make_unique<Sandbox::SandboxServer>(Sandbox::World::demo());
    QString error;
    if (!m_sandboxServer->listen(QHostAddress::LocalHost, 0, &error)) {
        fail(OperationFailed, QStringLiteral("the sandbox cannot start: ") + error);
        return false;
    }
    m_vapiUrl = m_twilioUrl = m_sandboxServer->baseUrl().toString();
    Sandbox::SandboxDemo::Secrets secrets;
    if (!Sandbox::SandboxDemo::seedWorkspace(m_sandboxServer->state().world(), *m_database,
                organizations(), accounts(), pool(), &secrets, &error)) {
        fail(OperationFailed, error);
        return false;
    }
    // The demo's keys go to an in-memory store only (see credentials()).
    const int code = runAsync([this, secrets](const std::function<void(int)> &done) {
        auto remaining = std::make_shared<int>(int(secrets.size()));
        if (*remaining == 0) {
            done(Success);
            return;
        }
        for (const auto &[key, value] : secrets) {
            SecretJob *job = credentials().set(key, value);
            job->then(job, [remaining, done](SecretJob *) {
                if (--*remaining == 0)
                    done(Success);
            });
        }
    });
    if (code != Success || !connectApis())
        return false;
    // A fresh listing, so that usage and lists show the demo world as it is.
    return runAsync([this](const std::function<void(int)> &done) {
        auto *refresh = new DirectoryRefresh(services());
        QObject::connect(refresh, &DirectoryRefresh::finished, refresh, [refresh, done](bool) {
            refresh->deleteLater();
            done(Success);
        });
        refresh->start();
    }) == Success;
}

WorkspaceDatabase &CliContext::database()
{
    Q_ASSERT(m_database);
    return *m_database;
}

OrganizationStore &CliContext::organizations()
{
    return m_stores->organizations;
}
AccountStore &CliContext::accounts()
{
    return m_stores->accounts;
}
NumberPoolStore &CliContext::pool()
{
    return m_stores->pool;
}
HistoryStore &CliContext::history()
{
    return m_stores->history;
}
ManualTaskStore &CliContext::tasks()
{
    return m_stores->tasks;
}
DirectoryStore &CliContext::directory()
{
    return m_stores->directory;
}
WorkspaceSettings &CliContext::settings()
{
    return m_stores->settings;
}

CredentialService &CliContext::credentials()
{
    Stores &s = *m_stores;
    if (!s.credentials) {
        if (m_sandbox)
            s.secretStore = std::make_unique<MemorySecretStore>();
        else
            s.secretStore = std::make_unique<KeychainSecretStore>(
                    KeychainSecretStore::serviceNameFor(s.settings.workspaceId()));
        s.secretIndex = std::make_unique<SecretIndex>(*m_database);
        s.credentials = std::make_unique<CredentialService>(
                *s.secretStore, *s.secretIndex, EnvironmentCredentials::fromSystem());
    }
    return *s.credentials;
}

int CliContext::runAsync(const std::function<void(std::function<void(int)> done)> &start)
{
    int result = OperationFailed;
    bool finished = false;
    QTimer::singleShot(0, [&] {
        start([&](int code) {
            Q_ASSERT(!finished);
            finished = true;
            result = code;
            QCoreApplication::exit(code);
        });
    });
    if (!finished)
        QCoreApplication::exec();
    return result;
}

ProvisioningServices CliContext::services()
{
    ProvisioningServices services;
    services.organizations = &m_stores->organizations;
    services.accounts = &m_stores->accounts;
    services.pool = &m_stores->pool;
    services.history = &m_stores->history;
    services.tasks = &m_stores->tasks;
    services.directory = &m_stores->directory;
    services.settings = &m_stores->settings;
    services.clients = m_network ? m_network->clients.get() : nullptr;
    // A listing made for the command counts for the engine's jobs too.
    if (m_network && m_network->engine)
        services.directorySync = m_network->engine->services().directorySync;
    return services;
}

bool CliContext::connectApis()
{
    if (m_network)
        return true;
    const QUrl vapi(m_vapiUrl);
    const QUrl twilio(m_twilioUrl);
    if (!m_vapiUrl.isEmpty()) {
        if (const QString problem = ApiEndpoint::checkBaseUrl(vapi); !problem.isEmpty()) {
            fail(BadUsage, QStringLiteral("--vapi-url: ") + problem);
            return false;
        }
    }
    if (!m_twilioUrl.isEmpty()) {
        if (const QString problem = ApiEndpoint::checkBaseUrl(twilio); !problem.isEmpty()) {
            fail(BadUsage, QStringLiteral("--twilio-url: ") + problem);
            return false;
        }
    }
    m_network = std::make_unique<Network>();
    m_network->clients = std::make_unique<CredentialClientProvider>(
            m_network->manager, m_network->scheduler, credentials());
    m_network->clients->setBaseUrlOverrides(vapi, twilio);
    m_network->engine = std::make_unique<ProvisioningEngine>(services());
    return true;
}

std::unique_ptr<VapiClient> CliContext::vapiClientWithKey(
        const VapiAccount &account, const QString &key)
{
    if (!connectApis())
        return nullptr;
    return std::unique_ptr<VapiClient>(m_network->clients->newVapiClient(account, key, nullptr));
}

ProvisioningEngine &CliContext::engine()
{
    Q_ASSERT(m_network);
    return *m_network->engine;
}

bool CliContext::findOrganization(const QString &slug, Organization *organization)
{
    const auto found = organizations().findBySlug(slug);
    if (!found) {
        fail(BadUsage,
                QStringLiteral("organization: there is no organization \"%1\" (see `org list`)")
                        .arg(slug));
        return false;
    }
    *organization = *found;
    return true;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliContext::fail(int code, const QString &message)
{
    m_out.flush();
    if (m_json) {
        m_err << QJsonDocument(
                QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), code}})
                         .toJson(QJsonDocument::Compact);
    } else {
        m_err << "switchboard-cli: " << printable(message) << '\n';
    }
    m_err.flush();
    return code;
}

bool CliContext::outputFailed() const
{
    return m_out.status() != QTextStream::Ok || m_stdout.error() != QFileDevice::NoError;
}

int CliContext::failOutput(const QString &fallback)
{
    if (m_outputFailureReported)
        return OperationFailed;
    m_outputFailureReported = true;
    // Qt says "Unknown error" when the output took a part of a write and refused the rest;
    // one more try gets the system's reason ("No space left on device").
    m_stdout.flush();
    QString reason = m_stdout.error() != QFileDevice::NoError ? m_stdout.errorString() : fallback;
    if (reason.isEmpty())
        reason = QStringLiteral("part of it was lost");
    return fail(OperationFailed, QStringLiteral("cannot write the output: ") + reason);
}

int CliContext::finish(int code)
{
    m_out.flush();
    const bool flushed = m_stdout.flush();
    if (flushed && !outputFailed() && !m_outputFailureReported)
        return code;
    failOutput();
    return code == Success ? int(OperationFailed) : code;
}

bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
        const QStringList &arguments, int *exitCode)
{
    CliContext::addGlobalOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("switchboard-cli ") + name} + arguments)) {
        *exitCode = context.fail(BadUsage,
                parser.errorText() + QStringLiteral(" (see ") + name + QStringLiteral(" --help)"));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        *exitCode = Success;
        return false;
    }
    context.applyGlobalOptions(parser);
    *exitCode = Success;
    return true;
}

} // namespace Switchboard::Cli
