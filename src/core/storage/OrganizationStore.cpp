// SPDX-License-Identifier: Apache-2.0
#include "core/storage/OrganizationStore.h"

#include "core/domain/Validation.h"
#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QLocale>
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

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The fields of an organization as its events show them, in the wizard's order.
FieldChange::Fields fieldsOf(const Organization &o)
{
    return {{QStringLiteral("slug"), o.slug}, {QStringLiteral("name"), o.name.trimmed()},
            {QStringLiteral("contact"), o.contact.trimmed()},
            {QStringLiteral("preferred area code"), o.preferredAreaCode},
            {QStringLiteral("free numbers from"), toString(o.freeAreaCodes)},
            {QStringLiteral("prefer SIP"), yesNo(o.preferSip)},
            {QStringLiteral("may buy numbers"), yesNo(o.allowPurchase)},
            {QStringLiteral("monthly purchase limit"), QString::number(o.monthlyPurchaseLimit)},
            {QStringLiteral("new assistants"), toString(o.autoProvision)}};
}

QList<FieldChange> changesBetween(const Organization *before, const Organization &after)
{
    const FieldChange::Fields then = before ? fieldsOf(*before) : FieldChange::Fields{};
    return FieldChange::between(before ? &then : nullptr, fieldsOf(after));
}

WorkspaceEvent organizationEvent(EventKind kind, const Organization &organization)
{
    WorkspaceEvent event;
    event.kind = kind;
    event.organizationId = organization.id;
    event.organizationSlug = organization.slug;
    return event;
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

WriteResult OrganizationStore::validate(const Organization &organization)
{
    if (FieldError problem = Validation::checkSlug(organization.slug, tr("slug")))
        return WriteResult::refused(problem.toString(), QStringLiteral("slug"));
    if (FieldError problem = Validation::checkDisplayName(organization.name, tr("name")))
        return WriteResult::refused(problem.toString(), QStringLiteral("name"));
    if (!organization.preferredAreaCode.isEmpty()) {
        if (FieldError problem
                = Validation::checkAreaCode(organization.preferredAreaCode, tr("area code")))
            return WriteResult::refused(problem.toString(), QStringLiteral("area-code"));
    }
    if (organization.monthlyPurchaseLimit < 0)
        return WriteResult::refused(
                FieldError{tr("purchase limit"), tr("must be zero or more")}.toString(),
                QStringLiteral("purchase-limit"));
    return WriteResult::done();
}

QString OrganizationStore::slugTaken(const QString &slug) const
{
    return tr("slug: an organization called \"%1\" already exists; choose another slug.").arg(slug);
}

WriteResult OrganizationStore::add(Organization &organization)
{
    if (WriteResult invalid = validate(organization); !invalid)
        return invalid;
    if (!organization.createdAt.isValid())
        organization.createdAt = QDateTime::currentDateTimeUtc();
    // The slug's uniqueness is the table's: a check before the insert would race another
    // console, and would read a failed query as "free".
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [this, &organization] {
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral(
                        "INSERT INTO organizations (slug, name, contact, preferred_area_code,"
                        " prefer_sip, allow_purchase, monthly_purchase_limit, created_at,"
                        " free_area_codes, auto_provision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " RETURNING id"));
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
                return Sql::execInsert(q, &organization.id, m_database.dialect(),
                        slugTaken(organization.slug), QStringLiteral("slug"));
            },
            [&organization]() -> std::optional<WorkspaceEvent> {
                WorkspaceEvent event
                        = organizationEvent(EventKind::OrganizationAdded, organization);
                event.summary = tr("Organization \"%1\" added").arg(organization.name.trimmed());
                event.changes = changesBetween(nullptr, organization);
                return event;
            });
    if (!result)
        organization.id = 0;
    if (result)
        announceChange();
    return result;
}

WriteResult OrganizationStore::update(const Organization &organization)
{
    if (WriteResult invalid = validate(organization); !invalid)
        return invalid;
    std::optional<Organization> before;
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                QString error;
                before = findById(organization.id, &error);
                if (!error.isEmpty())
                    return WriteResult::failed(error);
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral(
                        "UPDATE organizations SET slug = ?, name = ?, contact = ?,"
                        " preferred_area_code = ?, prefer_sip = ?, allow_purchase = ?,"
                        " monthly_purchase_limit = ?, free_area_codes = ?, auto_provision = ?"
                        " WHERE id = ?"));
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
                if (!Sql::exec(q))
                    return Sql::writeFailure(q, m_database.dialect(), slugTaken(organization.slug),
                            QStringLiteral("slug"));
                if (q.numRowsAffected() == 0)
                    return WriteResult::notFound(
                            tr("The organization \"%1\" is no longer in the workspace (removed "
                               "from another console?).")
                                    .arg(organization.name));
                return WriteResult::done();
            },
            [&]() -> std::optional<WorkspaceEvent> {
                WorkspaceEvent event
                        = organizationEvent(EventKind::OrganizationChanged, organization);
                event.changes = changesBetween(before ? &*before : nullptr, organization);
                if (event.changes.isEmpty())
                    return std::nullopt; // saved as it was: nothing happened
                event.summary = tr("Organization \"%1\" changed: %2")
                                        .arg(organization.name.trimmed(),
                                                FieldChange::names(event.changes));
                return event;
            });
    if (result)
        announceChange();
    return result;
}

