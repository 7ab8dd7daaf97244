// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"
#include "core/api/TwilioTypes.h"
#include "core/domain/PoolNumber.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Switchboard {

class NumberPoolStore;
class TwilioClient;

// What Twilio said about one pool number: whether the account holds it
// (IncomingPhoneNumbers.json?PhoneNumber=), whether it takes voice calls (capabilities.voice),
// and whether a TwiML application or a SIP trunk sits in front of its voice URL (Twilio then
// never calls the URL Vapi writes on import, so calls would never reach the assistant).
struct PoolCheckResult
{
    PhoneAddress number;
    QString accountSid;
    // Twilio gave a definite answer. A check that could not reach Twilio (network, 5xx, a
    // refused key) has none: it marks nothing, and the number keeps its standing.
    bool answered = false;
    PoolNumber::TwilioCheck check = PoolNumber::TwilioCheck::Unchecked;
    QString detail; // in plain words, for the pool, the history and the console
    QString twilioSid; // PN…, when the account holds it
    QString voiceApplicationSid;
    QString trunkSid;
    std::optional<ApiError> error; // when not answered
    bool cleared = false; // the application or trunk was cleared (with consent) just now

    bool usable() const { return answered && check == PoolNumber::TwilioCheck::Ok; }
    bool missing() const { return answered && check == PoolNumber::TwilioCheck::Missing; }
};

namespace PoolNumberCheck {

// Twilio's answer to a PhoneNumber= listing, judged. The filter matches partial numbers, so
// only the exact E.164 counts.
PoolCheckResult judge(const PhoneAddress &number, const QString &accountSid,
        const QList<TwilioIncomingNumber> &listing);
PoolCheckResult unanswered(
        const PhoneAddress &number, const QString &accountSid, const ApiError &error);

using Done = std::function<void(const PoolCheckResult &result)>;
// Asks Twilio about one number (one GET). `done` runs once, unless `context` is gone first.
void check(TwilioClient &client, const QString &accountSid, const PhoneAddress &number,
        QObject *context, const Done &done);
// Clears the application or trunk of a routed number (POST IncomingPhoneNumbers/{PN}.json with
// VoiceApplicationSid= and/or TrunkSid=), then judges the number as Twilio returns it. Only
// with the user's consent: it changes where the number's calls go.
void clearRouting(
        TwilioClient &client, const PoolCheckResult &routed, QObject *context, const Done &done);

// Records the definite answers among `results` in the pool of `twilioAccountId` (numbers the
// pool does not hold are left out); false with *error on a database error.
bool record(NumberPoolStore &pool, qint64 twilioAccountId, const QList<PoolCheckResult> &results,
        const QDateTime &when, QString *error = nullptr);

// The one line the console and the CLI show for a result.
QString describe(const PoolCheckResult &result);

} // namespace PoolNumberCheck

// Checks a list of numbers against one Twilio account, one after another; with consent, clears
// the routing of those that have an application or trunk; and, when given a pool, records each
// definite answer there (a transient failure is not recorded). Finishes exactly once, with one
// result per number in order, then deletes itself. Used by the wizard, the numbers view and
// `switchboard-cli pool check` alike.
class PoolCheckRun : public QObject
{
    Q_OBJECT

public:
    PoolCheckRun(TwilioClient &client, QString accountSid, QList<PhoneAddress> numbers,
            QObject *parent = nullptr);

    void setClearRouting(bool consent) { m_clearRouting = consent; }
    // Record every definite answer in `pool` for the account's numbers, at `clock()`.
    void recordIn(NumberPoolStore *pool, qint64 twilioAccountId, std::function<QDateTime()> clock);
    void start();

    const QList<PoolCheckResult> &results() const { return m_results; }
    // A result could not be written to the pool: the first such error.
    const QString &storageError() const { return m_storageError; }

Q_SIGNALS:
    void finished(const QList<Switchboard::PoolCheckResult> &results);

private:
    void next();
    void settle(const PoolCheckResult &result);

    QPointer<TwilioClient> m_client;
    QString m_accountSid;
    QList<PhoneAddress> m_numbers;
    QList<PoolCheckResult> m_results;
    bool m_clearRouting = false;
    NumberPoolStore *m_pool = nullptr;
    qint64 m_twilioAccountId = 0;
    std::function<QDateTime()> m_clock;
    QString m_storageError;
    bool m_finished = false;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::PoolCheckResult)
