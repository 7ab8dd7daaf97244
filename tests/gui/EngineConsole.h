// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineFixture.h"
#include "core/storage/WorkspaceDatabase.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/support/FileDialog.h"

#include <QDir>
#include <QSettings>
#include <QTest>

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

// A console on the fixture's workspace as a person sees it: the window shown at 1100×700 and
// its controller, with file dialogs and this person's settings of its own.
struct ShownConsole
{
    explicit ShownConsole(EngineFixture &f)
        : settings(QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
        , window(consoleDependencies(f, dialogs, settings))
        , controller(window, *f.engine, f.credentials)
    {
        window.resize(1100, 700);
        window.show();
    }

    // Exposed, started, and Vapi found reachable.
    bool start()
    {
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        controller.start();
        return QTest::qWaitFor([this] { return window.isNetworkAvailable(); }, 10000);
    }

    FileDialog dialogs;
    QSettings settings;
    MainWindow window;
    ConsoleController controller;
};

} // namespace Switchboard::Test
