// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

class WorkspaceDatabase;

// Copies a whole workspace into another, empty one at the same schema version (an SQLite
// workspace onto PostgreSQL, for a team): every table, ids kept, in one transaction on the
// target, which is refused when it holds any row. Afterwards the target's id sequences continue
// after the copied ids, and the rows of every table are counted on both sides.
// Secrets are not in the database and are not copied: the keychain service is named after the
// workspace id, which is copied, so the keychain entries keep working.
class WorkspaceCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };

    // The tables copied, parents before children. A table the schema has that is not here
    // (and is not a back-end's own search index) makes copy() refuse, so that a new migration
    // cannot be forgotten here.
    static QStringList tables();

    // False with *error set (nothing written) when the target is not empty, the schema versions
    // differ or anything fails; *counts holds the counts whenever the copy was committed.
    static bool copy(WorkspaceDatabase &source, WorkspaceDatabase &target,
            QList<TableCount> *counts, QString *error);
    // Counts every table on both sides; true when they all agree.
    static bool compareCounts(
            WorkspaceDatabase &source, WorkspaceDatabase &target, QList<TableCount> *counts);
};

} // namespace Switchboard
