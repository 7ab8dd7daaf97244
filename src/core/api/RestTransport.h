// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCallPolicy.h"
#include "core/api/ApiErrors.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Switchboard {

class RequestScheduler;

// One HTTP request as a client builds it.
struct RestRequest
{
    QByteArray method; // GET, POST, PATCH, DELETE
    QUrl url;
    QByteArray body;
    bool formBody = false; // Twilio: form-encoded; otherwise a body is JSON
    // May be sent again after any failure: GET, PATCH, DELETE and Twilio's update POSTs (which
    // set fields to given values). Creates are not: they go through reconciliation.
    bool retrySafe = false;
    QStringList secrets; // values in this request that logs and messages must never show
};

// What came back for one attempt: an HTTP answer (httpStatus > 0) or a failure below HTTP.
struct RestReply
{
    int httpStatus = 0;
    QByteArray body;
    qint64 retryAfterMs = 0;
    QByteArray requestId; // twilio-request-id / x-request-id, for the log
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    bool sent = false; // the request was handed to the network (false: still queued)

    bool isHttpAnswer() const { return httpStatus > 0; }
    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
};

// What one client (one account) needs to send requests: the shared network manager and
// scheduler, its request factory, its logging category, the secrets its logs must never show,
// its error mapping and its retry policy with the jitter's random source.
class RestTransport
{
public:
    using RequestBuilder = std::function<QNetworkRequest(const RestRequest &)>;

    RestTransport(QNetworkAccessManager &network, RequestScheduler &scheduler,
            ApiErrors::Provider provider, QString accountKey, RequestBuilder builder,
            QMessageLogger::CategoryFunction category, QStringList secrets);

    QNetworkAccessManager &network() const { return m_network; }
    RequestScheduler &scheduler() const { return m_scheduler; }
    ApiErrors::Provider provider() const { return m_provider; }
    const QString &accountKey() const { return m_accountKey; }
    QMessageLogger::CategoryFunction category() const { return m_category; }
    QNetworkRequest networkRequest(const RestRequest &request) const { return m_builder(request); }

    const ApiCallPolicy &policy() const { return m_policy; }
    void setPolicy(const ApiCallPolicy &policy);

    // Full jitter: uniform in [0, min(cap, base * 2^retryIndex)], and not below Retry-After.
    qint64 backoffMs(int retryIndex, qint64 retryAfterMs);
    // The ApiError for a failed attempt, with secrets removed from the provider's message.
    ApiError errorFor(const RestReply &reply, const RestRequest &request) const;

    static QString hostKey(const QUrl &url); // "host:port", the scheduler's per-host key

    QString redacted(const QString &text, const QStringList &more = {}) const;
    QByteArray redactedBody(const QByteArray &body, bool form, const QStringList &more = {}) const;

private:
    QNetworkAccessManager &m_network;
    RequestScheduler &m_scheduler;
    ApiErrors::Provider m_provider;
    QString m_accountKey;
    RequestBuilder m_builder;
    QMessageLogger::CategoryFunction m_category;
    QStringList m_secrets;
    ApiCallPolicy m_policy;
    QRandomGenerator m_random;
};

} // namespace Switchboard
