// SPDX-License-Identifier: Apache-2.0
// The composition root of the console: it builds the database, the stores and the main window,
// and hands each its dependencies. Nothing below main() reaches for a global.
#include "ConsoleController.h"
#include "MainWindow.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "api/RequestScheduler.h"
#include "dialogs/SettingsDialog.h"
#include "provisioning/CredentialClientProvider.h"
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
#include "storage/WorkspaceChangeFeed.h"
#include "storage/WorkspaceDatabase.h"
#include "storage/WorkspacePaths.h"
#include "storage/WorkspaceSettings.h"
#include "support/FileDialog.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace Switchboard;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("switchboard.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
}

// --version and --help must work where there is no display at all (a package check, an SSH
// session), so they are answered before a QApplication tries to reach one.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")
                || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return true;
    }
    return false;
}

void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
            "Switchboard gives the Vapi assistants of your customer organizations working "
            "phone numbers, and keeps a record of every step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"),
            QCoreApplication::translate("main",
                    "Keep the workspace in <dir> (default: "
                    "$SWITCHBOARD_DATA_DIR, else the "
                    "application data folder)."),
            QStringLiteral("dir")});
    parser.addOption({QStringLiteral("database"),
            QCoreApplication::translate("main",
                    "Open the workspace at <url>: postgresql://user@host:port/db[?sslmode=…] for "
                    "a team workspace, or an SQLite file (default: the settings' "
                    "database/location, else the data folder's workspace)."),
            QStringLiteral("url")});
    parser.addOption({QStringLiteral("sandbox"),
            QCoreApplication::translate("main",
                    "Open the sandbox demo in a temporary "
                    "workspace; nothing reaches Vapi or "
                    "Twilio.")});
    parser.addOption({QStringLiteral("screenshot"),
            QCoreApplication::translate("main",
                    "Save a picture of the main window to "
                    "<file> once it is shown, then quit."),
            QStringLiteral("file")});
}

// The language the user chose in Settings (empty: the system's). Read from the user's own
// settings also in the sandbox demo, whose settings file is new each time; only read, never
// written.
QString chosenLanguage()
{
    return QSettings().value(Translations::settingsKey()).toString();
}

// Runs the event loop until `start` calls its `done`: for the keychain's asynchronous answer
// before the window exists (no other loop is running yet, so nothing is nested).
void runUntilDone(const std::function<void(std::function<void()> done)> &start)
{
    bool finished = false;
    QTimer::singleShot(0, [&] {
        start([&] {
            finished = true;
            QCoreApplication::exit(0);
        });
    });
    if (!finished)
        QCoreApplication::exec();
}

// The team database's password: the environment (automation), else the keychain; empty when
// neither has it.
QString storedDatabasePassword(KeychainSecretStore &keychain)
{
    const DatabasePassword::FromEnvironment environment = DatabasePassword::fromEnvironment();
    if (environment.isSet()) {
        qInfo("The database password comes from the environment variable %s.",
                qPrintable(environment.variable));
        return environment.value;
    }
    QString password;
    runUntilDone([&](const std::function<void()> &done) {
        SecretJob *job = keychain.read(DatabasePassword::key());
        job->then(job, [&password, done](SecretJob *finished) {
            if (!finished->error())
                password = finished->value();
            done();
        });
    });
    return password;
}

// Opens a team workspace: with the stored password, else (or when it is refused) with one the
// person types, which is then kept in the keychain.
std::unique_ptr<WorkspaceDatabase> openTeamWorkspace(
        const DatabaseLocation &location, bool interactive, QString *password, DatabaseError *error)
{
    KeychainSecretStore keychain(DatabasePassword::serviceName(location));
    *password = storedDatabasePassword(keychain);
    // Without a stored password libpq may still find one (~/.pgpass) or need none.
    std::unique_ptr<WorkspaceDatabase> database
            = WorkspaceDatabase::open(location, error, *password);
    // Ask only when a password is what is missing, not when the server cannot be reached.
    const auto passwordIsTheProblem = [&] {
        return password->isEmpty() || error->kind == DatabaseError::Kind::PasswordRefused;
    };
    if (database || !interactive || DatabasePassword::fromEnvironment().isSet()
            || !passwordIsTheProblem())
        return database;
    for (int tries = 0; tries < 3 && !database; ++tries) {
        bool accepted = false;
        QString label
                = QCoreApplication::translate("main", "Password of %1 for the team workspace %2:")
                          .arg(location.userName, location.describe());
        if (error->kind != DatabaseError::Kind::None && (tries > 0 || !password->isEmpty()))
            label = error->message + QStringLiteral("\n\n") + label;
        const QString typed = QInputDialog::getText(nullptr,
                QCoreApplication::translate("main", "Team workspace password"), label,
                QLineEdit::Password, QString(), &accepted);
        if (!accepted)
            return nullptr;
        database = WorkspaceDatabase::open(location, error, typed);
        if (database) {
            *password = typed;
            // Kept for next time; a keychain that cannot store it only costs a prompt.
            SecretJob *job = keychain.write(DatabasePassword::key(), typed);
            runUntilDone([job](const std::function<void()> &done) {
                job->then(job, [done](SecretJob *finished) {
                    if (finished->error())
                        qWarning("The database password could not be kept in the keychain: %s",
                                qPrintable(finished->error().message));
                    done();
                });
            });
        }
    }
    return database;
}

