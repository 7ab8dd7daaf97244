// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Switchboard {

class WorkspaceDatabase;

// One transaction on the workspace's connection, rolled back when it goes out of scope
// uncommitted: an early return cannot leave a transaction open or half a change committed.
// Inside another transaction it is a savepoint (WorkspaceDatabase::beginTransaction).
//
//     SqlTransaction transaction(database);
//     if (!transaction.isOpen()) return fail(transaction.error());
//     … writes, each checked; return on the first failure …
//     if (!transaction.commit()) return fail(transaction.error());
class SqlTransaction
{
public:
    explicit SqlTransaction(const WorkspaceDatabase &database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // Whether the transaction began (a busy or lost connection refuses it).
    [[nodiscard]] bool isOpen() const { return m_open; }
    // Commits; false (rolled back, with error()) when the database refused: nothing was
    // changed. A full disk often shows here first.
    [[nodiscard]] bool commit();
    // Why beginning or committing failed, for people: what happened and that nothing changed.
    QString error() const { return m_error; }

private:
    const WorkspaceDatabase &m_database;
    QString m_error;
    bool m_open = false;
};

} // namespace Switchboard
