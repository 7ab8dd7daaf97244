// SPDX-License-Identifier: Apache-2.0
#include "core/api/RestCall.h"

#include "core/api/ApiErrors.h"
#include "core/api/HttpAttempt.h"

#include <algorithm>
#include <limits>

namespace Switchboard {

struct RestCall::Exchange
{
    RestRequest request;
    Accept accept;
    Fail fail;
    int attempts = 0;
    bool ambiguousBefore = false; // an earlier attempt may have been applied
    QElapsedTimer started;
};

RestCall::RestCall(RestTransport &transport, QObject *context, QObject *parent)
    : ApiCall(parent)
    , m_transport(transport)
    , m_context(context)
    , m_hasContext(context != nullptr)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        std::function<void()> action = std::move(m_timerAction);
        m_timerAction = nullptr;
        if (action && !m_finished)
            action();
    });
    if (context) {
        Q_ASSERT_X(context->thread() == thread(), "RestCall",
                "the context object must live in the client's thread");
        // The caller is gone: finish without running its callback (QPointer is already
        // cleared when destroyed() is emitted).
        connect(context, &QObject::destroyed, this, [this] {
            if (!m_finished)
                fail(ApiErrors::cancelled());
        });
    }
}

RestCall::~RestCall()
{
    // A client destroys its unfinished calls only after cancelling them.
    Q_ASSERT_X(m_finished, "RestCall", "an API call was destroyed before it finished");
}

void RestCall::cancel()
{
    if (m_finished)
        return;
    ApiError error = ApiErrors::cancelled();
    // A request with effects cancelled while on the wire may have been applied anyway.
    error.ambiguous = m_attempt && m_attempt->sent() && m_attempt->request().method != "GET";
    fail(error);
}

void RestCall::startLater(std::function<void()> start)
{
    QMetaObject::invokeMethod(
            this,
            [this, start = std::move(start)] {
                if (!m_finished)
                    start();
            },
            Qt::QueuedConnection);
}

void RestCall::after(qint64 delayMs, std::function<void()> action)
{
    m_timerAction = std::move(action);
    m_timer.start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

bool RestCall::beginFinish()
{
    Q_ASSERT_X(!m_finished, "RestCall", "an API call finished twice");
    if (m_finished)
        return false;
    m_finished = true;
    delete m_attempt; // aborts a request in flight without a report, and frees its slot
    m_attempt = nullptr;
    m_timer.stop();
    m_timerAction = nullptr;
    return true;
}

void RestCall::endFinish()
{
    Q_EMIT finished();
    deleteLater();
}

void RestCall::send(RestRequest request, Accept accept, Fail fail)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = std::move(request);
    exchange->accept = std::move(accept);
    exchange->fail = std::move(fail);
    exchange->started.start();
    attempt(exchange);
}

void RestCall::attempt(const std::shared_ptr<Exchange> &exchange)
{
    if (m_finished)
        return;
    ++exchange->attempts;
    ++m_attempts;
    m_attempt = new HttpAttempt(
            m_transport, exchange->request, exchange->attempts,
            [this, exchange](const RestReply &reply) {
                m_attempt->deleteLater();
                m_attempt = nullptr;
                handle(exchange, reply);
            },
            this);
}

void RestCall::handle(const std::shared_ptr<Exchange> &exchange, const RestReply &reply)
{
    const RestRequest &request = exchange->request;
    const bool isGet = request.method == "GET";
    ApiError error;
    if (reply.isSuccess()) {
        std::optional<ApiError> unusable = exchange->accept(reply);
        if (!unusable)
            return;
        error = *unusable;
        error.httpStatus = reply.httpStatus;
        error.ambiguous = !isGet; // applied, but its answer did not arrive whole
    } else {
        error = m_transport.errorFor(reply, request);
        if (!request.retrySafe && error.category == ApiError::Category::Server)
            error.ambiguous = true; // a 5xx after a create does not prove it was not applied
        if (isGet)
            error.ambiguous = false;
    }
    error.attempts = m_attempts;

    // A DELETE whose earlier attempt may have been applied: "not found" now means it was.
    if (request.method == "DELETE" && exchange->ambiguousBefore
            && error.category == ApiError::Category::NotFound) {
        qCDebug(m_transport.category()).noquote()
                << "DELETE" << request.url.toDisplayString()
                << "answered 404 after an attempt with no answer: it was deleted then";
        RestReply done;
        done.httpStatus = 204;
        done.sent = true;
        if (!exchange->accept(done))
            return;
    }
    exchange->ambiguousBefore = exchange->ambiguousBefore || error.ambiguous;

    if (mayRetry(*exchange, reply, error)) {
        const qint64 delay = m_transport.backoffMs(exchange->attempts - 1, reply.retryAfterMs);
        const qint64 budget = m_transport.policy().budget.count();
        if (exchange->started.elapsed() + delay <= budget) {
            qCDebug(m_transport.category()).noquote()
                    << "retrying" << request.method << request.url.toDisplayString() << "in"
                    << delay << "ms after" << ApiError::categoryName(error.category)
                    << reply.httpStatus << "(attempt" << exchange->attempts + 1 << "of"
                    << m_transport.policy().maxAttempts << ")";
            after(delay, [this, exchange] { attempt(exchange); });
            return;
        }
        qCDebug(m_transport.category()).noquote()
                << "not retrying" << request.method << request.url.toDisplayString()
                << ": the wait of" << delay << "ms would exceed the budget of" << budget << "ms";
    }
    const Fail onFail = exchange->fail;
    onFail(std::move(error));
}

bool RestCall::mayRetry(
        const Exchange &exchange, const RestReply &reply, const ApiError &error) const
{
    Q_UNUSED(reply);
    if (exchange.attempts >= m_transport.policy().maxAttempts)
        return false;
    const bool safe = exchange.request.retrySafe;
    switch (error.category) {
    case ApiError::Category::RateLimited:
        return true; // a 429 was not processed, also for a POST
    case ApiError::Category::Server:
    case ApiError::Category::Timeout:
    case ApiError::Category::Malformed:
        return safe;
    case ApiError::Category::Network:
        return safe || !error.ambiguous; // a refused connection never reached the server
    default:
        return false;
    }
}

} // namespace Switchboard
