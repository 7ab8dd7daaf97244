// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"

namespace Switchboard::Sandbox {

class SandboxState;

// /2010-04-01/Accounts: list (the account and its subaccounts), create a subaccount (whose
// auth_token only this response carries) and fetch. API keys cannot use these endpoints, as
// Twilio's standard keys cannot.
class TwilioAccountRoutes
{
public:
    explicit TwilioAccountRoutes(SandboxState &state);
    void addTo(RouteTable &table);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse fetch(const HttpRequest &request, const QString &sid);

    SandboxState &m_state;
};

} // namespace Switchboard::Sandbox
