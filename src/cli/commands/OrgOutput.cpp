// SPDX-License-Identifier: Apache-2.0
#include "cli/commands/OrgOutput.h"

#include "cli/TerminalText.h"

#include "cli/CliContext.h"

#include "core/domain/Organization.h"
#include "core/setup/OrganizationSetup.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QJsonArray>

namespace Switchboard::Cli {
namespace {

// What the policy comes to for this organization now (its own choice or the workspace's).
bool autoProvisions(CliContext &context, const OrganizationSetup &setup)
{
    Organization organization;
    organization.autoProvision = setup.autoProvision;
    return context.settings().autoProvisions(organization);
}

} // namespace

QJsonObject organizationJson(CliContext &context, const OrganizationSetup &setup)
{
    QString vapiOrgId; // of its own Vapi account, once learned from Vapi
    // Its own account's free-number cap (the workspace's is `usage`'s): found missing by the
    // walk, though the wizard sets it.
    QJsonValue freeNumberCap = QJsonValue::Null;
    QJsonValue capSource = QJsonValue::Null;
    for (const VapiAccount &account : context.accounts().vapiAccounts()) {
        if (setup.ownVapiAccount && account.organizationId == setup.id) {
            vapiOrgId = account.vapiOrgId;
            freeNumberCap = account.freeNumberCap;
            capSource = toString(account.capSource);
        }
    }
    QJsonArray pool;
    QJsonValue trialSince = QJsonValue::Null; // when Twilio refused a purchase as a trial's
    if (const auto twilio = context.accounts().organizationTwilioAccount(setup.id)) {
        if (twilio->isKnownTrial())
            trialSince = twilio->trialAt.toUTC().toString(Qt::ISODate);
        for (const PoolNumber &number : context.pool().numbers(twilio->id)) {
            const char *state = number.state == PoolNumber::State::Available ? "available"
                    : number.state == PoolNumber::State::Reserved            ? "reserved"
                                                                             : "imported";
            pool.append(QJsonObject{{QStringLiteral("number"), number.number.toString()},
                    {QStringLiteral("state"), QLatin1String(state)},
                    // What Twilio said when last asked ("" never, ok, missing, no-voice, routed).
                    {QStringLiteral("twilioCheck"), toString(number.twilioCheck)},
                    {QStringLiteral("twilioCheckDetail"), number.twilioCheckDetail},
                    {QStringLiteral("twilioCheckedAt"),
                            number.twilioCheckedAt.isValid()
                                    ? number.twilioCheckedAt.toString(Qt::ISODate)
                                    : QString()}});
        }
    }
    return QJsonObject{
            {QStringLiteral("slug"), setup.slug},
            {QStringLiteral("name"), setup.name},
            {QStringLiteral("contact"), setup.contact},
            {QStringLiteral("vapiAccount"),
                    setup.ownVapiAccount ? QStringLiteral("own") : QStringLiteral("workspace")},
            {QStringLiteral("region"), toString(setup.region)},
            {QStringLiteral("vapiOrgId"), vapiOrgId},
            {QStringLiteral("freeNumberCap"), freeNumberCap},
            {QStringLiteral("freeNumberCapSource"), capSource},
            {QStringLiteral("twilioAccountSid"), setup.twilioAccountSid},
            {QStringLiteral("twilioAuth"),
                    setup.twilioAccountSid.isEmpty()          ? QString()
                            : setup.twilioApiKeySid.isEmpty() ? QStringLiteral("auth-token")
                                                              : QStringLiteral("api-key")},
            {QStringLiteral("twilioApiKeySid"), setup.twilioApiKeySid},
            {QStringLiteral("twilioTrialSince"), trialSince},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("areaCode"), setup.preferredAreaCode},
            {QStringLiteral("preferSip"), setup.preferSip},
            {QStringLiteral("freeAreaCodes"), toString(setup.freeAreaCodes)},
            {QStringLiteral("allowPurchase"), setup.allowPurchase},
            {QStringLiteral("purchaseLimit"), setup.monthlyPurchaseLimit},
            {QStringLiteral("autoProvision"), toString(setup.autoProvision)},
            {QStringLiteral("autoProvisions"), autoProvisions(context, setup)},
    };
}

void printOrganization(CliContext &context, const OrganizationSetup &setup)
{
    if (context.json()) {
        context.printJson(organizationJson(context, setup));
        return;
    }
    const QJsonObject o = organizationJson(context, setup);
    QTextStream &out = context.out();
    out << printable(setup.name) << " (" << printable(setup.slug) << ")\n";
    if (!setup.contact.isEmpty())
        out << "  Contact:        " << printable(setup.contact) << '\n';
    out << "  Vapi account:   "
        << (setup.ownVapiAccount
                           ? QStringLiteral("its own (%1), free-number cap %2 (%3)")
                                     .arg(toString(setup.region).toUpper())
                                     .arg(o.value(QStringLiteral("freeNumberCap")).toInt())
                                     .arg(o.value(QStringLiteral("freeNumberCapSource")).toString())
                           : QStringLiteral("the workspace's"))
        << '\n';
    out << "  Twilio account: "
        << (setup.twilioAccountSid.isEmpty() ? QStringLiteral("none of its own")
                                             : printable(setup.twilioAccountSid))
        << '\n';
    if (const QJsonValue trial = o.value(QStringLiteral("twilioTrialSince")); trial.isString())
        out << "                  a trial account: Twilio refused a purchase on "
            << trial.toString()
            << "; nothing is bought from it until it is upgraded (org edit --twilio-upgraded)\n";
    const QJsonArray pool = o.value(QStringLiteral("pool")).toArray();
    if (!pool.isEmpty()) {
        out << "  Number pool:   ";
        for (const QJsonValue n : pool) {
            const QString check = n[QStringLiteral("twilioCheck")].toString();
            out << ' ' << printable(n[QStringLiteral("number")].toString()) << " ("
                << n[QStringLiteral("state")].toString()
                << (check.isEmpty() || check == u"ok" ? QString() : u", Twilio: " + check) << ')';
        }
        out << '\n';
    }
    out << "  Area code:      "
        << (setup.preferredAreaCode.isEmpty() ? QStringLiteral("any")
                                              : printable(setup.preferredAreaCode))
        << '\n'
        << "  Free numbers:   " << (setup.preferSip ? "SIP URIs" : "phone numbers") << '\n'
        << "  Other codes:    "
        << (setup.freeAreaCodes == FreeAreaCodes::Any
                           ? "any US area code Vapi suggests, when its own has no free numbers"
                           : "none: its own area code only")
        << '\n'
        << "  Purchases:      "
        << (setup.allowPurchase ? QStringLiteral("allowed, up to %1 a month")
                                          .arg(setup.monthlyPurchaseLimit)
                                : QStringLiteral("not allowed"))
        << '\n'
        << "  New assistants: "
        << (autoProvisions(context, setup) ? "get a number automatically"
                                           : "get a number on request only")
        << (setup.autoProvision == AutoProvision::Workspace ? " (the workspace's default)" : "")
        << '\n';
    out.flush();
}

} // namespace Switchboard::Cli
