// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/CredentialClientProvider.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"

#include <QPointer>

namespace Switchboard {

CredentialClientProvider::CredentialClientProvider(QNetworkAccessManager &network,
        RequestScheduler &scheduler, CredentialService &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_scheduler(scheduler)
    , m_credentials(credentials)
{
    connect(&m_credentials, &CredentialService::secretChanged, this,
            &CredentialClientProvider::forget);
}

CredentialClientProvider::~CredentialClientProvider() = default;

void CredentialClientProvider::setBaseUrlOverrides(const QUrl &vapi, const QUrl &twilio)
{
    m_vapiOverride = vapi;
    m_twilioOverride = twilio;
    qDeleteAll(m_vapiClients);
    m_vapiClients.clear();
    for (const auto &entry : std::as_const(m_twilioClients))
        delete entry.first;
    m_twilioClients.clear();
}

// An override wins over an account's own base URL: in a sandbox session nothing may reach
// the real services, whatever the workspace says.
QUrl CredentialClientProvider::vapiBaseUrl(const VapiAccount &account) const
{
    if (!m_vapiOverride.isEmpty())
        return m_vapiOverride;
    if (!account.baseUrl.isEmpty())
        return QUrl(account.baseUrl);
    return account.region == Region::Eu ? ApiEndpoint::vapiEu() : ApiEndpoint::vapiUs();
}

QUrl CredentialClientProvider::twilioBaseUrl(const TwilioAccount &account) const
{
    if (!m_twilioOverride.isEmpty())
        return m_twilioOverride;
    if (!account.baseUrl.isEmpty())
        return QUrl(account.baseUrl);
    return ApiEndpoint::twilio();
}

VapiClient *CredentialClientProvider::newVapiClient(
        const VapiAccount &account, const QString &privateKey, QObject *parent)
{
    auto *client = new VapiClient(m_network, m_scheduler,
            VapiCredentials{vapiBaseUrl(account), privateKey, QStringLiteral("vapi/new-key")},
            parent);
    if (m_policy)
        client->setCallPolicy(*m_policy);
    return client;
}

TwilioClient *CredentialClientProvider::newTwilioClient(
        const TwilioAccount &account, const QString &secret, QObject *parent)
{
    TwilioCredentials credentials;
    credentials.baseUrl = twilioBaseUrl(account);
    credentials.accountSid = account.accountSid;
    credentials.username
            = account.authMode == TwilioAuthMode::ApiKey ? account.apiKeySid : account.accountSid;
    credentials.secret = secret;
    credentials.accountKey = QStringLiteral("twilio/new-key");
    auto *client = new TwilioClient(m_network, m_scheduler, credentials, parent);
    if (m_policy)
        client->setCallPolicy(*m_policy);
    return client;
}

void CredentialClientProvider::forget(const SecretKey &key)
{
    // New calls get a client with the new secret. The old client is not deleted here: a job
    // may be in the middle of a call with it; it goes with the provider.
    m_vapiClients.remove(key.toString());
    m_twilioClients.remove(key.toString());
}

void CredentialClientProvider::vapiClient(
        const VapiAccount &account, QObject *context, VapiReady ready)
{
    const SecretKey key = SecretKey::forAccount(account);
    if (VapiClient *cached = m_vapiClients.value(key.toString())) {
        ready(cached, {});
        return;
    }
    const QUrl baseUrl = vapiBaseUrl(account);
    const QString accountKey = QStringLiteral("vapi/%1").arg(account.id);
    SecretJob *job = m_credentials.read(key);
    QPointer<QObject> guard(context);
    job->then(this, [this, key, baseUrl, accountKey, guard, ready](SecretJob *finished) {
        if (!guard)
            return;
        if (finished->error()) {
            ready(nullptr,
                    tr("the Vapi private key (%1): %2")
                            .arg(key.toString(), finished->error().message));
            return;
        }
        VapiClient *client = m_vapiClients.value(key.toString());
        if (!client) {
            client = new VapiClient(m_network, m_scheduler,
                    VapiCredentials{baseUrl, finished->value(), accountKey}, this);
            m_vapiClients.insert(key.toString(), client);
        }
        const QString problem = client->configurationError();
        ready(problem.isEmpty() ? client : nullptr, problem);
    });
}

void CredentialClientProvider::twilioClient(
        const TwilioAccount &account, QObject *context, TwilioReady ready)
{
    const SecretKey key = SecretKey::forAccount(account);
    if (m_twilioClients.contains(key.toString())) {
        const auto &[cached, credentials] = m_twilioClients[key.toString()];
        ready(cached, credentials, {});
        return;
    }
    TwilioCredentials credentials;
    credentials.baseUrl = twilioBaseUrl(account);
    credentials.accountSid = account.accountSid;
    credentials.username
            = account.authMode == TwilioAuthMode::ApiKey ? account.apiKeySid : account.accountSid;
    credentials.accountKey = QStringLiteral("twilio/%1").arg(account.accountSid);
    SecretJob *job = m_credentials.read(key);
    QPointer<QObject> guard(context);
    job->then(this, [this, key, credentials, guard, ready](SecretJob *finished) mutable {
        if (!guard)
            return;
        if (finished->error()) {
            ready(nullptr, {},
                    tr("the Twilio secret (%1): %2")
                            .arg(key.toString(), finished->error().message));
            return;
        }
        credentials.secret = finished->value();
        if (!m_twilioClients.contains(key.toString()))
            m_twilioClients.insert(key.toString(),
                    {new TwilioClient(m_network, m_scheduler, credentials, this), credentials});
        const auto &[client, stored] = m_twilioClients[key.toString()];
        const QString problem = client->configurationError();
        ready(problem.isEmpty() ? client : nullptr, stored, problem);
    });
}

} // namespace Switchboard
