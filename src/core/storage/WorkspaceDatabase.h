#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Switchboard {

// Where a workspace lives. SQLite by default; PostgreSQL for a team that shares one workspace.
// The PostgreSQL password is not part of this: it comes from the keychain when connecting.
struct DatabaseLocation
{
    SqlDialect::Backend backend = SqlDialect::Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString connectOptions; // e.g. "sslmode=require"

    static DatabaseLocation sqlite(const QString &path);
    // For messages and logs: the file, or user@host:port/db. Never a password.
    QString describe() const;
};

struct DatabaseError
{
    enum class Kind {
        None,
        CannotOpen, // the driver could not open or reach it
        NotAWorkspace, // some other file or database
        Damaged, // the file is corrupt
        TooNew, // written by a newer Switchboard
        MigrationFailed, // an upgrade failed and was rolled back
    };
    Kind kind = Kind::None;
    QString message; // one paragraph for people: what, where, and what to do

    explicit operator bool() const { return kind != Kind::None; }
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
    // A damaged file, a foreign file or one from a newer version is refused untouched.
    static std::unique_ptr<WorkspaceDatabase> open(
            const DatabaseLocation &location, DatabaseError *error, const QString &password = {});
    // For tests of the migrations: stop at `version` instead of the latest.
    static std::unique_ptr<WorkspaceDatabase> openAtVersion(const DatabaseLocation &location,
            int version, DatabaseError *error, const QString &password = {});

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    WorkspaceDatabase(DatabaseLocation location, std::unique_ptr<SqlDialect> dialect);
    bool connect(const QString &password, DatabaseError *error);
    bool readVersion(DatabaseError *error);
    bool migrate(int targetVersion, DatabaseError *error);

    DatabaseLocation m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace Switchboard
