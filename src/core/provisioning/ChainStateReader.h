// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ChainPlanner.h"
#include "core/provisioning/ProvisioningServices.h"

namespace Switchboard {

// Reads the chain's state for an organization from the stores (no network): the serving Vapi
// account, the free numbers it holds as last seen, and both Twilio links.
ChainState readChainState(const ProvisioningServices &services, const Organization &organization,
        int freeNumbersInFlight = 0);
TwilioLinkState readTwilioLink(
        const ProvisioningServices &services, Strategy strategy, const Organization &organization);
QDateTime startOfMonth(const QDateTime &time);

} // namespace Switchboard