WriteResult OrganizationStore::remove(qint64 id)
{
    std::optional<Organization> before;
    QList<FieldChange> departed; // what goes with it (the tables cascade), for its record
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                before = findById(id);
                departed = whatGoesWith(id);
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral("DELETE FROM organizations WHERE id = ?"));
                q.addBindValue(id);
                return Sql::execChange(q, m_database.dialect(),
                        tr("That organization is no longer in the workspace (removed from "
                           "another console?)."));
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!before)
                    return std::nullopt;
                WorkspaceEvent event = organizationEvent(EventKind::OrganizationRemoved, *before);
                // What it was, field by field, and what went with it.
                for (const auto &[field, value] : fieldsOf(*before)) {
                    if (!value.isEmpty())
                        event.changes.append({field, value, QString()});
                }
                event.changes += departed;
                event.summary = departed.isEmpty()
                        ? tr("Organization \"%1\" removed; its history stays").arg(before->name)
                        : tr("Organization \"%1\" removed with its %2; its history stays")
                                  .arg(before->name, QLocale().createSeparatedList([&departed] {
                                      QStringList what;
                                      for (const FieldChange &change : departed)
                                          what << change.field + u' ' + change.before;
                                      return what;
                                  }()));
                return event;
            });
    if (result)
        announceChange();
    return result;
}

// The accounts and pool numbers that the database removes with an organization.
QList<FieldChange> OrganizationStore::whatGoesWith(qint64 id) const
{
    QList<FieldChange> departed;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "SELECT 'Vapi account', label FROM vapi_accounts WHERE organization_id = ?"
            " UNION ALL SELECT 'Twilio account', account_sid FROM twilio_accounts"
            " WHERE organization_id = ?"
            " UNION ALL SELECT 'pool number', p.e164 FROM number_pool p JOIN twilio_accounts t"
            " ON t.id = p.twilio_account_id WHERE t.organization_id = ?"));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (Sql::exec(q)) {
        while (q.next()) {
            const QString what = q.value(0).toString();
            const QString shown = what == u"pool number"
                    ? PhoneAddress::parse(q.value(1).toString()).displayText()
                    : q.value(1).toString();
            departed.append({what == u"Vapi account"    ? tr("Vapi account")
                            : what == u"Twilio account" ? tr("Twilio account")
                                                        : tr("pool number"),
                    shown, QString()});
        }
    }
    return departed;
}

void OrganizationStore::announceChange()
{
    m_database.announceCommitted(this);
}

} // namespace Switchboard
