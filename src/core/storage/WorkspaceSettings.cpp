// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WorkspaceSettings.h"

#include "core/domain/Organization.h"
#include "core/domain/Validation.h"
#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QSqlQuery>
#include <QUuid>

namespace Switchboard {
namespace {

const QString WorkspaceIdKey = QStringLiteral("workspace.id");
const QString DefaultAreaCodeKey = QStringLiteral("vapi.defaultAreaCode");
const QString TwilioPriceKey = QStringLiteral("twilio.numberMonthlyPrice");
const QString AllowPurchaseKey = QStringLiteral("twilio.workspace.allowPurchase");
const QString PurchaseLimitKey = QStringLiteral("twilio.workspace.monthlyPurchaseLimit");
// Written by schema version 9 too (Migrations.cpp): keep the two in step.
const QString AutoProvisionKey = QStringLiteral("provisioning.autoProvision");

} // namespace

WorkspaceSettings::WorkspaceSettings(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QString WorkspaceSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!Sql::exec(q) || !q.next())
        return fallback;
    return q.value(0).toString();
}

WriteResult WorkspaceSettings::setValue(const QString &key, const QString &value)
{
    return setValues({{key, value}});
}

WriteResult WorkspaceSettings::setValues(const QList<std::pair<QString, QString>> &values)
{
    QList<FieldChange> changes;
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                for (const auto &[key, value] : values) {
                    const QString before = this->value(key);
                    if (before != value)
                        changes.append({label(key), shown(key, before), shown(key, value)});
                }
                QStringList rows;
                for (qsizetype i = 0; i < values.size(); ++i)
                    rows << QStringLiteral("(?, ?)");
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES ")
                        + rows.join(u", ")
                        + QStringLiteral(
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
                for (const auto &[key, value] : values) {
                    q.addBindValue(key);
                    q.addBindValue(Sql::text(value));
                }
                if (!Sql::exec(q))
                    return Sql::writeFailure(q, m_database.dialect());
                return WriteResult::done();
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (changes.isEmpty())
                    return std::nullopt;
                WorkspaceEvent event;
                event.kind = EventKind::SettingChanged;
                event.changes = changes;
                QStringList said;
                for (const FieldChange &change : std::as_const(changes))
                    said << tr("%1: %2 (was %3)")
                                    .arg(change.field, change.after,
                                            change.before.isEmpty() ? tr("not set")
                                                                    : change.before);
                event.summary
                        = tr("Workspace setting changed: %1").arg(said.join(QStringLiteral("; ")));
                return event;
            });
    if (!result)
        return result;
    for (const auto &entry : values)
        Q_EMIT changed(entry.first);
    return WriteResult::done();
}

QString WorkspaceSettings::label(const QString &key)
{
    // Found by the walk: "provisioning.autoProvision: off → on" in the history.
    if (key == DefaultAreaCodeKey)
        return tr("default area code");
    if (key == TwilioPriceKey)
        return tr("monthly price of a Twilio number");
    if (key == AllowPurchaseKey)
        return tr("the workspace's Twilio may buy numbers");
    if (key == PurchaseLimitKey)
        return tr("the workspace's monthly purchase limit");
    if (key == AutoProvisionKey)
        return tr("new assistants get a number automatically");
    return key;
}

QString WorkspaceSettings::shown(const QString &key, const QString &stored)
{
    // As a person reads it, an unset value as the default it stood for (found by the walk:
    // "monthly price of a Twilio number: 1.2500 (was not set)", "may buy numbers: true").
    if (key == DefaultAreaCodeKey)
        return Validation::isAreaCode(stored) ? stored : QStringLiteral("415");
    if (key == TwilioPriceKey) {
        bool ok = false;
        const double price = stored.toDouble(&ok);
        return QStringLiteral("$")
                + QString::number(
                        ok && price >= 0 ? price : DefaultTwilioNumberMonthlyPrice, 'f', 2);
    }
    if (key == AllowPurchaseKey)
        return stored == u"true" ? tr("yes") : tr("no");
    if (key == PurchaseLimitKey)
        return QString::number(std::max(stored.toInt(), 0));
    if (key == AutoProvisionKey)
        return stored == u"off" ? tr("no") : tr("yes");
    return stored;
}

QString WorkspaceSettings::workspaceId()
{
    QString existing = value(WorkspaceIdKey);
    if (!existing.isEmpty())
        return existing;
    // Insert-if-absent, then read back: two consoles starting on one team database agree.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(WorkspaceIdKey);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Sql::exec(q);
    return value(WorkspaceIdKey);
}

QString WorkspaceSettings::defaultAreaCode() const
{
    const QString stored = value(DefaultAreaCodeKey);
    return Validation::isAreaCode(stored) ? stored : QStringLiteral("415");
}

WriteResult WorkspaceSettings::setDefaultAreaCode(const QString &areaCode)
{
    if (const FieldError problem = Validation::checkAreaCode(areaCode, tr("default area code")))
        return WriteResult::refused(problem.toString(), QStringLiteral("default-area-code"));
    return setValue(DefaultAreaCodeKey, areaCode);
}

double WorkspaceSettings::twilioNumberMonthlyPrice() const
{
    bool ok = false;
    const double price = value(TwilioPriceKey).toDouble(&ok);
    return ok && price >= 0 ? price : DefaultTwilioNumberMonthlyPrice;
}

WriteResult WorkspaceSettings::setTwilioNumberMonthlyPrice(double price)
{
    // !(…) also refuses NaN.
    if (!(price >= 0 && price <= 1000))
        return WriteResult::refused(
                tr("Twilio number price: must be between 0 and 1000 (US dollars a month)"),
                QStringLiteral("number-price"));
    return setValue(TwilioPriceKey, QString::number(price, 'f', 4));
}

bool WorkspaceSettings::workspaceAllowsPurchase() const
{
    return value(AllowPurchaseKey) == u"true";
}

int WorkspaceSettings::workspaceMonthlyPurchaseLimit() const
{
    return std::max(value(PurchaseLimitKey).toInt(), 0);
}

WriteResult WorkspaceSettings::setWorkspacePurchasePolicy(bool allow, int monthlyLimit)
{
    if (monthlyLimit < 0)
        return WriteResult::refused(
                tr("purchase limit: must be zero or more"), QStringLiteral("purchase-limit"));
    return setValues({{AllowPurchaseKey, allow ? QStringLiteral("true") : QStringLiteral("false")},
            {PurchaseLimitKey, QString::number(monthlyLimit)}});
}

bool WorkspaceSettings::autoProvisionByDefault() const
{
    // Not value(): a query that fails must read as "off", never as the default "on".
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    q.addBindValue(AutoProvisionKey);
    if (!Sql::exec(q))
        return false;
    return !q.next() || q.value(0).toString() != u"off";
}

WriteResult WorkspaceSettings::setAutoProvisionByDefault(bool on)
{
    return setValue(AutoProvisionKey, on ? QStringLiteral("on") : QStringLiteral("off"));
}

bool WorkspaceSettings::autoProvisions(const Organization &organization) const
{
    switch (organization.autoProvision) {
    case AutoProvision::On:
        return true;
    case AutoProvision::Off:
        return false;
    case AutoProvision::Workspace:
        break;
    }
    return autoProvisionByDefault();
}

} // namespace Switchboard
