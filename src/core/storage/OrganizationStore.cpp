// SPDX-License-Identifier: Apache-2.0
#include "core/storage/OrganizationStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString SelectColumns = QStringLiteral(
        "SELECT o.id, o.slug, o.name, o.contact, o.preferred_area_code, o.prefer_sip,"
        " o.allow_purchase, o.monthly_purchase_limit, o.created_at,"
        " COALESCE(own.id, ws.id, 0), o.free_area_codes, o.auto_provision"
        " FROM organizations o"
        " LEFT JOIN vapi_accounts own ON own.organization_id = o.id"
        " LEFT JOIN vapi_accounts ws ON ws.organization_id IS NULL");

Organization fromRow(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.slug = q.value(1).toString();
    o.name = q.value(2).toString();
    o.contact = q.value(3).toString();
    o.preferredAreaCode = q.value(4).toString();
    o.preferSip = q.value(5).toInt() != 0;
    o.allowPurchase = q.value(6).toInt() != 0;
    o.monthlyPurchaseLimit = q.value(7).toInt();
    o.createdAt = Sql::toDateTime(q.value(8));
    o.vapiAccountId = q.value(9).toLongLong();
    o.freeAreaCodes = freeAreaCodesFromString(q.value(10).toString()).value_or(FreeAreaCodes::Any);
    // An unknown word (a newer version's) is read as "off": never provision on a guess.
    o.autoProvision = autoProvisionFromString(q.value(11).toString()).value_or(AutoProvision::Off);
    return o;
}

} // namespace

OrganizationStore::OrganizationStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Organization> OrganizationStore::list(QString *error) const
{
    QSqlQuery q(m_database.connection());
    QList<Organization> result;
    if (!q.exec(SelectColumns + QStringLiteral(" ORDER BY lower(o.name), o.id"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<Organization> OrganizationStore::findBySlug(const QString &slug, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(SelectColumns + QStringLiteral(" WHERE o.slug = ?"));
    q.addBindValue(slug);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Organization> OrganizationStore::findById(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(SelectColumns + QStringLiteral(" WHERE o.id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool OrganizationStore::validate(const Organization &organization, QString *error) const
{
    FieldError problem = Validation::checkSlug(organization.slug, tr("slug"));
    if (!problem)
        problem = Validation::checkDisplayName(organization.name, tr("name"));
    if (!problem && !organization.preferredAreaCode.isEmpty())
        problem = Validation::checkAreaCode(organization.preferredAreaCode, tr("area code"));
    if (!problem && organization.monthlyPurchaseLimit < 0)
        problem = {tr("purchase limit"), tr("must be zero or more")};
    if (problem && error)
        *error = problem.toString();
    return !problem;
}

bool OrganizationStore::add(Organization &organization, QString *error)
{
    if (!validate(organization, error))
        return false;
    if (findBySlug(organization.slug)) {
        if (error)
            *error = tr("slug: an organization called \"%1\" already exists")
                             .arg(organization.slug);
        return false;
    }
    if (!organization.createdAt.isValid())
        organization.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO organizations (slug, name, contact, preferred_area_code, prefer_sip,"
            " allow_purchase, monthly_purchase_limit, created_at, free_area_codes,"
            " auto_provision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(organization.slug);
    q.addBindValue(Sql::text(organization.name.trimmed()));
    q.addBindValue(Sql::text(organization.contact.trimmed()));
    q.addBindValue(Sql::text(organization.preferredAreaCode));
    q.addBindValue(organization.preferSip ? 1 : 0);
    q.addBindValue(organization.allowPurchase ? 1 : 0);
    q.addBindValue(organization.monthlyPurchaseLimit);
    q.addBindValue(Sql::toText(organization.createdAt));
    q.addBindValue(toString(organization.freeAreaCodes));
    q.addBindValue(toString(organization.autoProvision));
    if (!Sql::execReturningId(q, &organization.id, error))
        return false;
    Q_EMIT changed();
    return true;
}

bool OrganizationStore::update(const Organization &organization, QString *error)
{
    if (!validate(organization, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE organizations SET slug = ?, name = ?, contact = ?, preferred_area_code = ?,"
            " prefer_sip = ?, allow_purchase = ?, monthly_purchase_limit = ?,"
            " free_area_codes = ?, auto_provision = ? WHERE id = ?"));
    q.addBindValue(organization.slug);
    q.addBindValue(Sql::text(organization.name.trimmed()));
    q.addBindValue(Sql::text(organization.contact.trimmed()));
    q.addBindValue(Sql::text(organization.preferredAreaCode));
    q.addBindValue(organization.preferSip ? 1 : 0);
    q.addBindValue(organization.allowPurchase ? 1 : 0);
    q.addBindValue(organization.monthlyPurchaseLimit);
    q.addBindValue(toString(organization.freeAreaCodes));
    q.addBindValue(toString(organization.autoProvision));
    q.addBindValue(organization.id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("organization %1 does not exist").arg(organization.id);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool OrganizationStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM organizations WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("organization %1 does not exist").arg(id);
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace Switchboard
