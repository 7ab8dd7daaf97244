// SPDX-License-Identifier: Apache-2.0
#include "core/api/VapiRequestFactory.h"

namespace Switchboard {

VapiRequestFactory::VapiRequestFactory(
        QUrl baseUrl, const QString &apiKey, std::chrono::milliseconds transferTimeout)
    : m_baseUrl(std::move(baseUrl))
    , m_authorization("Bearer " + apiKey.toUtf8())
    , m_transferTimeout(transferTimeout)
{ }

QUrl VapiRequestFactory::url(const QString &path, const QueryItems &query) const
{
    return RequestEncoding::resolve(m_baseUrl, path, query);
}

QNetworkRequest VapiRequestFactory::request(const QUrl &url, bool jsonBody) const
{
    QNetworkRequest request(url);
    RequestEncoding::applyCommon(request, m_transferTimeout);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    if (jsonBody)
        request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

} // namespace Switchboard
