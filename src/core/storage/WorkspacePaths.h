// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard::WorkspacePaths {

// The folder that holds the workspace: the --data-dir value if given, else
// $SWITCHBOARD_DATA_DIR, else the platform's application data folder.
QString dataDirectory(const QString &commandLineValue = {});
// The SQLite workspace file inside a data folder.
QString databaseFile(const QString &dataDirectory);

} // namespace Switchboard::WorkspacePaths
