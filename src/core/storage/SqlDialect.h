// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Switchboard {

// The one seam where SQLite and PostgreSQL differ. Everything else in storage writes the
// portable subset both understand (ON CONFLICT upserts, RETURNING, ISO-8601 text timestamps).
class SqlDialect
{
public:
    enum class Backend {
        Sqlite,
        Postgres,
    };

    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;
    // A column definition for a surrogate key the database assigns.
    virtual QString autoIdColumn() const = 0;
    // Statements run on every new connection (foreign keys, time zone). They never write, so
    // that a file which is then refused is left exactly as it was.
    virtual QStringList connectionSetup() const = 0;
    // Statements run once the database is known to be a workspace this version can open
    // (SQLite's WAL mode rewrites the file header).
    virtual QStringList workspaceSetup() const = 0;
    // Statements that make a table append-only: no DELETE, and an UPDATE only while
    // `stateColumn` still holds `openState` (in-flight rows are completed exactly once).
    virtual QStringList appendOnlyGuard(
            const QString &table, const QString &stateColumn, const QString &openState) const = 0;
    // Statements that make a table immutable: rows are inserted, never updated or deleted.
    virtual QStringList immutableGuard(const QString &table) const = 0;
    // The default of a column that records who the database says is connected: the role on
    // PostgreSQL (the server's word, not the client's), nothing on SQLite.
    virtual QString databaseRoleDefault() const = 0;
    // What to append to a SELECT that claims rows for this transaction only.
    virtual QString lockClause() const = 0;
    // A statement (one bound id) that locks one row of `table` until the transaction ends, so
    // that a count and an insert after it cannot be split by another writer; empty where a
    // writing statement already excludes every other writer (SQLite).
    virtual QString lockRowStatement(const QString &table) const = 0;
    // The history's word index (schema version 4): the statements that create and fill it.
    virtual QStringList historySearchSchema() const = 0;
    // What a text-filtered history query reads FROM; the condition that takes the search
    // expression (one bound value); its order, newest recorded first, in which the index is
    // read so that a page stops after its rows instead of sorting every match; and the keyset
    // condition that continues after an attempt id (one bound value).
    virtual QString historySearchSource() const = 0;
    virtual QString historySearchCondition() const = 0;
    virtual QString historySearchOrderBy() const = 0;
    virtual QString historySearchAfter() const = 0;
    // The bound value for `words` (see HistoryFilter::text), or empty when they hold no word.
    virtual QString historySearchExpression(const QStringList &words, bool lastIsPrefix) const = 0;
    // Statements that make every change to `table` announce itself to the other consoles on the
    // database once committed (PostgreSQL: NOTIFY on the ChangeChannel with the table's name, or
    // "table:id" per row when `perRow`). Empty where there is nobody to tell (SQLite).
    virtual QStringList changeNotification(const QString &table, bool perRow) const = 0;
    static constexpr auto ChangeChannel = "switchboard_changes";
    // Whether an error text says a row broke a UNIQUE constraint.
    virtual bool isUniqueViolation(const QString &nativeErrorCode) const = 0;
};

} // namespace Switchboard
