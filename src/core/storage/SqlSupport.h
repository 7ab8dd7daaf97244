// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Switchboard::Sql {

// Timestamps are stored as ISO-8601 UTC text with milliseconds: they sort as text, read the
// same on SQLite and PostgreSQL, and survive an export unchanged.
QString toText(const QDateTime &time);
QDateTime toDateTime(const QVariant &value);
// NULL for an invalid time, the text otherwise.
QVariant toNullableText(const QDateTime &time);

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind through this.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Prepares and runs a statement; on failure returns false and, if given, sets *error to the
// driver's message together with the statement, for the log (never shown with bound values).
bool exec(QSqlQuery &query, QString *error = nullptr);
bool exec(const QSqlDatabase &db, const QString &statement, QString *error = nullptr);
bool prepare(QSqlQuery &query, const QString &statement, QString *error = nullptr);

// What a statement with a RETURNING clause gave.
enum class Returned {
    Row, // written, and `read` has seen the row
    NoRow, // nothing matched (an ON CONFLICT DO NOTHING, an UPDATE whose WHERE failed)
    Error, // *error says what
};
// Runs a prepared statement with a RETURNING clause, hands its first row to `read`, then steps
// it to its end. SQLite commits an autocommit statement only there, so a commit that fails (a
// full disk) is reported instead of handing out the id of a row that was never written.
Returned execReturning(QSqlQuery &query, const std::function<void(const QSqlQuery &)> &read,
        QString *error = nullptr);

// The same for an INSERT … RETURNING id: true with *id set once the row is committed.
bool execReturningId(QSqlQuery &query, qint64 *id, QString *error = nullptr);

// One sentence for people about a failed statement: a full disk, a read-only workspace and a
// lost connection are named as such, with what to do; anything else keeps the driver's words.
QString describe(const QSqlError &error);
// The distinct non-empty values of a text column, in order, by one index seek per value (a
// "loose index scan": the column must lead an index), not a pass over every row.
QStringList distinctValues(
        const QSqlDatabase &db, const QString &table, const QString &column, QString *error);

} // namespace Switchboard::Sql
