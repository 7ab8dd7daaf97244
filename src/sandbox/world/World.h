// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/InventoryNumber.h"
#include "sandbox/world/InventoryRule.h"
#include "sandbox/world/TwilioAccountRecord.h"
#include "sandbox/world/VapiOrgRecord.h"
#include "sandbox/world/WorldSettings.h"

#include <QList>

namespace Switchboard::Sandbox {

// Everything a sandbox knows: accounts, keys, owned numbers, inventory, caps. A world file
// describes one (docs/SANDBOX.md); a state file is the same format with every id and date
// filled in, so a restarted sandbox carries on where it stopped.
struct World
{
    WorldSettings settings;
    QList<VapiOrgRecord> vapiOrgs;
    QList<TwilioAccountRecord> twilioAccounts;
    QList<InventoryRule> inventoryRules;
    QList<InventoryNumber> inventoryNumbers; // listed one by one, besides the rules
    quint64 idCounter = 0; // how many ids have been drawn from the seed

    // Three customer organizations, one of them already past its free-number cap, an agency
    // Twilio account with a subaccount per Twilio-using customer, and an inventory in eight
    // US area codes plus toll-free. docs/SANDBOX.md lists its keys and SIDs.
    static World demo();
};

} // namespace Switchboard::Sandbox
