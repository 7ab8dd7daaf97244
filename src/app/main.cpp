// The composition root of the console: it builds the database, the stores and the main window,
// and hands each its dependencies. Nothing below main() reaches for a global.
#include "ConsoleController.h"
#include "MainWindow.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "api/RequestScheduler.h"
#include "provisioning/CredentialClientProvider.h"
#include "provisioning/ProvisioningEngine.h"
#include "secrets/CredentialService.h"
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
#include "support/FileDialog.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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

    DatabaseError error;
    auto database = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDir)), &error);
    if (!database)
        return reportFatal(error.message, interactive);

    std::unique_ptr<QSettings> settings = sandbox
            ? std::make_unique<QSettings>(
                    QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            : std::make_unique<QSettings>();

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
    // their own. (A team workspace on PostgreSQL needs its password here too, once it comes
    // from the keychain.)
    deps.openWorkerDatabase = [location = database->location()](DatabaseError *openError) {
        return WorkspaceDatabase::open(location, openError);
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

    MainWindow window(deps);
    ConsoleController controller(window, engine, credentials, network, scheduler);
    window.show();

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
    return app.exec();
}
