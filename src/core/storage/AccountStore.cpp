// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"

#include "core/domain/Validation.h"
#include "core/storage/EventLog.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString VapiColumns = QStringLiteral(
        "SELECT id, COALESCE(organization_id, 0), label, region, vapi_org_id, free_number_cap,"
        " cap_observed_at, base_url, cap_source, cap_recheck_requested_at, payment_required_at"
        " FROM vapi_accounts");
const QString TwilioColumns = QStringLiteral(
        "SELECT id, COALESCE(organization_id, 0), account_sid, auth_mode, api_key_sid, label,"
        " base_url, trial_at FROM twilio_accounts");

VapiAccount vapiFromRow(const QSqlQuery &q)
{
    VapiAccount a;
    a.id = q.value(0).toLongLong();
    a.organizationId = q.value(1).toLongLong();
    a.label = q.value(2).toString();
    a.region = regionFromString(q.value(3).toString()).value_or(Region::Us);
    a.vapiOrgId = q.value(4).toString();
    a.freeNumberCap = q.value(5).toInt();
    a.capSetAt = Sql::toDateTime(q.value(6));
    a.baseUrl = q.value(7).toString();
    a.capSource = capSourceFromString(q.value(8).toString()).value_or(CapSource::Manual);
    a.capRecheckRequestedAt = Sql::toDateTime(q.value(9));
    a.paymentRequiredAt = Sql::toDateTime(q.value(10));
    return a;
}

TwilioAccount twilioFromRow(const QSqlQuery &q)
{
    TwilioAccount a;
    a.id = q.value(0).toLongLong();
    a.organizationId = q.value(1).toLongLong();
    a.accountSid = q.value(2).toString();
    a.authMode
            = twilioAuthModeFromString(q.value(3).toString()).value_or(TwilioAuthMode::AuthToken);
    a.apiKeySid = q.value(4).toString();
    a.label = q.value(5).toString();
    a.baseUrl = q.value(6).toString();
    a.trialAt = Sql::toDateTime(q.value(7));
    return a;
}

QVariant ownerValue(qint64 organizationId)
{
    return organizationId > 0 ? QVariant(organizationId) : QVariant(QMetaType::fromType<qint64>());
}

FieldChange::Fields fieldsOf(const VapiAccount &a)
{
    return {{QStringLiteral("label"), a.label}, {QStringLiteral("region"), toString(a.region)},
            {QStringLiteral("Vapi org id"), a.vapiOrgId},
            {QStringLiteral("free-number cap"), QString::number(a.freeNumberCap)},
            {QStringLiteral("cap source"), toString(a.capSource)},
            {QStringLiteral("API address"), a.baseUrl}};
}

FieldChange::Fields fieldsOf(const TwilioAccount &a)
{
    return {{QStringLiteral("account SID"), a.accountSid},
            {QStringLiteral("authentication"), toString(a.authMode)},
            {QStringLiteral("API key SID"), a.apiKeySid}, {QStringLiteral("label"), a.label},
            {QStringLiteral("API address"), a.baseUrl}};
}

template<typename Account>
QList<FieldChange> changesBetween(const std::optional<Account> &before, const Account &after)
{
    const FieldChange::Fields then = before ? fieldsOf(*before) : FieldChange::Fields{};
    return FieldChange::between(before ? &then : nullptr, fieldsOf(after));
}

template<typename Account>
QString ownerOf(const Account &account)
{
    return account.organizationId > 0 ? AccountStore::tr("the organization's")
                                      : AccountStore::tr("the workspace's");
}

} // namespace

AccountStore::AccountStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<VapiAccount> AccountStore::vapiAccounts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(VapiColumns + QStringLiteral(" ORDER BY COALESCE(organization_id, 0), id"));
    QList<VapiAccount> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(vapiFromRow(q));
    }
    return result;
}

std::optional<VapiAccount> AccountStore::findVapi(
        const QString &where, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(VapiColumns + QStringLiteral(" WHERE ") + where);
    if (value.isValid())
        q.addBindValue(value);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return vapiFromRow(q);
}

std::optional<VapiAccount> AccountStore::vapiAccount(qint64 id, QString *error) const
{
    return findVapi(QStringLiteral("id = ?"), id, error);
}

std::optional<VapiAccount> AccountStore::workspaceVapiAccount(QString *error) const
{
    return findVapi(QStringLiteral("organization_id IS NULL"), {}, error);
}

std::optional<VapiAccount> AccountStore::vapiAccountServing(
        qint64 organizationId, QString *error) const
{
    if (auto own = findVapi(QStringLiteral("organization_id = ?"), organizationId, error))
        return own;
    return workspaceVapiAccount(error);
}

