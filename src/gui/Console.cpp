// SPDX-License-Identifier: Apache-2.0
#include "gui/Console.h"

#include "core/provisioning/ProvisioningStack.h"
#include "core/storage/WorkspaceChangeFeed.h"
#include "core/workspace/Workspace.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"

#include <QDateTime>
#include <QStatusBar>

namespace Switchboard {

Console::Console(
        Workspace &workspace, ProvisioningStack &stack, const Options &options, QObject *parent)
    : QObject(parent)
{
    MainWindowDependencies deps;
    deps.workspace = &workspace;
    deps.fileDialog = options.fileDialog;
    deps.settings = options.userSettings;
    deps.languageSettings = options.languageSettings;
    deps.defaultDatabaseFile = options.defaultDatabaseFile;
    deps.sandbox = options.sandbox;
    m_window = std::make_unique<MainWindow>(deps);
    m_controller = std::make_unique<ConsoleController>(
            *m_window, stack.engine(), workspace.credentials(), options.userSettings);

    // A team workspace: the other consoles' changes, and the server's reachability.
    m_changeFeed
            = std::make_unique<WorkspaceChangeFeed>(workspace.database(), workspace.workerOpener());
    m_changeFeed->relayTo(workspace.stores());
    MainWindow *window = m_window.get();
    connect(m_changeFeed.get(), &WorkspaceChangeFeed::connectionLost, window,
            [window](const QString &reason) {
                window->setWorkspaceUnreachable(reason);
                qWarning("The team database cannot be reached: %s", qPrintable(reason));
                window->setConnectionState(
                        tr("Team database"), false, QDateTime::currentDateTimeUtc());
                window->statusBar()->showMessage(
                        tr("The team database cannot be reached: %1 The console shows what it "
                           "read last; changes wait for the server.")
                                .arg(reason));
            });
    connect(m_changeFeed.get(), &WorkspaceChangeFeed::connectionRestored, window, [window] {
        window->setWorkspaceUnreachable({});
        window->setConnectionState(tr("Team database"), true);
    });
}

// The feed and the controller use the window: they go first.
Console::~Console()
{
    m_changeFeed.reset();
    m_controller.reset();
}

void Console::start()
{
    m_window->show();
    m_changeFeed->start();
    m_controller->start();
}

} // namespace Switchboard
