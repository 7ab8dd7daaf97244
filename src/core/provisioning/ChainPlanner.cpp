// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ChainPlanner.h"

#include "core/provisioning/FreeNumberCap.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Switchboard::ChainPlanner {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct ChainPlannerText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ChainPlanner)
};

} // namespace

QString linkName(Strategy strategy)
{
    return strategy == Strategy::OrganizationTwilio
            ? ChainPlannerText::tr("the organization's Twilio account")
            : ChainPlannerText::tr("the workspace's Twilio account");
}

LinkDecision decideFree(const ChainState &state)
{
    LinkDecision d;
    d.strategy = Strategy::VapiFree;
    if (!state.vapiAccount) {
        d.reason = ChainPlannerText::tr(
                "No Vapi account serves this organization: set up the workspace's Vapi "
                "account, or the organization's own.");
        return d;
    }
    if (state.waitingForPaymentMethod) {
        d.reason = FreeNumberCap::paymentText(*state.vapiAccount);
        return d;
    }
    if (state.usage.level() == FreeNumberUsage::Level::Full) {
        // A learned cap is asked about again, one number at a time: a refusal confirms it, a
        // number granted raises it.
        if (state.capRecheckDue && state.freeNumbersInFlight == 0) {
            d.attempt = true;
            d.reason = ChainPlannerText::tr(
                    "Check whether Vapi's cap of %1 (%2) still holds: one free number is asked "
                    "for.")
                               .arg(state.vapiAccount->freeNumberCap)
                               .arg(FreeNumberCap::sourceText(*state.vapiAccount));
            return d;
        }
        d.reason = ChainPlannerText::tr("The free allowance is used up: %1 (cap: %2).")
                           .arg(state.usage.summary(),
                                   FreeNumberCap::sourceText(*state.vapiAccount));
        return d;
    }
    d.attempt = true;
    d.reason = state.organization.preferSip
            ? ChainPlannerText::tr("A free Vapi SIP URI (%1).").arg(state.usage.summary())
            : state.organization.preferredAreaCode.isEmpty()
            ? ChainPlannerText::tr("A free Vapi number (%1).").arg(state.usage.summary())
            : ChainPlannerText::tr("A free Vapi number in area code %1 (%2).")
                      .arg(state.organization.preferredAreaCode, state.usage.summary());
    return d;
}

static LinkDecision decideTwilioPool(Strategy strategy, const TwilioLinkState &link)
{
    LinkDecision d;
    d.strategy = strategy;
    if (!link.account) {
        d.reason = strategy == Strategy::OrganizationTwilio
                ? ChainPlannerText::tr("The organization has no Twilio account of its own.")
                : ChainPlannerText::tr("The workspace has no Twilio account.");
        return d;
    }
    if (link.poolAvailable > 0) {
        d.attempt = true;
        d.reason = ChainPlannerText::tr("Import the next pool number of %1 (%2 available).")
                           .arg(linkName(strategy))
                           .arg(link.poolAvailable);
        return d;
    }
    if (!link.allowPurchase) {
        d.reason = ChainPlannerText::tr(
                "The number pool of %1 is used up, and buying numbers is not allowed.")
                           .arg(linkName(strategy));
        return d;
    }
    if (link.account->isKnownTrial()) {
        d.reason = ChainPlannerText::tr(
                "The number pool of %1 is used up, and it is a Twilio trial account: Twilio "
                "refused a purchase on %2 because a trial account may own only one number. "
                "Upgrade the Twilio account in the Twilio Console, then mark it upgraded "
                "(switchboard-cli org edit or workspace set, --twilio-upgraded) to buy from it "
                "again.")
                           .arg(linkName(strategy),
                                   link.account->trialAt.toUTC().toString(Qt::ISODate));
        return d;
    }
    if (link.purchasesThisMonth >= link.monthlyPurchaseLimit) {
        d.reason = ChainPlannerText::tr(
                "The number pool of %1 is used up, and this month's purchase limit "
                "(%2) is reached.")
                           .arg(linkName(strategy))
                           .arg(link.monthlyPurchaseLimit);
        return d;
    }
    d.attempt = true;
    d.purchase = true;
    d.reason = ChainPlannerText::tr(
            "Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.", nullptr,
            link.monthlyPurchaseLimit)
                       .arg(linkName(strategy))
                       .arg(link.purchasesThisMonth);
    return d;
}

LinkDecision decideTwilio(Strategy strategy, const TwilioLinkState &link)
{
    LinkDecision d = decideTwilioPool(strategy, link);
    // A pool "used up" because Twilio refused its numbers says so: that is for a person to fix.
    if (link.account && link.poolAvailable == 0 && link.poolSetAside > 0)
        d.reason += u' '
                + ChainPlannerText::tr("%n pool number(s) passed over: Twilio said they cannot "
                                       "be used (see the pool; `switchboard-cli pool check` asks "
                                       "again).",
                        nullptr, link.poolSetAside);
    return d;
}

QList<LinkDecision> plan(const ChainState &state)
{
    LinkDecision manual;
    manual.strategy = Strategy::Manual;
    manual.attempt = true;
    manual.reason = ChainPlannerText::tr("Queue a task for a person to assign a number by hand.");
    return {decideFree(state), decideTwilio(Strategy::OrganizationTwilio, state.organizationTwilio),
            decideTwilio(Strategy::WorkspaceTwilio, state.workspaceTwilio), manual};
}

QString sipUriFor(const Organization &organization, Region region, const QString &assistantId)
{
    // Unique per assistant, readable per organization: "acme-dental-3f2b8c1e".
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9-]"));
    QString user = organization.slug + u'-' + assistantId.left(8).toLower();
    user.remove(notAllowed);
    const QString host = region == Region::Eu ? QStringLiteral("sip.eu.vapi.ai")
                                              : QStringLiteral("sip.vapi.ai");
    return QStringLiteral("sip:") + user + u'@' + host;
}

} // namespace Switchboard::ChainPlanner
