// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ProvisioningStack.h"
#include "core/storage/DatabaseLocation.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceOpener.h"
#include "gui/Console.h"
#include "gui/dialogs/DialogPasswordPrompt.h"
#include "gui/support/FileDialog.h"
#include "sandbox/SandboxDemoSession.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Switchboard {

// What `switchboard` is made of, in the order it is built (and destroyed in reverse), and the
// asynchronous steps from a location to a shown console: nothing waits in a loop of its own.
struct ConsoleStartup
{
    bool interactive = true;
    bool sandbox = false;
    QString dataDir;
    QString screenshotPath;
    std::unique_ptr<QTemporaryDir> sandboxDir;
    std::unique_ptr<QSettings> settings;
    // The person's own settings in a sandbox demo (whose `settings` are temporary): where the
    // language chosen in the demo is kept, as main() reads it at the next start.
    std::unique_ptr<QSettings> personalSettings;
    FileDialog fileDialog;
    DialogPasswordPrompt passwordPrompt;
    std::unique_ptr<WorkspaceOpener> opener;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Sandbox::SandboxDemoSession> demo;
    std::unique_ptr<ProvisioningStack> stack;
    std::unique_ptr<Console> console;

    DatabaseLocation location;

    // Says why the console cannot start, and ends the application with 1 once that is read.
    void fail(const QString &message) const;
    // Opens the workspace at `location`, then (with the sandbox demo started, if asked) shows
    // the console; the event loop must be running or about to run.
    void open();

private:
    void opened();
    void startConsole();
    void takeScreenshot() const;
};

} // namespace Switchboard
