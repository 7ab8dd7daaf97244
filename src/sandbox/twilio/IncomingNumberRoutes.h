// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"

namespace Switchboard::Sandbox {

class SandboxState;
struct IncomingNumberRecord;
struct TwilioAccountRecord;

// /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers: list (filters and pages), buy,
// fetch, update (and transfer to another subaccount) and release.
class IncomingNumberRoutes
{
public:
    explicit IncomingNumberRoutes(SandboxState &state);
    void addTo(RouteTable &table);

private:
    HttpResponse list(const HttpRequest &request, const QString &accountSid);
    HttpResponse buy(const HttpRequest &request, const QString &accountSid);
    HttpResponse fetch(const HttpRequest &request, const QString &accountSid, const QString &sid);
    HttpResponse update(const HttpRequest &request, const QString &accountSid, const QString &sid);
    HttpResponse release(const HttpRequest &request, const QString &accountSid, const QString &sid);

    // The number Twilio would sell for a buy request, or the error.
    QString chooseNumber(const class FormFields &form, HttpResponse *error) const;

    SandboxState &m_state;
};

} // namespace Switchboard::Sandbox
