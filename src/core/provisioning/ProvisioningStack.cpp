// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningStack.h"

#include "core/api/RequestScheduler.h"
#include "core/provisioning/CredentialClientProvider.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/workspace/Workspace.h"

#include <QNetworkAccessManager>

namespace Switchboard {

ProvisioningStack::ProvisioningStack(Workspace &workspace, const Options &options)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_scheduler(std::make_unique<RequestScheduler>())
    , m_clients(std::make_unique<CredentialClientProvider>(
              *m_network, *m_scheduler, workspace.credentials()))
{
    m_clients->setBaseUrlOverrides(options.vapiBaseUrl, options.twilioBaseUrl);
    ProvisioningServices services = workspace.services();
    services.clients = m_clients.get();
    if (options.clock)
        services.clock = options.clock;
    m_engine = std::make_unique<ProvisioningEngine>(services);
}

// The engine's jobs use the clients, which use the manager: gone in that order.
ProvisioningStack::~ProvisioningStack()
{
    m_engine.reset();
    m_clients.reset();
}

const ProvisioningServices &ProvisioningStack::services() const
{
    return m_engine->services();
}

} // namespace Switchboard
