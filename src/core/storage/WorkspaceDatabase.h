// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/DatabaseLocation.h"
#include "core/storage/SqlDialect.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace Switchboard {

struct DatabaseError
{
    enum class Kind {
        None,
        CannotOpen, // the driver could not open or reach it
        PasswordRefused, // PostgreSQL: the server wants a password, or another one
        NotAWorkspace, // some other file or database
        Damaged, // the file is corrupt
        TooNew, // written by a newer Switchboard
        MigrationFailed, // an upgrade failed and was rolled back
        ReadOnly, // SQLite: it cannot be written here (a read-only mount, no permission)
    };
    Kind kind = Kind::None;
    QString message; // one paragraph for people: what, where, and what to do

    explicit operator bool() const { return kind != Kind::None; }
};

// What the opener means to do with the workspace.
enum class WorkspaceAccess {
    ReadWrite, // a workspace that cannot be written is refused (DatabaseError::Kind::ReadOnly)
    ReadOnlyIfNeeded, // one that cannot be written opens read-only: for commands that only read
};

// An open workspace database with its schema brought up to date. Owns one named connection;
// a worker thread must open a WorkspaceDatabase of its own (Qt connections are per thread).
class WorkspaceDatabase
{
public:
    ~WorkspaceDatabase();
    WorkspaceDatabase(const WorkspaceDatabase &) = delete;
    WorkspaceDatabase &operator=(const WorkspaceDatabase &) = delete;

    // Opens (creating an SQLite file if there is none) and migrates to the latest schema.
    // A damaged file, a foreign file or one from a newer version is refused untouched; so is
    // an SQLite file that cannot be written here, unless `access` says reading will do.
    static std::unique_ptr<WorkspaceDatabase> open(const DatabaseLocation &location,
            DatabaseError *error, const QString &password = {},
            WorkspaceAccess access = WorkspaceAccess::ReadWrite);
    // For tests of the migrations: stop at `version` instead of the latest.
    static std::unique_ptr<WorkspaceDatabase> openAtVersion(const DatabaseLocation &location,
            int version, DatabaseError *error, const QString &password = {},
            WorkspaceAccess access = WorkspaceAccess::ReadWrite);

    // The connection. On PostgreSQL, a connection that libpq knows to be broken (the server
    // restarted, the network went away: the statement that found out failed) is opened again
    // here first, at most every few seconds; connectionLost() says whether that worked.
    QSqlDatabase connection() const;
    // PostgreSQL: whether the connection is known to be broken and could not be opened again.
    bool connectionLost() const;
    // Counts the reconnections, so that a listener knows to subscribe again.
    int connectionGeneration() const { return m_generation; }
    // Opens the connection again now (PostgreSQL); false with *error set when that fails.
    bool reconnect(DatabaseError *error = nullptr) const;
    const SqlDialect &dialect() const { return *m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // Opened read-only (WorkspaceAccess::ReadOnlyIfNeeded on a file that cannot be written
    // here): every write fails.
    bool isReadOnly() const { return m_readOnly; }

    // Who works through this connection, as the workspace's events record it: the person at
    // the keyboard ("user@computer", OperatorIdentity::current() unless set). Never a secret.
    QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString &name) { m_operatorName = name; }

    // Transactions nest: the outermost is the database's transaction, an inner one a savepoint
    // that rolls back alone. Every transaction of the workspace goes through these (or
    // SqlTransaction), so that a store that records an event with its change can be called
    // inside another transaction as well as outside one.
    bool beginTransaction() const;
    bool commitTransaction() const;
    void rollbackTransaction() const;
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Why the last beginTransaction() or commitTransaction() failed.
    QSqlError transactionError() const { return m_transactionError; }
    // Runs `announce` once what was written so far is committed: at once outside a transaction,
    // else when the outermost one commits; never when its part is rolled back. Stores announce
    // their changes through this, so that a reader on another connection (the console's
    // snapshot) that hears of a change can already see it.
    void whenCommitted(std::function<void()> announce) const;
    // A store's changed() through whenCommitted(), unless the store is gone by then.
    template<typename Store>
    void announceCommitted(Store *store) const
    {
        whenCommitted([guard = QPointer<Store>(store)] {
            if (guard)
                Q_EMIT guard->changed();
        });
    }

    // Runs `listener`, while `context` lives, each time events recorded on this connection are
    // committed (EventLog calls eventsRecorded()): the History tab follows the console's own
    // actions, whichever store recorded them.
    void followEvents(QObject *context, std::function<void()> listener) const;
    void eventsRecorded() const;

private:
    WorkspaceDatabase(DatabaseLocation location, std::unique_ptr<SqlDialect> dialect);
    bool connect(const QString &password, WorkspaceAccess access, DatabaseError *error);
    bool checkSqliteFile(WorkspaceAccess access, DatabaseError *error);
    bool openSqliteReadOnly(QSqlDatabase &db, DatabaseError *error);
    bool runConnectionSetup(DatabaseError *error) const;
    bool isBroken() const;
    bool readVersion(DatabaseError *error);
    bool migrate(int targetVersion, DatabaseError *error);

    DatabaseLocation m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    QString m_readOnlyReason; // why it cannot be written, in words
    QString m_password; // kept for reconnecting; never logged
    mutable int m_generation = 0;
    mutable qint64 m_lastReconnectAttempt = 0; // ms since epoch
    mutable int m_transactionDepth = 0;
    mutable QSqlError m_transactionError;
    mutable QList<std::function<void()>> m_announcements; // waiting for the commit
    mutable QList<qsizetype> m_savepointMarks; // m_announcements' size at each savepoint
    struct EventListener
    {
        QPointer<QObject> context;
        std::function<void()> listener;
    };
    mutable QList<EventListener> m_eventListeners;
    QString m_operatorName;
};

} // namespace Switchboard
