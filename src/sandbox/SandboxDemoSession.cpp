// SPDX-License-Identifier: Apache-2.0
#include "sandbox/SandboxDemoSession.h"

#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretJob.h"
#include "core/workspace/Workspace.h"
#include "sandbox/SandboxDemo.h"
#include "sandbox/SandboxServer.h"

#include <QTimer>

namespace Switchboard::Sandbox {

SandboxDemoSession::SandboxDemoSession(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_server(std::make_unique<SandboxServer>(World::demo()))
{ }

SandboxDemoSession::~SandboxDemoSession() = default;

QUrl SandboxDemoSession::baseUrl() const
{
    return m_server->baseUrl();
}

void SandboxDemoSession::start()
{
    QTimer::singleShot(0, this, [this] {
        QString error;
        if (!m_server->listen(QHostAddress::LocalHost, 0, &error)) {
            finish(tr("The sandbox cannot listen on loopback: %1").arg(error));
            return;
        }
        storeSecrets();
    });
}

void SandboxDemoSession::storeSecrets()
{
    SandboxDemo::Secrets secrets;
    QString error;
    if (!SandboxDemo::seedWorkspace(m_server->state().world(), m_workspace.database(),
                m_workspace.organizations(), m_workspace.accounts(), m_workspace.pool(), &secrets,
                &error)) {
        finish(error);
        return;
    }
    m_pendingSecrets = int(secrets.size());
    if (m_pendingSecrets == 0) {
        finish(QString());
        return;
    }
    for (const auto &[key, value] : std::as_const(secrets)) {
        SecretJob *job = m_workspace.credentials().set(key, value);
        job->then(this, [this](SecretJob *stored) {
            if (stored->error()) {
                finish(stored->error().message);
                return;
            }
            if (--m_pendingSecrets == 0)
                finish(QString());
        });
    }
}

void SandboxDemoSession::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace Switchboard::Sandbox