WriteResult AccountStore::writeVapiAccount(VapiAccount &account)
{
    if (account.freeNumberCap < 0)
        return WriteResult::refused(
                tr("free-number cap: must be zero or more"), QStringLiteral("cap"));
    QSqlQuery q(m_database.connection());
    if (account.id == 0) {
        q.prepare(QStringLiteral(
                "INSERT INTO vapi_accounts (organization_id, label, region, vapi_org_id,"
                " free_number_cap, cap_observed_at, base_url, cap_source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
                "UPDATE vapi_accounts SET organization_id = ?, label = ?, region = ?,"
                " vapi_org_id = ?, free_number_cap = ?, cap_observed_at = ?, base_url = ?,"
                " cap_source = ? WHERE id = ?"));
    }
    q.addBindValue(ownerValue(account.organizationId));
    q.addBindValue(Sql::text(account.label));
    q.addBindValue(toString(account.region));
    q.addBindValue(Sql::text(account.vapiOrgId));
    q.addBindValue(account.freeNumberCap);
    q.addBindValue(Sql::toNullableText(account.capSetAt));
    q.addBindValue(Sql::text(account.baseUrl));
    q.addBindValue(toString(account.capSource));
    if (account.id != 0) {
        q.addBindValue(account.id);
        return changeOne(q, tr("That Vapi account is no longer in the workspace."));
    }
    QString error;
    if (!Sql::execReturningId(q, &account.id, &error))
        return q.lastError().isValid() ? failure(q, QStringLiteral("vapi-account"))
                                       : WriteResult::failed(error);
    announceChange();
    return WriteResult::done();
}

WriteResult AccountStore::deleteVapiAccount(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM vapi_accounts WHERE id = ?"));
    q.addBindValue(id);
    return changeOne(q, tr("That Vapi account is no longer in the workspace."));
}

WriteResult AccountStore::writeLearnedCap(qint64 vapiAccountId, int cap, const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE vapi_accounts SET free_number_cap = ?, cap_observed_at = ?,"
            " cap_source = 'learned', cap_recheck_requested_at = NULL WHERE id = ?"));
    q.addBindValue(std::max(cap, 0));
    q.addBindValue(Sql::toText(when));
    q.addBindValue(vapiAccountId);
    return changeOne(q, tr("That Vapi account is no longer in the workspace."));
}

WriteResult AccountStore::recordFreeNumberGranted(
        qint64 vapiAccountId, int holding, const QDateTime &when)
{
    // In one statement, so that two consoles granted numbers at once both raise it, never lower.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE vapi_accounts SET payment_required_at = NULL, cap_recheck_requested_at = NULL,"
            " cap_source = CASE WHEN free_number_cap < ? THEN 'learned' ELSE cap_source END,"
            " cap_observed_at = CASE WHEN free_number_cap < ? THEN ? ELSE cap_observed_at END,"
            " free_number_cap = CASE WHEN free_number_cap < ? THEN ? ELSE free_number_cap END"
            " WHERE id = ? AND (payment_required_at IS NOT NULL"
            " OR cap_recheck_requested_at IS NOT NULL OR free_number_cap < ?)"));
    q.addBindValue(holding);
    q.addBindValue(holding);
    q.addBindValue(Sql::toText(when));
    q.addBindValue(holding);
    q.addBindValue(holding);
    q.addBindValue(vapiAccountId);
    q.addBindValue(holding);
    if (!Sql::exec(q))
        return failure(q, {});
    if (q.numRowsAffected() > 0)
        announceChange();
    return WriteResult::done();
}

WriteResult AccountStore::recordPaymentRequired(qint64 vapiAccountId, const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE vapi_accounts SET payment_required_at = ?,"
                             " cap_recheck_requested_at = NULL WHERE id = ?"));
    q.addBindValue(Sql::toText(when));
    q.addBindValue(vapiAccountId);
    return changeOne(q, tr("That Vapi account is no longer in the workspace."));
}

WriteResult AccountStore::requestCapRecheck(qint64 vapiAccountId, const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE vapi_accounts SET cap_recheck_requested_at = ? WHERE id = ?"));
    q.addBindValue(Sql::toText(when));
    q.addBindValue(vapiAccountId);
    return changeOne(q, tr("That Vapi account is no longer in the workspace."));
}

WriteResult AccountStore::writeCapByHand(qint64 vapiAccountId, int cap, const QDateTime &when)
{
    if (cap < 0)
        return WriteResult::refused(
                tr("free-number cap: must be zero or more"), QStringLiteral("cap"));
    QSqlQuery q(m_database.connection());
    q.prepare(
            QStringLiteral("UPDATE vapi_accounts SET free_number_cap = ?, cap_observed_at = ?,"
                           " cap_source = 'manual', cap_recheck_requested_at = NULL WHERE id = ?"));
    q.addBindValue(cap);
    q.addBindValue(Sql::toText(when));
    q.addBindValue(vapiAccountId);
    return changeOne(q, tr("That Vapi account is no longer in the workspace."));
}

