#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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
bool exec(QSqlDatabase db, const QString &statement, QString *error = nullptr);
bool prepare(QSqlQuery &query, const QString &statement, QString *error = nullptr);

} // namespace Switchboard::Sql
