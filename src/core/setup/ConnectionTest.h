// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Switchboard {

class AccountStore;
class ApiClientProvider;

// "Test connection": asks Vapi or Twilio whether credentials work, through the workspace's one
// client factory, so that a sandbox session tests against the sandbox and never the real
// service. The console's wizard and Settings use it. Each test reports once, from the event
// loop; the report is dropped when `context` is gone by then.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        bool ok = false;
        // For people: what works, or what is wrong and what to do.
        QString message;
        // A Vapi test also says which Vapi account the key reaches (empty: it cannot be told).
        QString vapiOrgId;
        // The service answered that these credentials are wrong (401/403), as opposed to not
        // answering: a form may not go on with them.
        bool refused = false;
    };
    using Reported = std::function<void(const Report &report)>;

    ConnectionTest(ApiClientProvider &clients, AccountStore &accounts, QObject *parent = nullptr);

    // With the key typed in, or (empty) with the workspace Vapi account's stored one.
    void testVapi(Region region, const QString &privateKey, QObject *context, const Reported &done);
    // With the secret typed in, or (empty) with the stored one of the workspace's Twilio account
    // when `accountSid` is that account's.
    void testTwilio(const QString &accountSid, const QString &apiKeySid, const QString &secret,
            QObject *context, const Reported &done);

private:
    Reported reporter(QObject *context, const Reported &done);

    ApiClientProvider &m_clients;
    AccountStore &m_accounts;
};

} // namespace Switchboard
