// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"

#include <QUrl>

#include <functional>

namespace Switchboard::Sandbox {

class FaultInjector;
class RequestLog;
class SandboxState;

// The sandbox's own endpoints under /__sandbox/ (never faulted, never logged):
//   GET    /__sandbox/health                        {"status": "ok"}
//   GET    /__sandbox/faults                        the rules, with hits and what remains
//   POST   /__sandbox/faults                        {"spec": "…"}, a rule object, or an array
//   DELETE /__sandbox/faults[/{id}]                 all rules, or one
//   GET    /__sandbox/requests[?since=N]            the request log
//   DELETE /__sandbox/requests                      empties it
//   POST   /__sandbox/vapi-accounts                 {"apiKey", "freeNumberCap"?, "name"?,
//                                                    "paymentMethod"?}
//   PATCH  /__sandbox/vapi-accounts/{orgId}         {"freeNumberCap"?, "paymentMethod"?}: what
//                                                    the customer changes in Vapi's dashboard
//   POST   /__sandbox/twilio-accounts               {"sid", "authToken", "numbers"?,
//   "ownerAccountSid"?, "apiKeys"?} GET    /__sandbox/summary                       accounts and
//   counts, without secrets
class ControlRoutes
{
public:
    static constexpr QStringView prefix = u"/__sandbox/";

    ControlRoutes(SandboxState &state, FaultInjector &faults, RequestLog &log);
    void addTo(RouteTable &table);

private:
    HttpResponse addFaults(const HttpRequest &request);
    HttpResponse listRequests(const HttpRequest &request);
    HttpResponse addVapiAccount(const HttpRequest &request);
    HttpResponse changeVapiAccount(const HttpRequest &request, const QString &orgId);
    HttpResponse addTwilioAccount(const HttpRequest &request);
    HttpResponse summary();

    SandboxState &m_state;
    FaultInjector &m_faults;
    RequestLog &m_log;
};

} // namespace Switchboard::Sandbox
