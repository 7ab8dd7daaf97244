#include "WorkspacePaths.h"

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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("workspace.db"));
}

} // namespace Switchboard::WorkspacePaths
