// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/SqlDialect.h"

#include <QString>

#include <optional>

namespace Switchboard {

// Where a workspace lives. SQLite by default; PostgreSQL for a team that shares one workspace.
// The PostgreSQL password is not part of this: it comes from the keychain (or the environment)
// when connecting, and a URL that carries one is refused.
struct DatabaseLocation
{
    SqlDialect::Backend backend = SqlDialect::Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    // libpq's sslmode: disable, allow, prefer (the default), require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");

    static DatabaseLocation sqlite(const QString &path);
    static DatabaseLocation postgres(const QString &host, int port, const QString &databaseName,
            const QString &userName, const QString &sslMode = QStringLiteral("prefer"));
    // "postgresql://user@host:port/db?sslmode=require" (or postgres://), or else a plain file
    // path (or file:// URL) for an SQLite workspace. nullopt with *error set (one sentence that
    // says what is wrong and what to do) for anything else, including a URL with a password.
    static std::optional<DatabaseLocation> fromUrl(const QString &text, QString *error = nullptr);

    bool isPostgres() const { return backend == SqlDialect::Backend::Postgres; }
    // For messages and logs: the file, or postgresql://user@host:port/db. Never a password.
    QString describe() const;
    // What fromUrl() reads back: the path, or the URL with its sslmode when not the default.
    QString toUrl() const;
    // The QPSQL connect options (libpq keywords separated by ';').
    QString connectOptions() const;
    // The name the password is filed under in the keychain: user@host:port/db. The workspace
    // id cannot be used, because it is stored inside the database the password opens.
    QString passwordIdentity() const;

    friend bool operator==(const DatabaseLocation &a, const DatabaseLocation &b)
    {
        return a.backend == b.backend && a.sqlitePath == b.sqlitePath && a.host == b.host
                && a.port == b.port && a.databaseName == b.databaseName && a.userName == b.userName
                && a.sslMode == b.sslMode;
    }
};

} // namespace Switchboard
