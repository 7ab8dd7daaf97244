// SPDX-License-Identifier: Apache-2.0
#include "SandboxProcess.h"

#include "CliRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace Campaign {

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &program, const QStringList &arguments,
        const QString &stateFile, QString *error)
{
    m_stateFile = stateFile;
    m_process.setReadChannel(QProcess::StandardOutput);
    dieWithParent(m_process);
    m_process.start(program, arguments + QStringList{QStringLiteral("--state"), stateFile});
    if (!m_process.waitForStarted(15000)) {
        *error = QStringLiteral("switchboard-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_process.canReadLine() && clock.elapsed() < 15000
            && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process.readLine());
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral(R"(http://127\.0\.0\.1:\d+)")).match(line);
    if (!url.hasMatch()) {
        *error = QStringLiteral("switchboard-sandbox did not say where it listens: %1 %2")
                         .arg(line, stderrText());
        stop();
        return false;
    }
    m_baseUrl = url.captured();
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString SandboxProcess::stderrText()
{
    return QString::fromUtf8(m_process.readAllStandardError()).trimmed();
}

bool SandboxProcess::call(const QByteArray &method, const QString &path, const QByteArray &body,
        int expectedStatus, QJsonDocument *answer, QString *error)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // transferTimeout's backstop
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->isFinished() ? reply->readAll() : QByteArray();
    const bool finished = reply->isFinished();
    reply->abort();
    reply->deleteLater();
    if (!finished || status != expectedStatus) {
        *error = QStringLiteral("%1 %2: %3 (%4)")
                         .arg(QString::fromLatin1(method), path,
                                 finished ? QStringLiteral("status %1").arg(status)
                                          : QStringLiteral("no answer in 20 s"),
                                 QString::fromUtf8(data.left(300)));
        return false;
    }
    if (answer && !data.isEmpty())
        *answer = QJsonDocument::fromJson(data);
    return true;
}

bool SandboxProcess::addFaults(const QString &spec, QString *error)
{
    const QByteArray body = QJsonDocument(
            QJsonObject{{QStringLiteral("spec"),
                    spec}}).toJson(QJsonDocument::Compact);
    return call("POST", QStringLiteral("/__sandbox/faults"), body, 201, nullptr, error);
}

QJsonArray SandboxProcess::faults(QString *error)
{
    QJsonDocument answer;
    if (!call("GET", QStringLiteral("/__sandbox/faults"), {}, 200, &answer, error))
        return {};
    return answer.object().value(QStringLiteral("faults")).toArray();
}

bool SandboxProcess::clearFaults(QString *error)
{
    return call("DELETE", QStringLiteral("/__sandbox/faults"), {}, 204, nullptr, error);
}

bool SandboxProcess::collectRequests(QString *error)
{
    QJsonDocument answer;
    if (!call("GET", QStringLiteral("/__sandbox/requests?since=%1").arg(m_lastSequence), {}, 200,
                &answer, error))
        return false;
    const QJsonArray entries = answer.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue entry : entries) {
        const qint64 sequence = entry[QStringLiteral("sequence")].toInteger();
        if (sequence != m_lastSequence + 1) {
            *error = QStringLiteral("the request log skipped from %1 to %2: entries were lost")
                             .arg(m_lastSequence)
                             .arg(sequence);
            m_lastSequence = sequence;
            m_requests.append(entry.toObject());
            return false;
        }
        m_lastSequence = sequence;
        m_requests.append(entry.toObject());
    }
    return true;
}

QJsonObject SandboxProcess::summary(QString *error)
{
    QJsonDocument answer;
    if (!call("GET", QStringLiteral("/__sandbox/summary"), {}, 200, &answer, error))
        return {};
    return answer.object();
}

QJsonObject SandboxProcess::readState(QString *error) const
{
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("state file %1: %2").arg(m_stateFile, file.errorString());
        return {};
    }
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!document.isObject()) {
        *error = QStringLiteral("state file %1: %2").arg(m_stateFile, parse.errorString());
        return {};
    }
    return document.object();
}

} // namespace Campaign
