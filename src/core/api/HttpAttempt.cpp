// SPDX-License-Identifier: Apache-2.0
#include "core/api/HttpAttempt.h"

#include "core/api/ApiErrors.h"
#include "core/api/OneShotBody.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Switchboard {
namespace {

// Qt reports an HTTP error status as a NetworkError too; these mean "an HTTP answer came".
// Everything else (reset, closed early, timeout, TLS) means the answer, if any, is not whole.
bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError
            || (error >= QNetworkReply::ContentAccessDenied
                    && error <= QNetworkReply::UnknownContentError
                    && error != QNetworkReply::ContentReSendError)
            || error == QNetworkReply::ProtocolInvalidOperationError
            || (error >= QNetworkReply::InternalServerError
                    && error <= QNetworkReply::UnknownServerError);
}

} // namespace

HttpAttempt::HttpAttempt(RestTransport &transport, RestRequest request, int attemptNumber,
        Done done, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_attemptNumber(attemptNumber)
    , m_done(std::move(done))
{
    m_ticketHeld = true;
    m_ticket = m_transport.scheduler().enqueue(RestTransport::hostKey(m_request.url),
            m_transport.accountKey(), this,
            [this](RequestScheduler::Ticket ticket) { start(ticket); });
}

HttpAttempt::~HttpAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    releaseTicket();
}

void HttpAttempt::releaseTicket()
{
    if (!m_ticketHeld)
        return;
    m_ticketHeld = false;
    m_transport.scheduler().release(m_ticket);
}

void HttpAttempt::start(RequestScheduler::Ticket ticket)
{
    m_ticket = ticket;
    m_sent = true;
    m_elapsed.start();
    const QNetworkRequest networkRequest = m_transport.networkRequest(m_request);
    qCDebug(m_transport.category()).noquote()
            << "->" << m_request.method << m_request.url.toDisplayString() << "attempt"
            << m_attemptNumber
            << (m_request.body.isEmpty() ? QByteArray()
                                         : m_transport.redactedBody(m_request.body,
                                                 m_request.formBody, m_request.secrets));
    QNetworkAccessManager &network = m_transport.network();
    if (m_request.method == "GET") {
        m_reply = network.get(networkRequest); // Qt may silently resend a GET: harmless
    } else {
        // A body Qt cannot rewind, so it cannot send a create (or a delete, or an update) again
        // behind our back after a dropped connection (see OneShotBody): every repeat of a
        // request with effects is ours, decided by the retry and reconciliation rules. The
        // length is given so that Qt need not buffer the body either.
        QNetworkRequest once = networkRequest;
        once.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body);
        m_reply = network.sendCustomRequest(once, m_request.method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpAttempt::onFinished);
}

void HttpAttempt::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    releaseTicket();

    RestReply result;
    result.sent = true;
    result.networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Our transfer timeout aborts the reply; a cancel never reaches here (the reply is
    // disconnected first), so a cancelled operation means the timeout struck.
    result.timedOut = result.networkError == QNetworkReply::OperationCanceledError
            || result.networkError == QNetworkReply::TimeoutError;
    if (status > 0 && isHttpLevelError(result.networkError)) {
        result.httpStatus = status;
        result.body = reply->readAll();
        result.retryAfterMs
                = ApiErrors::retryAfterMs(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                        QDateTime::currentDateTimeUtc());
    }
    result.requestId = reply->rawHeader(QByteArrayLiteral("twilio-request-id"));
    if (result.requestId.isEmpty())
        result.requestId = reply->rawHeader(QByteArrayLiteral("x-request-id"));

    if (result.isHttpAnswer()) {
        qCDebug(m_transport.category()).noquote()
                << "<-" << result.httpStatus << m_request.method << m_request.url.toDisplayString()
                << "in" << m_elapsed.elapsed() << "ms" << result.requestId
                << (result.retryAfterMs > 0 ? "retry-after "
                                           + QByteArray::number(result.retryAfterMs) + " ms"
                                            : QByteArray())
                << m_transport.redactedBody(result.body, false, m_request.secrets).left(4000);
    } else {
        qCDebug(m_transport.category()).noquote()
                << "<- failed" << m_request.method << m_request.url.toDisplayString() << "in"
                << m_elapsed.elapsed() << "ms:" << result.networkError
                << (result.timedOut ? "(transfer timeout)" : "");
    }
    // The owner may delete this attempt from the callback.
    const Done done = std::move(m_done);
    done(result);
}

} // namespace Switchboard
