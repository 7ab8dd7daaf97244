// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WorkspacePaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Switchboard::WorkspacePaths {

QString dataDirectory(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("SWITCHBOARD_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // The same folder as AppDataLocation on Linux and macOS. On Windows the local one
    // (%LOCALAPPDATA%), not the roaming one: a roaming profile copies the folder to a server at
    // logoff, and folder redirection puts it on a network share, where SQLite's WAL mode (its
    // shared-memory index) does not work.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("workspace.db"));
}

} // namespace Switchboard::WorkspacePaths
