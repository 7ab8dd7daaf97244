// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/RequestEncoding.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Switchboard {

// Builds Vapi requests: the base URL (US, EU or a loopback sandbox), "Authorization: Bearer
// <private key>", JSON bodies, and the common headers and policies (RequestEncoding).
class VapiRequestFactory
{
public:
    VapiRequestFactory(
            QUrl baseUrl, const QString &apiKey, std::chrono::milliseconds transferTimeout);

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &path, const QueryItems &query = {}) const;
    QNetworkRequest request(const QUrl &url, bool jsonBody) const;
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

private:
    QUrl m_baseUrl;
    QByteArray m_authorization;
    std::chrono::milliseconds m_transferTimeout;
};

} // namespace Switchboard
