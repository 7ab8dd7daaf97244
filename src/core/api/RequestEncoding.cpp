// SPDX-License-Identifier: Apache-2.0
#include "core/api/RequestEncoding.h"

namespace Switchboard::RequestEncoding {

QByteArray encode(const QueryItems &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QUrl resolve(const QUrl &base, const QString &path, const QueryItems &query)
{
    QUrl url;
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encode(query)), QUrl::StrictMode);
    return url;
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Switchboard/" SWITCHBOARD_VERSION);
}

void applyCommon(QNetworkRequest &request, std::chrono::milliseconds transferTimeout)
{
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Answers can carry secrets (a subaccount's auth_token, an imported number's credentials):
    // never keep them in a cache.
    request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/1.1 only: the one protocol the sandbox (and so the test suite) exercises, with one
    // request per connection at a time, so "in flight per host" means connections too.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
}

} // namespace Switchboard::RequestEncoding
