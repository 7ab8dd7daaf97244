// SPDX-License-Identifier: Apache-2.0
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Switchboard::Sql {
namespace {

struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::Sql)
};

} // namespace

QString toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QVariant toNullableText(const QDateTime &time)
{
    return time.isValid() ? QVariant(toText(time)) : QVariant(QMetaType::fromType<QString>());
}

QString describe(const QSqlError &error)
{
    // SQLite's primary result codes (the extended ones keep them in the low byte); PostgreSQL's
    // SQLSTATE classes.
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric) & 0xff;
    if ((numeric && code == 13) || native == u"53100")
        return SqlText::tr("The disk that holds the workspace is full (%1). Free some space, "
                           "then try again; nothing after this point was done.")
                .arg(error.text());
    if ((numeric && code == 8) || native == u"25006")
        return SqlText::tr("The workspace is read-only (%1): it can be read but not changed. "
                           "Open a writable copy, or ask for write access.")
                .arg(error.text());
    // Qt's SQLite driver files every failed step (a constraint, too) as a ConnectionError: only
    // a driver without SQLite's numeric codes means a lost connection by it.
    if (native.startsWith(u"08") || (!numeric && error.type() == QSqlError::ConnectionError))
        return SqlText::tr("The connection to the workspace database is gone (%1). Check the "
                           "network or the server, then try again.")
                .arg(error.text());
    return error.text();
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

Returned execReturning(
        QSqlQuery &query, const std::function<void(const QSqlQuery &)> &read, QString *error)
{
    if (!exec(query, error))
        return Returned::Error;
    const bool row = query.next();
    if (row)
        read(query);
    while (query.next()) { } // to the end, where SQLite commits
    if (query.lastError().isValid()) {
        if (error)
            *error = describe(query.lastError());
        return Returned::Error;
    }
    return row ? Returned::Row : Returned::NoRow;
}

bool exec(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = describe(query.lastError()) + QStringLiteral(" [") + statement.left(120)
                + QStringLiteral("]");
    return false;
}

bool execReturningId(QSqlQuery &query, qint64 *id, QString *error)
{
    qint64 returned = 0;
    if (execReturning(
                query, [&returned](const QSqlQuery &row) { returned = row.value(0).toLongLong(); },
                error)
            != Returned::Row) {
        if (error && error->isEmpty())
            *error = SqlText::tr("the database returned no row for a new record");
        return false;
    }
    *id = returned;
    return true;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.prepare(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QStringList distinctValues(
        const QSqlDatabase &db, const QString &table, const QString &column, QString *error)
{
    QSqlQuery q(db);
    QStringList values;
    if (!prepare(q,
                QStringLiteral("WITH RECURSIVE found(value) AS (SELECT min(%2) FROM %1"
                               " WHERE %2 > '' UNION ALL SELECT (SELECT min(%2) FROM %1"
                               " WHERE %2 > found.value) FROM found"
                               " WHERE found.value IS NOT NULL)"
                               " SELECT value FROM found WHERE value IS NOT NULL")
                        .arg(table, column),
                error)
            || !exec(q, error))
        return values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace Switchboard::Sql
