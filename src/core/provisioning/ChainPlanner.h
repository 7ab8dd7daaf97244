// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/Organization.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/FreeNumberUsage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// One Twilio account as the chain sees it when it gets there.
struct TwilioLinkState
{
    std::optional<TwilioAccount> account;
    int poolAvailable = 0;
    // Pool numbers Twilio said less than a day ago it cannot use (not in the account, no voice,
    // routed elsewhere): not available, and said so when the pool is found used up.
    int poolSetAside = 0;
    bool allowPurchase = false;
    int monthlyPurchaseLimit = 0;
    int purchasesThisMonth = 0;
};

// Everything the chain decides on, for one organization at one moment.
struct ChainState
{
    Organization organization;
    std::optional<VapiAccount> vapiAccount;
    FreeNumberUsage usage; // what the account holds, with the free numbers being asked for
    int freeNumbersInFlight = 0;
    bool capRecheckDue = false; // see FreeNumberCap::recheckDue
    bool waitingForPaymentMethod = false; // see FreeNumberCap::waitingForPaymentMethod
    TwilioLinkState organizationTwilio;
    TwilioLinkState workspaceTwilio;
};

// What a link of the chain will do: try, or be skipped for a reason.
struct LinkDecision
{
    Strategy strategy = Strategy::VapiFree;
    bool attempt = false;
    bool purchase = false; // a Twilio link that will buy, its pool being used up
    QString reason; // why skipped, or what will be tried
};

// The chain's rules, in one place: used to run it, and to show its decision with --dry-run.
namespace ChainPlanner {

LinkDecision decideFree(const ChainState &state);
LinkDecision decideTwilio(Strategy strategy, const TwilioLinkState &link);
QList<LinkDecision> plan(const ChainState &state); // all four links, in order
// A Twilio link's account in plain words: "the organization's Twilio account".
QString linkName(Strategy strategy);

// The free number to ask for: a SIP URI when the organization prefers SIP (on the region's
// host), else a number in the preferred area code (empty: any).
QString sipUriFor(const Organization &organization, Region region, const QString &assistantId);

} // namespace ChainPlanner
} // namespace Switchboard
