// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"

namespace Switchboard::Sandbox {

class SandboxState;

// /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{Country}/{Local|TollFree|Mobile}.json:
// a search of the deterministic inventory by AreaCode, Contains and InRegion. Like Twilio it
// answers at most 30 numbers and never a next page.
class AvailableNumberRoutes
{
public:
    static constexpr int maximumResults = 30;

    explicit AvailableNumberRoutes(SandboxState &state);
    void addTo(RouteTable &table);

private:
    HttpResponse search(const HttpRequest &request, const QString &accountSid,
            const QString &country, const QString &type);

    SandboxState &m_state;
};

} // namespace Switchboard::Sandbox
