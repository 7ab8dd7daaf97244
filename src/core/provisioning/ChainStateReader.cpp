// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ChainStateReader.h"

#include "core/provisioning/FreeNumberCap.h"

#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceSettings.h"

namespace Switchboard {

QDateTime startOfMonth(const QDateTime &time)
{
    const QDate date = time.toUTC().date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC);
}

TwilioLinkState readTwilioLink(
        const ProvisioningServices &services, Strategy strategy, const Organization &organization)
{
    TwilioLinkState link;
    if (strategy == Strategy::OrganizationTwilio) {
        link.account = services.accounts->organizationTwilioAccount(organization.id);
        link.allowPurchase = organization.allowPurchase;
        link.monthlyPurchaseLimit = organization.monthlyPurchaseLimit;
    } else {
        link.account = services.accounts->workspaceTwilioAccount();
        link.allowPurchase = services.settings->workspaceAllowsPurchase();
        link.monthlyPurchaseLimit = services.settings->workspaceMonthlyPurchaseLimit();
    }
    if (link.account) {
        const QDateTime now = services.clock();
        link.poolAvailable = services.pool->availableCount(link.account->id, now);
        link.poolSetAside = int(services.pool->setAside(link.account->id, now).size());
        link.purchasesThisMonth
                = services.pool->purchasesSince(link.account->id, startOfMonth(services.clock()));
    }
    return link;
}

ChainState readChainState(const ProvisioningServices &services, const Organization &organization,
        int freeNumbersInFlight)
{
    ChainState state;
    state.organization = organization;
    state.vapiAccount = services.accounts->vapiAccountServing(organization.id);
    if (state.vapiAccount) {
        state.usage = FreeNumberUsage(
                services.directory->freeNumberCount(state.vapiAccount->id) + freeNumbersInFlight,
                state.vapiAccount->freeNumberCap);
        state.freeNumbersInFlight = freeNumbersInFlight;
        const QDateTime now = services.clock();
        state.capRecheckDue = FreeNumberCap::recheckDue(*state.vapiAccount, now);
        state.waitingForPaymentMethod
                = FreeNumberCap::waitingForPaymentMethod(*state.vapiAccount, now);
    }
    state.organizationTwilio = readTwilioLink(services, Strategy::OrganizationTwilio, organization);
    state.workspaceTwilio = readTwilioLink(services, Strategy::WorkspaceTwilio, organization);
    return state;
}

} // namespace Switchboard
