// SPDX-License-Identifier: Apache-2.0
#include "core/api/TwilioRequestFactory.h"

namespace Switchboard {

TwilioRequestFactory::TwilioRequestFactory(QUrl baseUrl, QString accountSid,
        const QString &username, const QString &secret, std::chrono::milliseconds transferTimeout)
    : m_baseUrl(std::move(baseUrl))
    , m_accountSid(std::move(accountSid))
    , m_authorization("Basic " + (username + u':' + secret).toUtf8().toBase64())
    , m_transferTimeout(transferTimeout)
{ }

QUrl TwilioRequestFactory::accountsUrl(const QueryItems &query) const
{
    return RequestEncoding::resolve(m_baseUrl, QStringLiteral("/2010-04-01/Accounts.json"), query);
}

QUrl TwilioRequestFactory::accountUrl(const QString &subPath, const QueryItems &query) const
{
    return RequestEncoding::resolve(m_baseUrl,
            u"/2010-04-01/Accounts/" + RequestEncoding::segment(m_accountSid) + subPath + u".json",
            query);
}

QUrl TwilioRequestFactory::pageUrl(const QString &nextPageUri) const
{
    const QUrl link(nextPageUri, QUrl::StrictMode);
    QString path = link.path(QUrl::FullyEncoded);
    // A base URL with a path prefix (a sandbox serving both APIs) may already be in the link.
    QString prefix = m_baseUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!prefix.isEmpty() && path.startsWith(prefix + u'/'))
        path = path.mid(prefix.size());
    QUrl url = RequestEncoding::resolve(m_baseUrl, path);
    if (link.hasQuery())
        url.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QNetworkRequest TwilioRequestFactory::request(const QUrl &url, bool formBody) const
{
    QNetworkRequest request(url);
    RequestEncoding::applyCommon(request, m_transferTimeout);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("Accept-Charset"), QByteArrayLiteral("utf-8"));
    if (formBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

} // namespace Switchboard
