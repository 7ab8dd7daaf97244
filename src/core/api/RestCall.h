// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/api/ApiResult.h"
#include "core/api/RestTransport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

class HttpAttempt;

// The machinery under every ApiCall of the two clients: one logical request at a time with its
// retries, one finish path, and the caller's context guarded. TypedCall<T> adds the callback.
//
// Lifetime: a call is a child of its client. It finishes exactly once, through beginFinish()/
// endFinish(): with a value, an error, a cancel, or silently when the context object dies
// first. Finishing drops the HTTP attempt in flight and any pending retry, so no continuation
// can run afterwards; the object then deletes itself.
class RestCall : public ApiCall
{
public:
    // Returns std::nullopt when the answer was used (the call went on or finished), or the error
    // that makes the answer unusable (a 2xx with an unreadable body).
    using Accept = std::function<std::optional<ApiError>(const RestReply &)>;
    using Fail = std::function<void(ApiError)>;

    RestCall(RestTransport &transport, QObject *context, QObject *parent);
    ~RestCall() override;

    void cancel() override;
    bool isFinished() const override { return m_finished; }

    // Runs `start` from the event loop, so that no callback ever runs inside the client method
    // that created the call.
    void startLater(std::function<void()> start);

    // Sends one logical request. Idempotent requests are retried after 429, 5xx, resets,
    // timeouts and unreadable answers; a POST only where it cannot have been applied (429, a
    // refused connection). Retries wait per the transport's policy and stop at its budget.
    // Other failures go to `fail` (with ApiError::ambiguous set where the POST may have been
    // applied).
    void send(RestRequest request, Accept accept, Fail fail);

    // Runs `action` after `delayMs`, unless the call finishes first.
    void after(qint64 delayMs, std::function<void()> action);

    virtual void fail(ApiError error) = 0;

    RestTransport &transport() const { return m_transport; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

protected:
    bool beginFinish();
    void endFinish();
    bool contextAlive() const { return !m_hasContext || !m_context.isNull(); }

private:
    struct Exchange;
    void attempt(const std::shared_ptr<Exchange> &exchange);
    void handle(const std::shared_ptr<Exchange> &exchange, const RestReply &reply);
    bool mayRetry(const Exchange &exchange, const RestReply &reply, const ApiError &error) const;

    RestTransport &m_transport;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    bool m_finished = false;
    int m_attempts = 0;
    QElapsedTimer m_elapsed;
    HttpAttempt *m_attempt = nullptr;
    QTimer m_timer;
    std::function<void()> m_timerAction;
};

// A call that delivers an ApiResult<T> to its callback.
template<typename T>
class TypedCall final : public RestCall
{
public:
    TypedCall(RestTransport &transport, QObject *context, ApiCallback<T> done, QObject *parent)
        : RestCall(transport, context, parent)
        , m_done(std::move(done))
    { }

    void succeed(T value) { finish(ApiResult<T>(std::move(value))); }
    void fail(ApiError error) override
    {
        if (error.attempts == 0)
            error.attempts = attempts();
        finish(ApiResult<T>(std::move(error)));
    }

private:
    void finish(const ApiResult<T> &result)
    {
        if (!beginFinish())
            return;
        if (contextAlive() && m_done)
            m_done(result);
        m_done = nullptr;
        endFinish();
    }

    ApiCallback<T> m_done;
};

} // namespace Switchboard
