// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Switchboard {
class Workspace;
}

namespace Switchboard::Sandbox {

class SandboxServer;

// `switchboard --sandbox` and `switchboard-cli --sandbox`, started one way: the embedded
// sandbox with the demo world on loopback, the workspace seeded to match it (SandboxDemo), and
// the demo's keys in the workspace's secret store (which must be in memory: demo keys never
// reach a keychain). finished() is emitted exactly once, after start() has returned; the
// server keeps serving for as long as this object lives.
class SandboxDemoSession : public QObject
{
    Q_OBJECT

public:
    explicit SandboxDemoSession(Workspace &workspace, QObject *parent = nullptr);
    ~SandboxDemoSession() override;

    void start();
    // After finished(): why the demo could not start; empty when it did.
    QString error() const { return m_error; }
    // Where both APIs are served (valid once started).
    QUrl baseUrl() const;
    SandboxServer &server() const { return *m_server; }

Q_SIGNALS:
    void finished();

private:
    void storeSecrets();
    void finish(const QString &error);

    Workspace &m_workspace;
    std::unique_ptr<SandboxServer> m_server;
    QString m_error;
    int m_pendingSecrets = 0;
    bool m_finished = false;
};

} // namespace Switchboard::Sandbox
