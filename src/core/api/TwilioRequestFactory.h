// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/RequestEncoding.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Switchboard {

// Builds Twilio requests: HTTP Basic with "AccountSid:AuthToken" or "SK…:secret" (the AC… SID
// stays in the path either way), form-encoded bodies with every value percent-encoded (so "+"
// goes out as %2B), the ".json" suffix, and paging URLs taken from next_page_uri but always
// sent to the configured base URL.
class TwilioRequestFactory
{
public:
    TwilioRequestFactory(QUrl baseUrl, QString accountSid, const QString &username,
            const QString &secret, std::chrono::milliseconds transferTimeout);

    QString accountSid() const { return m_accountSid; }
    // /2010-04-01/Accounts.json
    QUrl accountsUrl(const QueryItems &query = {}) const;
    // /2010-04-01/Accounts/<sid><subPath>.json, e.g. subPath "/IncomingPhoneNumbers"
    QUrl accountUrl(const QString &subPath, const QueryItems &query = {}) const;
    // next_page_uri is host-relative ("/2010-04-01/…?Page=1&PageToken=PA…"); only its path and
    // query are used, under the base URL, so a page link can never lead to another host.
    QUrl pageUrl(const QString &nextPageUri) const;
    QNetworkRequest request(const QUrl &url, bool formBody) const;
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    static QByteArray formBody(const QueryItems &fields) { return RequestEncoding::encode(fields); }

private:
    QUrl m_baseUrl;
    QString m_accountSid;
    QByteArray m_authorization;
    std::chrono::milliseconds m_transferTimeout;
};

} // namespace Switchboard
