// SPDX-License-Identifier: Apache-2.0
#include "app/ConsoleStartup.h"

#include "core/secrets/EnvironmentCredentials.h"
#include "core/storage/WorkspacePaths.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

namespace Switchboard {

void ConsoleStartup::fail(const QString &message) const
{
    QTextStream(stderr) << message << Qt::endl;
    if (!interactive) {
        // From the event loop: called before exec(), exit() alone would do nothing and the
        // process would wait forever (found when --sandbox --data-dir was refused).
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    auto *box = new QMessageBox(
            QMessageBox::Critical, QCoreApplication::translate("main", "Switchboard"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    box->open();
}

void ConsoleStartup::open()
{
    WorkspaceOpener::Request request;
    request.location = location;
    // The sandbox demo's keys stay in memory and its clients never see the real services' keys.
    request.options.secrets = sandbox ? SecretBackend::Memory : SecretBackend::Keychain;
    if (!sandbox)
        request.options.environment = EnvironmentCredentials::fromSystem();
    request.prompt = interactive ? &passwordPrompt : nullptr;
    opener = std::make_unique<WorkspaceOpener>(std::move(request));
    QObject::connect(opener.get(), &WorkspaceOpener::finished, qApp, [this] { opened(); });
    opener->start();
}

void ConsoleStartup::opened()
{
    for (const QString &warning : opener->warnings())
        qWarning("%s", qPrintable(warning));
    workspace = opener->takeWorkspace();
    if (!workspace) {
        fail(opener->error().message.isEmpty()
                        ? QCoreApplication::translate("main", "No password was given for %1.")
                                  .arg(location.describe())
                        : opener->error().message);
        return;
    }
    if (!sandbox) {
        startConsole();
        return;
    }
    demo = std::make_unique<Sandbox::SandboxDemoSession>(*workspace);
    QObject::connect(demo.get(), &Sandbox::SandboxDemoSession::finished, qApp, [this] {
        if (!demo->error().isEmpty()) {
            fail(QCoreApplication::translate("main", "The sandbox demo cannot start: %1")
                            .arg(demo->error()));
            return;
        }
        startConsole();
    });
    demo->start();
}

void ConsoleStartup::startConsole()
{
    ProvisioningStack::Options network;
    // Every client the console makes goes to the embedded sandbox in a sandbox session.
    if (demo)
        network.vapiBaseUrl = network.twilioBaseUrl = demo->baseUrl();
    stack = std::make_unique<ProvisioningStack>(*workspace, network);
    Console::Options options;
    options.userSettings = settings.get();
    options.languageSettings = personalSettings.get();
    options.fileDialog = &fileDialog;
    options.defaultDatabaseFile = WorkspacePaths::databaseFile(dataDir);
    options.sandbox = sandbox;
    console = std::make_unique<Console>(*workspace, *stack, options);
    console->start();
    if (!screenshotPath.isEmpty())
        QTimer::singleShot(600, &console->window(), [this] { takeScreenshot(); });
}

void ConsoleStartup::takeScreenshot() const
{
    const QString path = QFileInfo(screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!console->window().grab().save(path, "PNG")) {
        QTextStream(stderr) << "Cannot write the screenshot to " << path << Qt::endl;
        QCoreApplication::exit(1);
        return;
    }
    QTextStream(stdout) << "Screenshot of the main window saved to " << path << Qt::endl;
    console->window().close();
}

} // namespace Switchboard
