// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/TwilioFallback.h"

#include "core/snapshot/WorkspaceSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace Switchboard {
namespace {

struct TwilioFallbackText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::TwilioFallback)
};

QString accountName(Strategy strategy)
{
    return strategy == Strategy::OrganizationTwilio
            ? TwilioFallbackText::tr("the organization's Twilio account")
            : TwilioFallbackText::tr("the workspace's Twilio account");
}

} // namespace

TwilioFallback TwilioFallback::of(
        const WorkspaceSnapshot &workspace, qint64 organizationId, const QDateTime &now)
{
    TwilioFallback fallback;
    const auto linkOf = [&](Strategy strategy, qint64 owner, bool purchases) {
        const std::optional<TwilioAccount> account = workspace.twilioAccountOf(owner);
        if (!account)
            return;
        Link link;
        link.strategy = strategy;
        link.purchases = purchases;
        // The pool count the chain uses (NumberPoolStore::availableCount): available, and not
        // set aside after Twilio said it cannot be used.
        for (const PoolNumber &number : workspace.poolNumbersOf(account->id)) {
            if (number.state == PoolNumber::State::Available && !number.isSetAside(now))
                ++link.spareNumbers;
        }
        fallback.links << link;
    };
    if (organizationId != 0) {
        const std::optional<Organization> organization = workspace.organization(organizationId);
        if (!organization)
            return fallback;
        linkOf(Strategy::OrganizationTwilio, organizationId,
                organization->allowPurchase && organization->monthlyPurchaseLimit > 0);
    }
    linkOf(Strategy::WorkspaceTwilio, 0,
            workspace.workspaceAllowsPurchase && workspace.workspaceMonthlyPurchaseLimit > 0);
    return fallback;
}

bool TwilioFallback::canServe() const
{
    return std::any_of(links.cbegin(), links.cend(), [](const Link &l) { return l.canServe(); });
}

QString TwilioFallback::servingText() const
{
    for (const Link &link : links) {
        if (!link.canServe())
            continue;
        if (link.spareNumbers > 0)
            return TwilioFallbackText::tr(
                    "%1 (%n spare number(s) in its pool)", nullptr, link.spareNumbers)
                    .arg(accountName(link.strategy));
        return TwilioFallbackText::tr("%1 (bought as needed, within its monthly limit)")
                .arg(accountName(link.strategy));
    }
    return {};
}

QString TwilioFallback::emptyText() const
{
    QStringList names;
    for (const Link &link : links) {
        if (!link.canServe())
            names << accountName(link.strategy);
    }
    return names.join(TwilioFallbackText::tr(" and "));
}

} // namespace Switchboard
