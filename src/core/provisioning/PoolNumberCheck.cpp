// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/PoolNumberCheck.h"

#include "core/api/TwilioClient.h"
#include "core/storage/NumberPoolStore.h"

#include <QTimer>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files.
struct PoolNumberCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::PoolNumberCheck)
};

} // namespace

namespace PoolNumberCheck {

PoolCheckResult judge(const PhoneAddress &number, const QString &accountSid,
        const QList<TwilioIncomingNumber> &listing)
{
    PoolCheckResult result;
    result.number = number;
    result.accountSid = accountSid;
    result.answered = true;
    const auto found = std::find_if(listing.cbegin(), listing.cend(),
            [&number](const TwilioIncomingNumber &n) { return n.phoneNumber == number; });
    if (found == listing.cend()) {
        result.check = PoolNumber::TwilioCheck::Missing;
        result.detail = PoolNumberCheckText::tr(
                "Twilio account %1 does not hold %2, so Vapi cannot import it. Add the number "
                "to that account, or take it out of the pool.")
                                .arg(accountSid, number.displayText());
        return result;
    }
    result.twilioSid = found->sid;
    result.voiceApplicationSid = found->voiceApplicationSid;
    result.trunkSid = found->trunkSid;
    if (!found->capabilities.voice) {
        result.check = PoolNumber::TwilioCheck::NoVoice;
        result.detail = PoolNumberCheckText::tr(
                "%1 cannot take voice calls (Twilio lists no voice capability for it), so an "
                "assistant could never answer it. Use a voice-capable number instead.")
                                .arg(number.displayText());
    } else if (!found->trunkSid.isEmpty()) {
        result.check = PoolNumber::TwilioCheck::Routed;
        result.detail = PoolNumberCheckText::tr(
                "%1 sends its calls to the SIP trunk %2: Twilio ignores the voice URL Vapi "
                "writes while a trunk is set, so calls would never reach the assistant. Clear "
                "the trunk (with consent) or take the number out of the pool.")
                                .arg(number.displayText(), found->trunkSid);
    } else if (!found->voiceApplicationSid.isEmpty()) {
        result.check = PoolNumber::TwilioCheck::Routed;
        result.detail = PoolNumberCheckText::tr(
                "%1 sends its calls to the TwiML application %2: Twilio ignores the voice URL "
                "Vapi writes while an application is set, so calls would never reach the "
                "assistant. Clear the application (with consent) or take the number out of the "
                "pool.")
                                .arg(number.displayText(), found->voiceApplicationSid);
    } else {
        result.check = PoolNumber::TwilioCheck::Ok;
        result.detail = PoolNumberCheckText::tr(
                "In Twilio account %1; takes voice calls; no application or trunk in front of "
                "its voice URL.")
                                .arg(accountSid);
    }
    return result;
}

PoolCheckResult unanswered(
        const PhoneAddress &number, const QString &accountSid, const ApiError &error)
{
    PoolCheckResult result;
    result.number = number;
    result.accountSid = accountSid;
    result.error = error;
    result.detail = PoolNumberCheckText::tr("Twilio could not be asked about %1 (%2); it keeps "
                                            "its standing until it can.")
                            .arg(number.displayText(), error.toString());
    return result;
}

void check(TwilioClient &client, const QString &accountSid, const PhoneAddress &number,
        QObject *context, const Done &done)
{
    TwilioIncomingFilter filter;
    // E.164 with its "+", which the client percent-encodes (%2B): a bare "+" would reach
    // Twilio as a space.
    filter.phoneNumber = number.toString();
    client.listIncomingNumbers(filter, context,
            [number, accountSid, done](const ApiResult<QList<TwilioIncomingNumber>> &listing) {
                done(listing ? judge(number, accountSid, listing.value())
                             : unanswered(number, accountSid, listing.error()));
            });
}

void clearRouting(
        TwilioClient &client, const PoolCheckResult &routed, QObject *context, const Done &done)
{
    TwilioNumberUpdate update;
    // Each only when set: Twilio's own rule is that setting one deletes the other, and an
    // empty value is how a property is cleared.
    if (!routed.voiceApplicationSid.isEmpty())
        update.voiceApplicationSid = QString();
    if (!routed.trunkSid.isEmpty())
        update.trunkSid = QString();
    client.updateIncomingNumber(routed.twilioSid, update, context,
            [routed, done](const ApiResult<TwilioIncomingNumber> &updated) {
                if (!updated) {
                    PoolCheckResult result = routed;
                    result.error = updated.error();
                    result.detail
                            = PoolNumberCheckText::tr("%1 could not be changed in Twilio (%2). %3")
                                      .arg(routed.number.displayText(), updated.error().toString(),
                                              routed.detail);
                    done(result);
                    return;
                }
                PoolCheckResult result = judge(routed.number, routed.accountSid, {updated.value()});
                result.cleared = result.usable();
                done(result);
            });
}

bool record(NumberPoolStore &pool, qint64 twilioAccountId, const QList<PoolCheckResult> &results,
        const QDateTime &when, QString *error)
{
    for (const PoolCheckResult &result : results) {
        if (result.answered
                && !pool.recordCheck(twilioAccountId, result.number, result.check, result.detail,
                                result.twilioSid, when)
                            .reportTo(error))
            return false;
    }
    return true;
}

QString describe(const PoolCheckResult &result)
{
    if (result.cleared)
        return PoolNumberCheckText::tr("%1: cleared its application or trunk; calls now go to "
                                       "the voice URL Vapi writes.")
                .arg(result.number.displayText());
    if (result.usable())
        return PoolNumberCheckText::tr("%1: ready (%2)")
                .arg(result.number.displayText(), result.detail);
    return result.detail;
}

} // namespace PoolNumberCheck

