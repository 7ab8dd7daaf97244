// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

namespace Switchboard::Test {

// What a test needs from one HTTP exchange with the sandbox.
struct SandboxReply
{
    int status = 0; // 0: no HTTP response at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Talks to a sandbox the way a client does: Vapi with a Bearer key and JSON, Twilio with HTTP
// Basic and forms. Each call waits for its reply on the event loop (QSignalSpy::wait).
class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl base)
        : m_base(std::move(base))
    { }

    QNetworkAccessManager &network() { return m_network; }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_base.toString(QUrl::RemovePath) + pathAndQuery, QUrl::TolerantMode);
    }

    SandboxReply vapi(const QByteArray &method, const QString &path, const QString &key,
            const QJsonObject &body = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(url(path));
        if (!key.isNull())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QByteArray data;
        if (method == "POST" || method == "PATCH") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return send(request, method, data, timeoutMs);
    }

    SandboxReply twilio(const QByteArray &method, const QString &path, const QString &user,
            const QString &secret, const QList<QPair<QString, QString>> &form = {},
            int timeoutMs = 5000)
    {
        QNetworkRequest request(url(path));
        if (!user.isNull())
            request.setRawHeader("Authorization",
                    "Basic " + QByteArray(user.toUtf8() + ':' + secret.toUtf8()).toBase64());
        QByteArray data;
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArray("application/x-www-form-urlencoded"));
            QStringList pairs;
            for (const auto &[name, value] : form)
                pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                        + QString::fromLatin1(QUrl::toPercentEncoding(value)));
            data = pairs.join(u'&').toLatin1();
        }
        return send(request, method, data, timeoutMs);
    }

    SandboxReply send(QNetworkRequest request, const QByteArray &method, const QByteArray &data,
            int timeoutMs = 5000)
    {
        request.setTransferTimeout(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, data);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 5000);
        SandboxReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace Switchboard::Test
