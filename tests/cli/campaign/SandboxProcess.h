// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>

// A switchboard-sandbox in a process of its own, with its state in a file (--state) and its
// control endpoint (docs/SANDBOX.md) reached over HTTP. Every call has a timeout.
namespace Campaign {

class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments, const QString &stateFile,
            QString *error);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString baseUrl() const { return m_baseUrl; }
    QString stderrText();

    // POST /__sandbox/faults {"spec"}; the rules added.
    bool addFaults(const QString &spec, QString *error);
    // GET /__sandbox/faults
    QJsonArray faults(QString *error);
    // DELETE /__sandbox/faults
    bool clearFaults(QString *error);
    // GET /__sandbox/requests?since=N: appended to requests(), so that the log's capacity
    // never loses an entry as long as this is called often enough.
    bool collectRequests(QString *error);
    const QList<QJsonObject> &requests() const { return m_requests; }
    // GET /__sandbox/summary
    QJsonObject summary(QString *error);
    // The --state file as the sandbox last wrote it.
    QJsonObject readState(QString *error) const;

private:
    // One call to the control endpoint; false (and *error) on a timeout, a transport error or
    // another status than expected.
    bool call(const QByteArray &method, const QString &path, const QByteArray &body,
            int expectedStatus, QJsonDocument *answer, QString *error);

    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QString m_stateFile;
    qint64 m_lastSequence = 0;
    QList<QJsonObject> m_requests;
};

} // namespace Campaign
