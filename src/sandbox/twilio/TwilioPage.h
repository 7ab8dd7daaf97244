// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/FormFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Switchboard::Sandbox {

// Twilio's list paging: PageSize (default 50, at most 1000), Page and PageToken in,
// page/page_size/start/end and the four page URIs out. next_page_uri carries a PageToken
// ("PA" + the SID of the page's last item), so a client that follows it does not skip or
// repeat items when earlier ones are deleted between pages.
class TwilioPage
{
public:
    // path: the list's path; filters: the filter parameters to keep in the page URIs, in order.
    TwilioPage(const QString &path, const FormFields &query, const QStringList &filters);

    // Cuts one page out of `total` items; sidOf(i) is the SID of item i.
    void select(qsizetype total, const std::function<QString(qsizetype)> &sidOf);
    qsizetype first() const { return m_first; }
    qsizetype count() const { return m_count; }
    // The list response: paging fields and the items under `key`.
    QJsonObject envelope(const QString &key, const QJsonArray &items) const;

private:
    QString uri(int page, const QString &pageToken) const;

    QString m_path;
    QString m_filterQuery; // "FriendlyName=x&PhoneNumber=%2B1…"
    int m_pageSize = 50;
    int m_page = 0;
    QString m_pageToken;
    qsizetype m_first = 0;
    qsizetype m_count = 0;
    qsizetype m_total = 0;
    QString m_lastSid;
};

} // namespace Switchboard::Sandbox