WriteResult AccountStore::changeOne(QSqlQuery &query, const QString &notFound)
{
    if (!Sql::exec(query))
        return failure(query, {});
    if (query.numRowsAffected() == 0)
        return WriteResult::notFound(notFound);
    announceChange();
    return WriteResult::done();
}

WriteResult AccountStore::failure(const QSqlQuery &query, const QString &field) const
{
    const QSqlError error = query.lastError();
    if (!field.isEmpty() && m_database.dialect().isUniqueViolation(error.nativeErrorCode()))
        return WriteResult::refused(
                tr("That owner has an account of this kind already: edit it instead (%1).")
                        .arg(error.text()),
                field);
    return WriteResult::failed(Sql::describe(error));
}

QList<TwilioAccount> AccountStore::twilioAccounts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(TwilioColumns + QStringLiteral(" ORDER BY COALESCE(organization_id, 0), id"));
    QList<TwilioAccount> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(twilioFromRow(q));
    }
    return result;
}

std::optional<TwilioAccount> AccountStore::findTwilio(
        const QString &where, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(TwilioColumns + QStringLiteral(" WHERE ") + where);
    if (value.isValid())
        q.addBindValue(value);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return twilioFromRow(q);
}

std::optional<TwilioAccount> AccountStore::twilioAccount(qint64 id, QString *error) const
{
    return findTwilio(QStringLiteral("id = ?"), id, error);
}

std::optional<TwilioAccount> AccountStore::workspaceTwilioAccount(QString *error) const
{
    return findTwilio(QStringLiteral("organization_id IS NULL"), {}, error);
}

std::optional<TwilioAccount> AccountStore::organizationTwilioAccount(
        qint64 organizationId, QString *error) const
{
    return findTwilio(QStringLiteral("organization_id = ?"), organizationId, error);
}

WriteResult AccountStore::writeTwilioAccount(TwilioAccount &account)
{
    FieldError problem = Validation::checkTwilioSid(
            account.accountSid, TwilioSidKind::Account, tr("Twilio account SID"));
    if (!problem && account.authMode == TwilioAuthMode::ApiKey)
        problem = Validation::checkTwilioSid(
                account.apiKeySid, TwilioSidKind::ApiKey, tr("Twilio API key SID"));
    if (problem)
        return WriteResult::refused(problem.toString(), QStringLiteral("twilio-account"));
    QSqlQuery q(m_database.connection());
    if (account.id == 0) {
        q.prepare(QStringLiteral(
                "INSERT INTO twilio_accounts (organization_id, account_sid, auth_mode, api_key_sid,"
                " label, base_url) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
                "UPDATE twilio_accounts SET organization_id = ?, account_sid = ?, auth_mode = ?,"
                " api_key_sid = ?, label = ?, base_url = ?,"
                // Another account is not known to be a trial (SET reads the old values).
                " trial_at = CASE WHEN account_sid = ? THEN trial_at ELSE NULL END WHERE id = ?"));
    }
    q.addBindValue(ownerValue(account.organizationId));
    q.addBindValue(account.accountSid);
    q.addBindValue(toString(account.authMode));
    q.addBindValue(
            Sql::text(account.authMode == TwilioAuthMode::ApiKey ? account.apiKeySid : QString()));
    q.addBindValue(Sql::text(account.label));
    q.addBindValue(Sql::text(account.baseUrl));
    if (account.id != 0) {
        q.addBindValue(account.accountSid);
        q.addBindValue(account.id);
        return changeOne(q, tr("That Twilio account is no longer in the workspace."));
    }
    QString error;
    if (!Sql::execReturningId(q, &account.id, &error))
        return q.lastError().isValid() ? failure(q, QStringLiteral("twilio-account"))
                                       : WriteResult::failed(error);
    announceChange();
    return WriteResult::done();
}

WriteResult AccountStore::setTwilioTrial(qint64 twilioAccountId, const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE twilio_accounts SET trial_at = ? WHERE id = ?"));
    q.addBindValue(Sql::toNullableText(when));
    q.addBindValue(twilioAccountId);
    return changeOne(q, tr("That Twilio account is no longer in the workspace."));
}

WriteResult AccountStore::deleteTwilioAccount(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM twilio_accounts WHERE id = ?"));
    q.addBindValue(id);
    return changeOne(q, tr("That Twilio account is no longer in the workspace."));
}

// The public writes: each change with its event, in one transaction (EventLog::recordWith).

