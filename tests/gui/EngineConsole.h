// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineFixture.h"
#include "core/storage/WorkspaceDatabase.h"
#include "gui/MainWindow.h"
#include "gui/support/FileDialog.h"

#include <QSettings>

namespace Switchboard::Test {

// The main window's dependencies on an EngineFixture's workspace, wired as src/app/main.cpp
// wires the console's: the fixture's stores, a worker connection to the same database, the
// given file dialogs and settings.
inline MainWindowDependencies consoleDependencies(
        EngineFixture &f, FileDialog &dialogs, QSettings &settings)
{
    MainWindowDependencies d;
    d.workspace = &f.session;
    d.fileDialog = &dialogs;
    d.settings = &settings;
    return d;
}

} // namespace Switchboard::Test
