// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ProvisioningServices.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Switchboard {

class CredentialClientProvider;
class ProvisioningEngine;
class RequestScheduler;
class Workspace;

// The network side of a workspace, assembled one way for the console, the CLI, the benchmarks
// and the tests: one QNetworkAccessManager, one RequestScheduler, the API clients over the
// workspace's credentials, and the provisioning engine over its stores.
class ProvisioningStack
{
public:
    struct Options
    {
        // Base URLs for every client (--vapi-url, --twilio-url, an embedded sandbox); empty:
        // the accounts' own, else the real services.
        QUrl vapiBaseUrl;
        QUrl twilioBaseUrl;
        // The engine's clock (tests move it); empty: the system's, in UTC.
        std::function<QDateTime()> clock;
    };

    explicit ProvisioningStack(Workspace &workspace, const Options &options = {});
    ~ProvisioningStack();
    ProvisioningStack(const ProvisioningStack &) = delete;
    ProvisioningStack &operator=(const ProvisioningStack &) = delete;

    QNetworkAccessManager &network() const { return *m_network; }
    CredentialClientProvider &clients() const { return *m_clients; }
    ProvisioningEngine &engine() const { return *m_engine; }
    // The engine's services: the workspace's stores, these clients, the engine's directory.
    const ProvisioningServices &services() const;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<CredentialClientProvider> m_clients;
    std::unique_ptr<ProvisioningEngine> m_engine;
};

} // namespace Switchboard
