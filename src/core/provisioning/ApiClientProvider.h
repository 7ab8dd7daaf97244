// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/TwilioClient.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Switchboard {

class VapiClient;

// Hands the provisioning engine a ready client for an account: it reads the account's secret
// (keychain or environment) and builds the client with the shared network manager and
// scheduler. Asynchronous because the keychain is.
class ApiClientProvider
{
public:
    virtual ~ApiClientProvider() = default;

    // The client, or nullptr and one sentence saying what is missing and what to do.
    // The client stays owned by the provider and lives at least as long as it.
    using VapiReady = std::function<void(VapiClient *client, const QString &error)>;
    // The credentials come along: importing a Twilio number into Vapi sends them to Vapi.
    using TwilioReady = std::function<void(
            TwilioClient *client, const TwilioCredentials &credentials, const QString &error)>;

    virtual void vapiClient(const VapiAccount &account, QObject *context, VapiReady ready) = 0;
    virtual void twilioClient(const TwilioAccount &account, QObject *context, TwilioReady ready)
            = 0;

    // A client for a secret typed in and not stored yet ("Test connection", a key being set),
    // with the same base URLs as every other client: the one place that knows them, so that a
    // sandbox session never reaches the real services. Owned by `parent` (none: the caller).
    virtual VapiClient *newVapiClient(
            const VapiAccount &account, const QString &privateKey, QObject *parent)
            = 0;
    virtual TwilioClient *newTwilioClient(
            const TwilioAccount &account, const QString &secret, QObject *parent)
            = 0;
};

} // namespace Switchboard
