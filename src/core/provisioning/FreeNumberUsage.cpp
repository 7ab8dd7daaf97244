// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/FreeNumberUsage.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct FreeNumberUsageText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::FreeNumberUsage)
};

} // namespace

FreeNumberUsage::FreeNumberUsage(int used, int cap)
    : m_used(std::max(used, 0))
    , m_cap(std::max(cap, 0))
{ }

int FreeNumberUsage::remaining() const
{
    return std::max(m_cap - m_used, 0);
}

int FreeNumberUsage::percent() const
{
    if (m_cap == 0)
        return 100;
    return int((qint64(m_used) * 100 + m_cap / 2) / m_cap);
}

FreeNumberUsage::Level FreeNumberUsage::level() const
{
    if (m_used >= m_cap)
        return Level::Full;
    // Compare exactly, not through the rounded percentage: 79.5 % is not yet 80 %.
    if (qint64(m_used) * 100 >= qint64(WarningPercent) * m_cap)
        return Level::Warning;
    return Level::Ok;
}

QString FreeNumberUsage::summary() const
{
    return FreeNumberUsageText::tr(
            "%1 of %2 free numbers used (%3%), %n left", nullptr, remaining())
            .arg(m_used)
            .arg(m_cap)
            .arg(percent());
}

QString FreeNumberUsage::advice() const
{
    switch (level()) {
    case Level::Ok:
        return {};
    case Level::Warning:
        return FreeNumberUsageText::tr(
                "Only %n free number(s) left. Set up Twilio for this organization or for the "
                "workspace now, so that the next assistants get numbers without a pause.",
                nullptr, remaining());
    case Level::Full:
        // What is true, whatever else is set up: the meter's own next step says what to do.
        return FreeNumberUsageText::tr(
                "Full: Vapi gives this account %n free number(s), and %1 in use. New "
                "assistants get numbers from Twilio where it is set up, else they wait in the "
                "manual queue.",
                nullptr, m_cap)
                .arg(QLocale().toString(m_used));
    }
    return {};
}

QUrl FreeNumberUsage::vapiDashboardUrl(Region region)
{
    return region == Region::Eu ? QUrl(QStringLiteral("https://dashboard.eu.vapi.ai/phone-numbers"))
                                : QUrl(QStringLiteral("https://dashboard.vapi.ai/phone-numbers"));
}

QUrl FreeNumberUsage::twilioConsoleUrl()
{
    return QUrl(
            QStringLiteral("https://console.twilio.com/us1/develop/phone-numbers/manage/incoming"));
}

QString toString(FreeNumberUsage::Level level)
{
    switch (level) {
    case FreeNumberUsage::Level::Ok:
        return QStringLiteral("ok");
    case FreeNumberUsage::Level::Warning:
        return QStringLiteral("warning");
    case FreeNumberUsage::Level::Full:
        return QStringLiteral("full");
    }
    return {};
}

} // namespace Switchboard