WriteResult AccountStore::saveVapiAccount(VapiAccount &account)
{
    std::optional<VapiAccount> before;
    const qint64 idBefore = account.id;
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                if (account.id != 0)
                    before = vapiAccount(account.id);
                return writeVapiAccount(account);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                WorkspaceEvent event;
                event.kind = EventKind::AccountChanged;
                event.organizationId = account.organizationId;
                event.changes = changesBetween(before, account);
                if (event.changes.isEmpty())
                    return std::nullopt;
                event.summary = before
                        ? tr("Vapi account \"%1\" (%2) changed: %3")
                                  .arg(account.label, ownerOf(account),
                                          FieldChange::names(event.changes))
                        : tr("Vapi account \"%1\" (%2) added").arg(account.label, ownerOf(account));
                return event;
            });
    if (!result)
        account.id = idBefore;
    return result;
}

WriteResult AccountStore::removeVapiAccount(qint64 id)
{
    std::optional<VapiAccount> before;
    const EventLog events(m_database);
    return events.recordWith(
            [&] {
                before = vapiAccount(id);
                return deleteVapiAccount(id);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!before)
                    return std::nullopt;
                WorkspaceEvent event;
                event.kind = EventKind::AccountChanged;
                event.organizationId = before->organizationId;
                event.summary = tr("Vapi account \"%1\" (%2) removed")
                                        .arg(before->label, ownerOf(*before));
                return event;
            });
}

WriteResult AccountStore::recordLearnedCap(qint64 vapiAccountId, int cap, const QDateTime &when)
{
    std::optional<VapiAccount> before;
    const EventLog events(m_database);
    return events.recordWith(
            [&] {
                before = vapiAccount(vapiAccountId);
                return writeLearnedCap(vapiAccountId, cap, when);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!before
                        || (before->freeNumberCap == std::max(cap, 0)
                                && before->capSource == CapSource::Learned))
                    return std::nullopt;
                WorkspaceEvent event;
                event.kind = EventKind::CapLearned;
                event.organizationId = before->organizationId;
                event.changes = {{QStringLiteral("free-number cap"),
                        QString::number(before->freeNumberCap), QString::number(std::max(cap, 0))}};
                event.summary = tr("Vapi refused a free number: the cap of \"%1\" is %2 (was %3)")
                                        .arg(before->label)
                                        .arg(std::max(cap, 0))
                                        .arg(before->freeNumberCap);
                return event;
            });
}

WriteResult AccountStore::setCapByHand(qint64 vapiAccountId, int cap, const QDateTime &when)
{
    std::optional<VapiAccount> before;
    const EventLog events(m_database);
    return events.recordWith(
            [&] {
                before = vapiAccount(vapiAccountId);
                return writeCapByHand(vapiAccountId, cap, when);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!before)
                    return std::nullopt;
                WorkspaceEvent event;
                event.kind = EventKind::AccountChanged;
                event.organizationId = before->organizationId;
                event.changes = {{QStringLiteral("free-number cap"),
                        QString::number(before->freeNumberCap), QString::number(cap)}};
                event.summary = tr("Free-number cap of \"%1\" set by hand to %2 (was %3)")
                                        .arg(before->label)
                                        .arg(cap)
                                        .arg(before->freeNumberCap);
                return event;
            });
}

WriteResult AccountStore::saveTwilioAccount(TwilioAccount &account)
{
    std::optional<TwilioAccount> before;
    const qint64 idBefore = account.id;
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                if (account.id != 0)
                    before = twilioAccount(account.id);
                return writeTwilioAccount(account);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                WorkspaceEvent event;
                event.kind = EventKind::AccountChanged;
                event.organizationId = account.organizationId;
                event.changes = changesBetween(before, account);
                if (event.changes.isEmpty())
                    return std::nullopt;
                event.summary = before ? tr("Twilio account %1 (%2) changed: %3")
                                                 .arg(account.accountSid, ownerOf(account),
                                                         FieldChange::names(event.changes))
                                       : tr("Twilio account %1 (%2) added")
                                                 .arg(account.accountSid, ownerOf(account));
                return event;
            });
    if (!result)
        account.id = idBefore;
    return result;
}

WriteResult AccountStore::removeTwilioAccount(qint64 id)
{
    std::optional<TwilioAccount> before;
    const EventLog events(m_database);
    return events.recordWith(
            [&] {
                before = twilioAccount(id);
                return deleteTwilioAccount(id);
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!before)
                    return std::nullopt;
                WorkspaceEvent event;
                event.kind = EventKind::AccountChanged;
                event.organizationId = before->organizationId;
                event.summary = tr("Twilio account %1 (%2) removed")
                                        .arg(before->accountSid, ownerOf(*before));
                return event;
            });
}

void AccountStore::announceChange()
{
    m_database.announceCommitted(this);
}

} // namespace Switchboard
