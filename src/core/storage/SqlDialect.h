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
    // The word indexes: of the provisioning attempts (schema version 4) and of the other
    // actions on record (version 11). Both fold case and accents, keep ids, slugs and numbers
    // whole, and find a number by its digits with or without its country code.
    enum class SearchIndex {
        Attempts, // provisioning_attempts
        Events, // workspace_events (append-only: indexed once, when written)
    };
    // The statements that create and fill the index.
    virtual QStringList searchSchema(SearchIndex index) const = 0;
    // What a text-filtered query reads FROM; the condition that takes the search expression
    // (one bound value); its order, newest recorded first, in which the index is read so that a
    // page stops after its rows instead of sorting every match; and the keyset condition that
    // continues after a row id (one bound value).
    virtual QString searchSource(SearchIndex index) const = 0;
    virtual QString searchCondition(SearchIndex index) const = 0;
    virtual QString searchOrderBy(SearchIndex index) const = 0;
    virtual QString searchAfter(SearchIndex index) const = 0;
    // The bound value for `words`, or empty when they hold no word.
    virtual QString searchExpression(const QStringList &words, bool lastIsPrefix) const = 0;
    // The bound value for a text filter as people type it (see HistoryFilter::text): its words,
    // the last one a prefix while no space follows it; a number written with separators
    // ("(312) 555-0101") as its digits. Empty when it holds no word.
    QString searchExpressionFor(const QString &text) const;
    // Statements that make every change to `table` announce itself to the other consoles on the
    // database once committed (PostgreSQL: NOTIFY on the ChangeChannel with the table's name, or
    // "table:id" per row when `perRow`). Empty where there is nobody to tell (SQLite).
    virtual QStringList changeNotification(const QString &table, bool perRow) const = 0;
    static constexpr auto ChangeChannel = "switchboard_changes";
    // Whether an error text says a row broke a UNIQUE constraint.
    virtual bool isUniqueViolation(const QString &nativeErrorCode) const = 0;
};

} // namespace Switchboard
