// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WorkspaceCopier.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct WorkspaceCopierText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::WorkspaceCopier)
};

qint64 countRows(WorkspaceDatabase &db, const QString &table, bool *ok)
{
    QSqlQuery q(db.connection());
    *ok = q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next();
    return *ok ? q.value(0).toLongLong() : -1;
}

// The ordinary tables of a workspace as the database lists them, without the schema marker and
// SQLite's own.
QStringList listedTables(WorkspaceDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.connection().tables(QSql::Tables)) {
        if (table == u"switchboard_schema" || table.startsWith(u"sqlite_"))
            continue;
        tables << table;
    }
    return tables;
}

bool copyTable(
        WorkspaceDatabase &source, WorkspaceDatabase &target, const QString &table, QString *error)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + table)) {
        *error = WorkspaceCopierText::tr("%1 cannot be read: %2")
                         .arg(table, read.lastError().text());
        return false;
    }
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery write(target.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", "))))) {
        *error = WorkspaceCopierText::tr("%1 cannot be written: %2")
                         .arg(table, write.lastError().text());
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = WorkspaceCopierText::tr("a row of %1 cannot be written: %2")
                             .arg(table, write.lastError().text());
            return false;
        }
    }
    return true;
}

// Identity columns keep counting after the highest copied id, so that the next row the team
// adds does not collide with a copied one.
bool fixSequences(WorkspaceDatabase &target, const QString &table, QString *error)
{
    if (!target.location().isPostgres())
        return true;
    QSqlQuery q(target.connection());
    if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence(table_name, column_name) FROM "
                               "information_schema.columns WHERE table_schema = current_schema()"
                               " AND table_name = '%1' AND column_name = 'id'")
                        .arg(table))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next() || q.value(0).isNull())
        return true; // a text key (assistants, phone_numbers) or no id at all
    return Sql::exec(target.connection(),
            QStringLiteral("SELECT setval('%1', COALESCE((SELECT max(id) FROM %2), 0) + 1, false)")
                    .arg(q.value(0).toString(), table),
            error);
}

} // namespace

QStringList WorkspaceCopier::tables()
{
    return {QStringLiteral("workspace_settings"), QStringLiteral("organizations"),
            QStringLiteral("vapi_accounts"), QStringLiteral("twilio_accounts"),
            QStringLiteral("number_pool"), QStringLiteral("purchase_slots"),
            QStringLiteral("assistants"), QStringLiteral("phone_numbers"),
            QStringLiteral("provisioning_attempts"), QStringLiteral("attempt_leases"),
            QStringLiteral("provisioning_steps"), QStringLiteral("manual_tasks"),
            QStringLiteral("secret_refs"), QStringLiteral("workspace_events")};
}

bool WorkspaceCopier::compareCounts(
        WorkspaceDatabase &source, WorkspaceDatabase &target, QList<TableCount> *counts)
{
    counts->clear();
    bool same = true;
    for (const QString &table : tables()) {
        bool sourceOk = false;
        bool targetOk = false;
        TableCount count{
                table, countRows(source, table, &sourceOk), countRows(target, table, &targetOk)};
        same = same && sourceOk && targetOk && count.source == count.target;
        counts->append(count);
    }
    return same;
}

bool WorkspaceCopier::copy(WorkspaceDatabase &source, WorkspaceDatabase &target,
        QList<TableCount> *counts, QString *error)
{
    counts->clear();
    if (source.schemaVersion() != target.schemaVersion()) {
        *error = WorkspaceCopierText::tr(
                "The two workspaces have different schema versions (%1 and %2).")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion());
        return false;
    }
    const QStringList known = tables();
    for (const QString &table : listedTables(target)) {
        if (!known.contains(table)) {
            *error = WorkspaceCopierText::tr(
                    "The table %1 is not known to the copier; nothing was copied.")
                             .arg(table);
            return false;
        }
    }
    for (const QString &table : known) {
        bool ok = false;
        const qint64 rows = countRows(target, table, &ok);
        if (!ok || rows != 0) {
            *error = WorkspaceCopierText::tr(
                    "%1 is not empty (%2 holds rows); a workspace is only copied into an "
                    "empty database. Nothing was copied.")
                             .arg(target.location().describe(), table);
            return false;
        }
    }

    QSqlDatabase db = target.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &table : known) {
        if (!copyTable(source, target, table, error) || !fixSequences(target, table, error)) {
            db.rollback();
            *error += WorkspaceCopierText::tr(" Nothing was copied.");
            return false;
        }
    }
    if (!db.commit()) {
        *error = WorkspaceCopierText::tr(
                "The copy could not be committed (%1). Nothing was copied.")
                         .arg(db.lastError().text());
        db.rollback();
        return false;
    }
    if (!compareCounts(source, target, counts)) {
        *error = WorkspaceCopierText::tr(
                "The copy was committed, but the row counts differ (see the table).");
        return false;
    }
    return true;
}

} // namespace Switchboard
