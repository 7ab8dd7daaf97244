// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretIndex.h"

#include "core/secrets/SecretsLogging.h"
#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct SecretIndexText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::SecretIndex)
};

// Secrets by name only: the value never reaches the workspace, its events included.
// The organization's name as the workspace holds it now; empty when it has none (yet).
QString organizationNameOf(const WorkspaceDatabase &database, const SecretKey &key)
{
    if (!key.isOrganization())
        return {};
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT name FROM organizations WHERE id = ?"));
    q.addBindValue(key.organizationId());
    return Sql::exec(q) && q.next() ? q.value(0).toString() : QString();
}

WorkspaceEvent secretEvent(const SecretKey &key, EventKind kind, const QString &summary)
{
    WorkspaceEvent event;
    event.kind = kind;
    event.organizationId = key.isOrganization() ? key.organizationId() : 0;
    event.summary = summary;
    return event;
}

} // namespace

SecretIndex::SecretIndex(WorkspaceDatabase &database)
    : m_database(database)
{ }

WriteResult SecretIndex::record(const SecretKey &key, const QDateTime &updatedAt)
{
    if (!key.isOrganization() && !key.isWorkspace())
        return WriteResult::refused(SecretIndexText::tr(
                "secret key: only organization and workspace secrets are indexed"));
    bool existed = false;
    const EventLog events(m_database);
    WriteResult written = events.recordWith(
            [&] {
                QSqlQuery read(m_database.connection());
                read.prepare(QStringLiteral("SELECT 1 FROM secret_refs WHERE key = ?"));
                read.addBindValue(key.toString());
                existed = Sql::exec(read) && read.next();
                QSqlQuery q(m_database.connection());
                // ON CONFLICT ... DO UPDATE reads the same on SQLite (3.24+) and PostgreSQL.
                q.prepare(QStringLiteral(
                        "INSERT INTO secret_refs (key, organization_id, api, purpose,"
                        " updated_at) VALUES (?, ?, ?, ?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at"));
                q.addBindValue(key.toString());
                q.addBindValue(key.isOrganization() ? QVariant(key.organizationId())
                                                    : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(toString(key.api()));
                q.addBindValue(toString(key.purpose()));
                q.addBindValue(Sql::toText(
                        updatedAt.isValid() ? updatedAt : QDateTime::currentDateTimeUtc()));
                return Sql::exec(q) ? WriteResult::done()
                                    : Sql::writeFailure(q, m_database.dialect());
            },
            [&]() -> std::optional<WorkspaceEvent> {
                const QString secret = key.describe(organizationNameOf(m_database, key));
                return secretEvent(key, EventKind::SecretStored,
                        existed ? SecretIndexText::tr("%1 replaced").arg(secret)
                                : SecretIndexText::tr("%1 stored").arg(secret));
            });
    if (written)
        return written;
    qCWarning(lcSecrets) << "index: cannot record" << key << written.message();
    return WriteResult::failed(
            SecretIndexText::tr("The workspace could not record that %1 is set: %2")
                    .arg(key.describe(), written.message()));
}

WriteResult SecretIndex::forget(const SecretKey &key)
{
    bool removed = false;
    const EventLog events(m_database);
    return events.recordWith(
            [&] {
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral("DELETE FROM secret_refs WHERE key = ?"));
                q.addBindValue(key.toString());
                if (!Sql::exec(q))
                    return Sql::writeFailure(q, m_database.dialect());
                removed = q.numRowsAffected() > 0;
                return WriteResult::done();
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!removed)
                    return std::nullopt;
                return secretEvent(key, EventKind::SecretRemoved,
                        SecretIndexText::tr("%1 removed")
                                .arg(key.describe(organizationNameOf(m_database, key))));
            });
}

WriteResult SecretIndex::forgetOrganization(qint64 organizationId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM secret_refs WHERE organization_id = ?"));
    q.addBindValue(organizationId);
    return Sql::exec(q) ? WriteResult::done() : Sql::writeFailure(q, m_database.dialect());
}

bool SecretIndex::organizationExists(qint64 organizationId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!Sql::prepare(q, QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"), error))
        return false;
    q.addBindValue(organizationId);
    return Sql::exec(q, error) && q.next();
}

std::optional<SecretRef> SecretIndex::find(const SecretKey &key, QString *error) const
{
    const QList<SecretRef> rows = select(QStringLiteral("key = ?"), key.toString(), error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<SecretRef> SecretIndex::all(QString *error) const
{
    return select({}, {}, error);
}

QList<SecretRef> SecretIndex::forOrganization(qint64 organizationId, QString *error) const
{
    return select(QStringLiteral("organization_id = ?"), organizationId, error);
}

QList<SecretRef> SecretIndex::forWorkspace(QString *error) const
{
    return select(QStringLiteral("organization_id IS NULL"), {}, error);
}

QList<SecretRef> SecretIndex::select(
        const QString &where, const QVariant &binding, QString *error) const
{
    QList<SecretRef> result;
    QSqlQuery q(m_database.connection());
    QString statement = QStringLiteral("SELECT key, updated_at FROM secret_refs");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    statement += QStringLiteral(" ORDER BY key");
    if (!Sql::prepare(q, statement, error))
        return result;
    if (binding.isValid())
        q.addBindValue(binding);
    if (!Sql::exec(q, error))
        return result;
    while (q.next()) {
        const QString name = q.value(0).toString();
        QString problem;
        const SecretKey key = SecretKey::parse(name, &problem);
        if (!key.isValid()) {
            // Written by a newer version, or by hand: skip it rather than fail the whole list.
            qCWarning(lcSecrets) << "index: ignoring unknown key" << name << problem;
            continue;
        }
        result.append({key, Sql::toDateTime(q.value(1))});
    }
    return result;
}

} // namespace Switchboard
