// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/FreeNumberCap.h"

#include <QCoreApplication>
#include <QLocale>

namespace Switchboard::FreeNumberCap {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct FreeNumberCapText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::FreeNumberCap)
};

QString day(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

bool recheckDue(const VapiAccount &account, const QDateTime &now)
{
    if (account.capSource != CapSource::Learned)
        return false;
    if (account.capRecheckRequestedAt.isValid())
        return true;
    return !account.capSetAt.isValid() || account.capSetAt.daysTo(now) >= RecheckAfterDays;
}

bool waitingForPaymentMethod(const VapiAccount &account, const QDateTime &now)
{
    if (!account.paymentRequiredAt.isValid())
        return false;
    if (account.capRecheckRequestedAt.isValid()
            && account.capRecheckRequestedAt >= account.paymentRequiredAt)
        return false;
    return account.paymentRequiredAt.secsTo(now) < qint64(PaymentRetryAfterHours) * 3600;
}

QString sourceText(const VapiAccount &account)
{
    switch (account.capSource) {
    case CapSource::Documented:
        return FreeNumberCapText::tr("Vapi's documented cap");
    case CapSource::Manual:
        return account.capSetAt.isValid()
                ? FreeNumberCapText::tr("set by hand on %1").arg(day(account.capSetAt))
                : FreeNumberCapText::tr("set by hand");
    case CapSource::Learned:
        return account.capSetAt.isValid()
                ? FreeNumberCapText::tr("learned from Vapi on %1").arg(day(account.capSetAt))
                : FreeNumberCapText::tr("learned from Vapi");
    }
    return {};
}

QString paymentText(const VapiAccount &account)
{
    if (!account.paymentRequiredAt.isValid())
        return {};
    return FreeNumberCapText::tr(
            "On %1 Vapi asked for a payment method before it gives this account another free "
            "number. Add one in the Vapi dashboard (%2), then check again.")
            .arg(day(account.paymentRequiredAt), billingUrl(account.region).toString());
}

QUrl billingUrl(Region region)
{
    return QUrl(region == Region::Eu ? QStringLiteral("https://dashboard.eu.vapi.ai/org/billing")
                                     : QStringLiteral("https://dashboard.vapi.ai/org/billing"));
}

} // namespace Switchboard::FreeNumberCap
