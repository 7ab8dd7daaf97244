// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCallPolicy.h"
#include "core/provisioning/ApiClientProvider.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Switchboard {

class CredentialService;
class RequestScheduler;
class SecretKey;

// The product's ApiClientProvider: reads each account's secret through the CredentialService
// (keychain, or the environment for the workspace's own accounts), and keeps one client per
// account and secret. After a rotation or removal, new calls get a client with the new one.
class CredentialClientProvider
    : public QObject
    , public ApiClientProvider
{
    Q_OBJECT

public:
    CredentialClientProvider(QNetworkAccessManager &network, RequestScheduler &scheduler,
            CredentialService &credentials, QObject *parent = nullptr);
    ~CredentialClientProvider() override;

    // Base URLs for every client this provider makes, whatever an account's own says
    // (--vapi-url, --twilio-url, the embedded sandbox of `switchboard --sandbox`). Empty: the
    // account's own base URL, else the real services (Vapi by the account's region).
    void setBaseUrlOverrides(const QUrl &vapi, const QUrl &twilio);
    // Timeouts and retries of the clients made from now on (tests shrink them).
    void setCallPolicy(const ApiCallPolicy &policy) { m_policy = policy; }

    void vapiClient(const VapiAccount &account, QObject *context, VapiReady ready) override;
    void twilioClient(const TwilioAccount &account, QObject *context, TwilioReady ready) override;
    VapiClient *newVapiClient(
            const VapiAccount &account, const QString &privateKey, QObject *parent) override;
    TwilioClient *newTwilioClient(
            const TwilioAccount &account, const QString &secret, QObject *parent) override;

private:
    QUrl vapiBaseUrl(const VapiAccount &account) const;
    QUrl twilioBaseUrl(const TwilioAccount &account) const;
    void forget(const SecretKey &key);

    QNetworkAccessManager &m_network;
    RequestScheduler &m_scheduler;
    CredentialService &m_credentials;
    QUrl m_vapiOverride;
    QUrl m_twilioOverride;
    std::optional<ApiCallPolicy> m_policy;
    // Keyed by the secret's key name; the client holds the secret it was built with.
    QHash<QString, VapiClient *> m_vapiClients;
    QHash<QString, std::pair<TwilioClient *, TwilioCredentials>> m_twilioClients;
};

} // namespace Switchboard
