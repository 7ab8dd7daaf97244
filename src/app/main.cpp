// SPDX-License-Identifier: Apache-2.0
// The composition root of the console: it parses the options, opens the workspace and hands the
// console its dependencies. Nothing below main() reaches for a global.
#include "app/ConsoleStartup.h"
#include "core/storage/WorkspacePaths.h"
#include "core/workspace/UserSettings.h"
#include "gui/support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

#include <cstring>

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
    QSettings settings;
    return UserSettings(settings).language();
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

    ConsoleStartup session;
    session.screenshotPath = parser.value(QStringLiteral("screenshot"));
    session.interactive = session.screenshotPath.isEmpty();
    session.sandbox = parser.isSet(QStringLiteral("sandbox"));

    // The sandbox demo never touches the user's own workspace or settings; a folder or a
    // database named with it would be ignored, so it is refused instead (a person who asked
    // for one would think the demo wrote there).
    DatabaseLocation location;
    if (session.sandbox
            && (parser.isSet(QStringLiteral("data-dir"))
                    || parser.isSet(QStringLiteral("database")))) {
        session.fail(QCoreApplication::translate("main",
                "--sandbox opens a temporary workspace of its own, removed when the demo ends: "
                "leave out --data-dir and --database, or leave out --sandbox to open that "
                "workspace."));
        return QApplication::exec();
    }
    if (session.sandbox) {
        session.sandboxDir = std::make_unique<QTemporaryDir>(
                QDir::temp().filePath(QStringLiteral("switchboard-sandbox-XXXXXX")));
        if (!session.sandboxDir->isValid()) {
            session.fail(QCoreApplication::translate(
                    "main", "The sandbox workspace cannot be created in %1: %2")
                                 .arg(QDir::tempPath(), session.sandboxDir->errorString()));
            return QApplication::exec();
        }
        session.dataDir = session.sandboxDir->path();
        session.settings = std::make_unique<QSettings>(
                QDir(session.dataDir).filePath(QStringLiteral("settings.ini")),
                QSettings::IniFormat);
        session.personalSettings = std::make_unique<QSettings>();
        location = DatabaseLocation::sqlite(WorkspacePaths::databaseFile(session.dataDir));
    } else {
        session.dataDir = WorkspacePaths::dataDirectory(parser.value(QStringLiteral("data-dir")));
        session.settings = std::make_unique<QSettings>();
        // --database, else the settings' choice, else the data folder's SQLite workspace.
        QString problem;
        const std::optional<DatabaseLocation> chosen
                = UserSettings(*session.settings)
                          .workspaceLocation(parser.value(QStringLiteral("database")),
                                  session.dataDir, &problem);
        if (!chosen) {
            session.fail(problem);
            return QApplication::exec();
        }
        location = *chosen;
    }
    session.location = location;
    session.open();
    return QApplication::exec();
}
