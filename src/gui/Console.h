// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace Switchboard {

class ConsoleController;
class FileDialog;
class MainWindow;
class ProvisioningStack;
class Workspace;
class WorkspaceChangeFeed;

// The console over an open workspace, wired one way for the application, the GUI tests and the
// benchmarks: the main window, the controller that connects it to the provisioning engine, and
// (on a team workspace) the feed of the other consoles' changes and of the server's reach.
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QSettings *userSettings = nullptr; // this person's: language, geometry, what was seen
        // The language, when it is not kept in userSettings: the sandbox demo's settings are
        // temporary, the language chosen in it is the person's own.
        QSettings *languageSettings = nullptr;
        FileDialog *fileDialog = nullptr;
        QString defaultDatabaseFile; // where the workspace is when the settings name no place
        bool sandbox = false;
    };

    Console(Workspace &workspace, ProvisioningStack &stack, const Options &options,
            QObject *parent = nullptr);
    ~Console() override;

    MainWindow &window() const { return *m_window; }
    ConsoleController &controller() const { return *m_controller; }

    // Shows the window, then follows the team database and settles what a crash left in
    // flight before refreshing every account.
    void start();

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<WorkspaceChangeFeed> m_changeFeed;
};

} // namespace Switchboard
