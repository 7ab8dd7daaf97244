// SPDX-License-Identifier: Apache-2.0
#include "core/api/RestTransport.h"

#include "core/api/Redaction.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Switchboard {

RestTransport::RestTransport(QNetworkAccessManager &network, RequestScheduler &scheduler,
        ApiErrors::Provider provider, QString accountKey, RequestBuilder builder,
        QMessageLogger::CategoryFunction category, QStringList secrets)
    : m_network(network)
    , m_scheduler(scheduler)
    , m_provider(provider)
    , m_accountKey(std::move(accountKey))
    , m_builder(std::move(builder))
    , m_category(category)
    , m_secrets(std::move(secrets))
    , m_random(QRandomGenerator::securelySeeded())
{ }

void RestTransport::setPolicy(const ApiCallPolicy &policy)
{
    m_policy = policy;
    m_random = policy.jitterSeed ? QRandomGenerator(*policy.jitterSeed)
                                 : QRandomGenerator::securelySeeded();
}

qint64 RestTransport::backoffMs(int retryIndex, qint64 retryAfterMs)
{
    const qint64 base = std::max<qint64>(0, m_policy.backoffBase.count());
    const qint64 cap = std::max<qint64>(0, m_policy.backoffCap.count());
    const int shift = std::clamp(retryIndex, 0, 30);
    const qint64 ceiling = std::min(cap, base << shift);
    const qint64 jitter = ceiling > 0 ? qint64(m_random.bounded(quint64(ceiling) + 1)) : 0;
    return std::max(jitter, retryAfterMs);
}

ApiError RestTransport::errorFor(const RestReply &reply, const RestRequest &request) const
{
    const QUrl &url = request.url;
    ApiError error = reply.isHttpAnswer()
            ? ApiErrors::fromHttp(m_provider, reply.httpStatus, reply.body)
            : ApiErrors::fromNetwork(m_provider, reply.networkError, reply.timedOut, url.host());
    error.retryAfterMs = reply.retryAfterMs;
    error.providerMessage = redacted(error.providerMessage, request.secrets);
    return error;
}

QString RestTransport::hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.host() + u':' + QString::number(url.port(defaultPort));
}

QString RestTransport::redacted(const QString &text, const QStringList &more) const
{
    return Redaction::values(Redaction::values(text, m_secrets), more);
}

QByteArray RestTransport::redactedBody(
        const QByteArray &body, bool form, const QStringList &more) const
{
    const QByteArray masked = form ? Redaction::form(body) : Redaction::json(body);
    return redacted(QString::fromUtf8(masked), more).toUtf8();
}

} // namespace Switchboard
