// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiErrors.h"
#include "core/api/ApiResult.h"
#include "core/api/RestCall.h"
#include "core/api/RestTransport.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Switchboard {

// What VapiClient and TwilioClient share beneath their endpoints: the transport of one account,
// the configuration error that refuses every call of a client set up wrong, and how a call is
// made (a child of the client, so that the client's end cancels it), started from the event loop
// (never finishing inside the caller's own call), and how one resource is fetched and parsed.
// Each client's Private derives from it; the endpoints are theirs.
class RestClientCore
{
public:
    RestClientCore(QObject &owner, QNetworkAccessManager &network, RequestScheduler &scheduler,
            ApiErrors::Provider provider, QString accountKey, RestTransport::RequestBuilder builder,
            QMessageLogger::CategoryFunction category, QStringList secrets);

    // Cancels the calls a client still runs; each finishes once, as cancelled. For the client's
    // destructor.
    static void cancelCalls(QObject &owner);

    // A GET that may be sent again after any failure.
    static RestRequest get(const QUrl &url) { return RestRequest{"GET", url, {}, false, true, {}}; }

    template<typename T>
    TypedCall<T> *newCall(QObject *context, ApiCallback<T> done)
    {
        return new TypedCall<T>(transport, context, std::move(done), &m_owner);
    }

    // Starts `run` from the event loop, or fails the call there when the client's configuration
    // or the caller's input is refused.
    template<typename T>
    ApiCallHandle start(TypedCall<T> *call, std::optional<ApiError> refusal,
            std::function<void(TypedCall<T> *)> run)
    {
        if (!configurationError.isEmpty())
            refusal = ApiErrors::refused(configurationError);
        if (refusal)
            call->startLater([call, error = *refusal] { call->fail(error); });
        else
            call->startLater([call, run = std::move(run)] { run(call); });
        return call;
    }

    // GET that parses one resource; an answer that is not one is malformed.
    template<typename T>
    void getOne(TypedCall<T> *call, const QUrl &url, std::optional<T> (*parse)(const QByteArray &))
    {
        call->send(
                get(url),
                [call, parse, provider = transport.provider()](
                        const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<T> value = parse(reply.body);
                    if (!value)
                        return ApiErrors::malformed(
                                provider, QStringLiteral("the answer is not the expected object"));
                    call->succeed(std::move(*value));
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    }

    RestTransport transport;
    // Set by the client's constructor when its base URL or credentials are unusable: every
    // call then fails with it, from the event loop.
    QString configurationError;

private:
    QObject &m_owner;
};

} // namespace Switchboard
