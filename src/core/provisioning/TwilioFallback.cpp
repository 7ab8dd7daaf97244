// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/TwilioFallback.h"

#include "core/provisioning/ChainPlanner.h"
#include "core/snapshot/WorkspaceSnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Switchboard {
namespace {

struct TwilioFallbackText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::TwilioFallback)
};

} // namespace

QHash<qint64, int> TwilioFallback::spareNumbers(
        const WorkspaceSnapshot &workspace, const QDateTime &now)
{
    QHash<qint64, int> spare;
    for (const PoolNumber &number : workspace.poolNumbers) {
        if (number.state == PoolNumber::State::Available && !number.isSetAside(now))
            ++spare[number.twilioAccountId];
    }
    return spare;
}

TwilioFallback TwilioFallback::of(
        const WorkspaceSnapshot &workspace, qint64 organizationId, const QDateTime &now)
{
    const std::optional<Organization> organization = workspace.organization(organizationId);
    if (organizationId != 0 && !organization)
        return {};
    return of(workspace, organization ? &*organization : nullptr, spareNumbers(workspace, now));
}

TwilioFallback TwilioFallback::of(const WorkspaceSnapshot &workspace,
        const Organization *organization, const QHash<qint64, int> &spare)
{
    TwilioFallback fallback;
    const auto linkOf = [&](Strategy strategy, qint64 owner, bool purchases) {
        if (const std::optional<TwilioAccount> account = workspace.twilioAccountOf(owner))
            fallback.links << Link{strategy, spare.value(account->id), purchases};
    };
    if (organization)
        linkOf(Strategy::OrganizationTwilio, organization->id,
                organization->allowPurchase && organization->monthlyPurchaseLimit > 0);
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
                    .arg(ChainPlanner::linkName(link.strategy));
        return TwilioFallbackText::tr("%1 (bought as needed, within its monthly limit)")
                .arg(ChainPlanner::linkName(link.strategy));
    }
    return {};
}

QString TwilioFallback::emptyText() const
{
    QStringList names;
    for (const Link &link : links) {
        if (!link.canServe())
            names << ChainPlanner::linkName(link.strategy);
    }
    return QLocale().createSeparatedList(names);
}

} // namespace Switchboard