int reportFatal(const QString &message, bool graphical)
{
    QTextStream(stderr) << message << Qt::endl;
    if (graphical)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Switchboard"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Translations translations;
        translations.install(chosenLanguage());
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    // Debug notes are for developers (QT_LOGGING_RULES turns them on), not for a terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*.debug=false"));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(SWITCHBOARD_APP_ID));
    // Before any widget or message box exists: the words, and the locale of numbers and dates.
    Translations translations;
    translations.install(chosenLanguage());
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    const QString screenshotPath = parser.value(QStringLiteral("screenshot"));
    const bool interactive = screenshotPath.isEmpty();
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));

    // The sandbox demo never touches the user's own workspace or settings.
    std::unique_ptr<QTemporaryDir> sandboxDir;
    QString dataDir;
    if (sandbox) {
        sandboxDir = std::make_unique<QTemporaryDir>(
                QDir::temp().filePath(QStringLiteral("switchboard-sandbox-XXXXXX")));
        if (!sandboxDir->isValid())
            return reportFatal(QCoreApplication::translate(
                                       "main", "The sandbox workspace cannot be created in %1: %2")
                                       .arg(QDir::tempPath(), sandboxDir->errorString()),
                    interactive);
        dataDir = sandboxDir->path();
    } else {
        dataDir = WorkspacePaths::dataDirectory(parser.value(QStringLiteral("data-dir")));
    }

    std::unique_ptr<QSettings> settings = sandbox
            ? std::make_unique<QSettings>(
                    QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            : std::make_unique<QSettings>();

    // --database, else the settings' choice, else the data folder's SQLite workspace. The
    // sandbox demo always stays in its temporary folder.
    QString locationText = parser.value(QStringLiteral("database"));
    const bool fromOption = !locationText.isEmpty();
    if (!fromOption && !sandbox)
        locationText = settings->value(SettingsDialog::DatabaseLocationKey).toString().trimmed();
    DatabaseLocation location = DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDir));
    if (!locationText.isEmpty() && !sandbox) {
        QString problem;
        const auto chosen = DatabaseLocation::fromUrl(locationText, &problem);
        if (!chosen)
            return reportFatal(fromOption
                            ? QStringLiteral("--database: ") + problem
                            : QCoreApplication::translate("main",
                                    "The database location in the settings "
                                    "(%1) is refused: %2")
                                      .arg(SettingsDialog::DatabaseLocationKey, problem),
                    interactive);
        location = *chosen;
    }

    DatabaseError error;
    QString databasePassword;
    auto database = location.isPostgres()
            ? openTeamWorkspace(location, interactive, &databasePassword, &error)
            : WorkspaceDatabase::open(location, &error);
    if (!database)
        return reportFatal(error.message.isEmpty()
                        ? QCoreApplication::translate("main", "No password was given for %1.")
                                  .arg(location.describe())
                        : error.message,
                interactive);

    OrganizationStore organizations(*database);
    AccountStore accounts(*database);
    NumberPoolStore pool(*database);
    HistoryStore history(*database);
    ManualTaskStore tasks(*database);
    DirectoryStore directory(*database);
    WorkspaceSettings workspaceSettings(*database);
    FileDialog fileDialog;

    MainWindowDependencies deps;
    deps.database = database.get();
    deps.organizations = &organizations;
    deps.accounts = &accounts;
    deps.pool = &pool;
    deps.history = &history;
    deps.tasks = &tasks;
    deps.directory = &directory;
    deps.workspaceSettings = &workspaceSettings;
    deps.fileDialog = &fileDialog;
    // The history and the directory are read on threads of their own, through connections of
    // their own (with the team database's password, which stays in memory only).
    deps.openWorkerDatabase
            = [location = database->location(), databasePassword](DatabaseError *openError) {
                  return WorkspaceDatabase::open(location, openError, databasePassword);
              };
    deps.settings = settings.get();
    deps.workspaceDescription = database->location().describe();
    deps.defaultDatabaseFile = WorkspacePaths::databaseFile(dataDir);
    deps.sandbox = sandbox;

    // The network side: one manager, one scheduler, secrets from the keychain (the sandbox
    // demo's from memory: demo keys never reach the real keychain).
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    std::unique_ptr<Sandbox::SandboxServer> sandboxServer;
    std::unique_ptr<SecretStore> secretStore;
    Sandbox::SandboxDemo::Secrets demoSecrets;
    if (sandbox) {
        sandboxServer = std::make_unique<Sandbox::SandboxServer>(Sandbox::World::demo());
        QString sandboxError;
        if (!sandboxServer->listen(QHostAddress::LocalHost, 0, &sandboxError)
                || !Sandbox::SandboxDemo::seedWorkspace(sandboxServer->state().world(), *database,
                        organizations, accounts, pool, &demoSecrets, &sandboxError))
            return reportFatal(
                    QCoreApplication::translate("main", "The sandbox demo cannot start: %1")
                            .arg(sandboxError),
                    interactive);
        secretStore = std::make_unique<MemorySecretStore>();
    } else {
        secretStore = std::make_unique<KeychainSecretStore>(
                KeychainSecretStore::serviceNameFor(workspaceSettings.workspaceId()));
    }
    SecretIndex secretIndex(*database);
    CredentialService credentials(*secretStore, secretIndex,
            sandbox ? EnvironmentCredentials() : EnvironmentCredentials::fromSystem());
    // Every client the console makes comes from here: in a sandbox session, all of them go to
    // the embedded sandbox on loopback.
    CredentialClientProvider clients(network, scheduler, credentials);
    if (sandboxServer)
        clients.setBaseUrlOverrides(sandboxServer->baseUrl(), sandboxServer->baseUrl());
    ProvisioningServices services;
    services.organizations = &organizations;
    services.accounts = &accounts;
    services.pool = &pool;
    services.history = &history;
    services.tasks = &tasks;
    services.directory = &directory;
    services.settings = &workspaceSettings;
    services.clients = &clients;
    ProvisioningEngine engine(services);

    deps.credentials = &credentials;
    MainWindow window(deps);
    ConsoleController controller(window, engine, credentials, settings.get());
    window.show();

    // A team workspace: the other consoles' changes, and the server's reachability.
    WorkspaceChangeFeed changeFeed(*database);
    changeFeed.relayTo(
            {&organizations, &accounts, &pool, &directory, &tasks, &workspaceSettings, &history});
    const QString teamDatabaseLabel = QCoreApplication::translate("main", "Team database");
    QObject::connect(&changeFeed, &WorkspaceChangeFeed::connectionLost, &window,
            [&window, teamDatabaseLabel](const QString &reason) {
                qWarning("The team database cannot be reached: %s", qPrintable(reason));
                window.setConnectionState(
                        teamDatabaseLabel, false, QDateTime::currentDateTimeUtc());
            });
    QObject::connect(&changeFeed, &WorkspaceChangeFeed::connectionRestored, &window,
            [&window, teamDatabaseLabel] { window.setConnectionState(teamDatabaseLabel, true); });
    changeFeed.start();

    // The demo's keys first (asynchronous, like any keychain), then reconcile and refresh.
    auto pendingSecrets = std::make_shared<int>(int(demoSecrets.size()));
    auto startController = [&controller] { controller.start(); };
    if (demoSecrets.isEmpty())
        QTimer::singleShot(0, &controller, startController);
    for (const auto &[key, value] : std::as_const(demoSecrets)) {
        SecretJob *job = credentials.set(key, value);
        job->then(&controller, [pendingSecrets, startController](SecretJob *) {
            if (--*pendingSecrets == 0)
                startController();
        });
    }

    if (!interactive) {
        QTimer::singleShot(600, &window, [&window, screenshotPath] {
            const QString path = QFileInfo(screenshotPath).absoluteFilePath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!window.grab().save(path, "PNG")) {
                QTextStream(stderr) << "Cannot write the screenshot to " << path << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << "Screenshot of the main window saved to " << path << Qt::endl;
            window.close();
        });
    }
    return QApplication::exec();
}
