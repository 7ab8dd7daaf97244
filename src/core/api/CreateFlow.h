// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiErrors.h"
#include "core/api/RestCall.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

// How one create (POST) is made safe to repeat.
template<typename T>
struct CreateSpec
{
    RestRequest post;
    // The created resource from a 2xx answer; std::nullopt when the body cannot be read.
    std::function<std::optional<T>(const RestReply &)> parse;
    // Lists the resources that carry this create's key (its number, SIP URI, or the name or
    // metadata the request was tagged with), through the call's own GETs.
    std::function<void(std::function<void(QList<T>)> found, RestCall::Fail failed)> lookup;
    std::function<QString(const T &)> idOf;
    // Optional: completes a resource found by the lookup (a list may carry less than the
    // create's answer); it must call back exactly once, with the item as it is if it cannot.
    std::function<void(T, std::function<void(T)>)> refine;
    // The key is not unique by itself (a name the caller chose): look before the first POST
    // too, and afterwards count only what was not there before.
    bool baseline = false;
};

// A create is never sent twice blindly. After an outcome that leaves it open whether the POST
// was applied (timeout, reset, 5xx, an answer cut short), the flow looks for the resource:
// found, the call succeeds with it; not found, the POST is sent again after a backoff, within
// the same attempt count and budget as any request. If the lookup itself fails, the call fails
// with the original error, still marked ambiguous, so the caller knows to look later.
template<typename T>
class CreateFlow : public std::enable_shared_from_this<CreateFlow<T>>
{
public:
    CreateFlow(TypedCall<T> *call, CreateSpec<T> spec)
        : m_call(call)
        , m_spec(std::move(spec))
    { }

    static void run(TypedCall<T> *call, CreateSpec<T> spec)
    {
        auto flow = std::make_shared<CreateFlow<T>>(call, std::move(spec));
        flow->m_started.start();
        flow->begin();
    }

private:
    void begin()
    {
        if (!m_spec.baseline) {
            post();
            return;
        }
        auto self = this->shared_from_this();
        m_spec.lookup(
                [self](const QList<T> &existing) {
                    for (const T &item : existing)
                        self->m_before.insert(self->m_spec.idOf(item));
                    self->post();
                },
                [self](ApiError error) { self->m_call->fail(std::move(error)); });
    }

    void post()
    {
        ++m_posts;
        auto self = this->shared_from_this();
        m_call->send(
                m_spec.post,
                [self](const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<T> created = self->m_spec.parse(reply);
                    if (!created)
                        return ApiErrors::malformed(self->m_call->transport().provider(),
                                QStringLiteral("the answer to a create has no readable resource"));
                    self->m_call->succeed(std::move(*created));
                    return std::nullopt;
                },
                [self](ApiError error) { self->onPostFailed(std::move(error)); });
    }

    void onPostFailed(ApiError error)
    {
        if (!error.ambiguous) {
            m_call->fail(std::move(error));
            return;
        }
        const auto category = m_call->transport().category();
        qCInfo(category).noquote()
                << "create" << m_spec.post.url.toDisplayString() << "ended without a clear answer ("
                << ApiError::categoryName(error.category)
                << "); looking for the resource before sending it again";
        auto self = this->shared_from_this();
        m_spec.lookup(
                [self, error](const QList<T> &found) {
                    for (const T &item : found) {
                        const QString id = self->m_spec.idOf(item);
                        if (self->m_before.contains(id))
                            continue;
                        qCInfo(self->m_call->transport().category()).noquote()
                                << "the create had happened: found" << id;
                        if (!self->m_spec.refine) {
                            self->m_call->succeed(item);
                            return;
                        }
                        self->m_spec.refine(item,
                                [self](T refined) { self->m_call->succeed(std::move(refined)); });
                        return;
                    }
                    self->retryOrFail(error);
                },
                [self, error](const ApiError &lookupError) {
                    qCInfo(self->m_call->transport().category()).noquote()
                            << "could not look for the created resource:"
                            << ApiError::categoryName(lookupError.category);
                    self->m_call->fail(error); // still ambiguous: the caller must look later
                });
    }

    void retryOrFail(ApiError error)
    {
        error.ambiguous = false; // we looked: it was not created
        const ApiCallPolicy &policy = m_call->transport().policy();
        if (m_posts >= policy.maxAttempts) {
            m_call->fail(std::move(error));
            return;
        }
        const qint64 delay = m_call->transport().backoffMs(m_posts - 1, error.retryAfterMs);
        if (m_started.elapsed() + delay > policy.budget.count()) {
            m_call->fail(std::move(error));
            return;
        }
        qCInfo(m_call->transport().category()).noquote()
                << "not created; sending the create again in" << delay << "ms";
        auto self = this->shared_from_this();
        m_call->after(delay, [self] { self->post(); });
    }

    TypedCall<T> *m_call;
    CreateSpec<T> m_spec;
    QSet<QString> m_before;
    int m_posts = 0;
    QElapsedTimer m_started;
};

} // namespace Switchboard
