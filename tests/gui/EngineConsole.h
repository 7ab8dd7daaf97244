// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineFixture.h"
#include "MainWindow.h"
#include "storage/WorkspaceDatabase.h"
#include "support/FileDialog.h"

#include <QSettings>

namespace Switchboard::Test {

// The main window's dependencies on an EngineFixture's workspace, wired as src/app/main.cpp
// wires the console's: the fixture's stores, a worker connection to the same database, the
// given file dialogs and settings.
inline MainWindowDependencies consoleDependencies(
        EngineFixture &f, FileDialog &dialogs, QSettings &settings)
{
    MainWindowDependencies d;
    d.database = &f.workspace.database();
    d.organizations = &f.organizations;
    d.accounts = &f.accounts;
    d.pool = &f.pool;
    d.history = &f.history;
    d.tasks = &f.tasks;
    d.directory = &f.directory;
    d.workspaceSettings = &f.settings;
    d.fileDialog = &dialogs;
    d.credentials = &f.credentials;
    const DatabaseLocation location = f.workspace.database().location();
    d.openWorkerDatabase
            = [location](DatabaseError *error) { return WorkspaceDatabase::open(location, error); };
    d.settings = &settings;
    d.workspaceDescription = location.describe();
    return d;
}

} // namespace Switchboard::Test
