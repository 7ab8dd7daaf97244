// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioPage.h"

namespace Switchboard::Sandbox {

TwilioPage::TwilioPage(const QString &path, const FormFields &query, const QStringList &filters)
    : m_path(path)
{
    QStringList parts;
    for (const QString &name : filters) {
        if (query.contains(name))
            parts.append(name + u'=' + FormFields::encode(query.value(name)));
    }
    m_filterQuery = parts.join(u'&');
    bool ok = false;
    const int pageSize = query.value(QStringLiteral("PageSize")).toInt(&ok);
    if (ok)
        m_pageSize = qBound(1, pageSize, 1000);
    const int page = query.value(QStringLiteral("Page")).toInt(&ok);
    if (ok && page >= 0)
        m_page = page;
    m_pageToken = query.value(QStringLiteral("PageToken"));
}

void TwilioPage::select(qsizetype total, const std::function<QString(qsizetype)> &sidOf)
{
    m_total = total;
    m_first = qsizetype(m_page) * m_pageSize;
    // A token names the last item of the previous page; when that item is gone, the page
    // number decides.
    if (m_pageToken.startsWith(QLatin1String("PA"))) {
        const QString after = m_pageToken.mid(2);
        for (qsizetype i = 0; i < total; ++i) {
            if (sidOf(i) == after) {
                m_first = i + 1;
                break;
            }
        }
    }
    m_first = qMin(m_first, total);
    m_count = qMin<qsizetype>(m_pageSize, total - m_first);
    m_lastSid = m_count > 0 ? sidOf(m_first + m_count - 1) : QString();
}

QString TwilioPage::uri(int page, const QString &pageToken) const
{
    QString uri = m_path + u'?';
    if (!m_filterQuery.isEmpty())
        uri += m_filterQuery + u'&';
    uri += QStringLiteral("PageSize=") + QString::number(m_pageSize) + QStringLiteral("&Page=")
            + QString::number(page);
    if (!pageToken.isEmpty())
        uri += QStringLiteral("&PageToken=") + FormFields::encode(pageToken);
    return uri;
}

QJsonObject TwilioPage::envelope(const QString &key, const QJsonArray &items) const
{
    const bool hasNext = m_first + m_count < m_total;
    return QJsonObject{
            {QStringLiteral("first_page_uri"), uri(0, {})},
            {QStringLiteral("end"), m_count > 0 ? m_first + m_count - 1 : m_first},
            {QStringLiteral("previous_page_uri"),
                    m_page > 0 ? QJsonValue(uri(m_page - 1, {})) : QJsonValue(QJsonValue::Null)},
            {key, items},
            {QStringLiteral("uri"), uri(m_page, m_pageToken)},
            {QStringLiteral("page_size"), m_pageSize},
            {QStringLiteral("start"), m_first},
            {QStringLiteral("next_page_uri"),
                    hasNext ? QJsonValue(uri(m_page + 1, QStringLiteral("PA") + m_lastSid))
                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("page"), m_page},
    };
}

} // namespace Switchboard::Sandbox