PoolCheckRun::PoolCheckRun(
        TwilioClient &client, QString accountSid, QList<PhoneAddress> numbers, QObject *parent)
    : QObject(parent)
    , m_client(&client)
    , m_accountSid(std::move(accountSid))
    , m_numbers(std::move(numbers))
{ }

void PoolCheckRun::recordIn(
        NumberPoolStore *pool, qint64 twilioAccountId, std::function<QDateTime()> clock)
{
    m_pool = pool;
    m_twilioAccountId = twilioAccountId;
    m_clock = std::move(clock);
}

// Not const: starting is this object's change of state, made by the event loop a moment later.
// NOLINTNEXTLINE(readability-make-member-function-const)
void PoolCheckRun::start()
{
    // Queued, so that a caller connects to finished() before an empty list finishes it.
    QTimer::singleShot(0, this, &PoolCheckRun::next);
}

void PoolCheckRun::next()
{
    if (m_finished)
        return;
    if (m_results.size() == m_numbers.size() || !m_client) {
        while (m_results.size() < m_numbers.size()) {
            ApiError gone;
            gone.category = ApiError::Category::Cancelled;
            gone.hint = tr("The Twilio client was closed.");
            m_results << PoolNumberCheck::unanswered(
                    m_numbers.at(m_results.size()), m_accountSid, gone);
        }
        m_finished = true;
        Q_EMIT finished(m_results);
        deleteLater();
        return;
    }
    const PhoneAddress number = m_numbers.at(m_results.size());
    PoolNumberCheck::check(
            *m_client, m_accountSid, number, this, [this](const PoolCheckResult &checked) {
                if (m_clearRouting && checked.answered
                        && checked.check == PoolNumber::TwilioCheck::Routed && m_client) {
                    PoolNumberCheck::clearRouting(*m_client, checked, this,
                            [this](const PoolCheckResult &cleared) { settle(cleared); });
                    return;
                }
                settle(checked);
            });
}

void PoolCheckRun::settle(const PoolCheckResult &result)
{
    m_results << result;
    if (m_pool && result.answered) {
        QString error;
        const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        // A number typed into a form is not in the pool yet: nothing is recorded for it.
        if (!m_pool->recordCheck(m_twilioAccountId, result.number, result.check, result.detail,
                           result.twilioSid, now)
                        .reportTo(&error)
                && m_storageError.isEmpty())
            m_storageError = error;
    }
    next();
}

} // namespace Switchboard
