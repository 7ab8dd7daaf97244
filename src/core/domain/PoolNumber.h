// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A number an organization (or the workspace) already owns in Twilio and offers to the chain.
struct PoolNumber
{
    enum class State {
        Available, // owned in Twilio, not yet in Vapi
        Reserved, // claimed by an in-flight provisioning attempt
        Imported, // in Vapi now
    };

    // What Twilio said about the number when it was last asked (number_pool.twilio_check).
    // Only a definite answer is kept: a check that could not reach Twilio changes nothing.
    enum class TwilioCheck {
        Unchecked, // never asked ('')
        Ok, // in the account, takes voice calls, nothing in front of the voice URL ('ok')
        Missing, // the account does not hold it ('missing')
        NoVoice, // the account holds it, but it cannot take voice calls ('no-voice')
        // A TwiML application or a SIP trunk handles its calls: Twilio never calls the voice
        // URL Vapi writes ('routed')
        Routed,
    };

    qint64 id = 0;
    qint64 twilioAccountId = 0;
    PhoneAddress number;
    QString twilioSid; // PN…, once known
    QString vapiPhoneNumberId; // once imported
    State state = State::Available;
    qint64 reservedByAttemptId = 0;
    TwilioCheck twilioCheck = TwilioCheck::Unchecked;
    QString twilioCheckDetail; // in plain words, naming the account, application or trunk
    QDateTime twilioCheckedAt;

    // A number Twilio said cannot be used: the chain passes it over until the mark is older
    // than a day (then it asks again), or until someone checks it again on demand.
    bool isUnusable() const
    {
        return twilioCheck == TwilioCheck::Missing || twilioCheck == TwilioCheck::NoVoice
                || twilioCheck == TwilioCheck::Routed;
    }
    bool isSetAside(const QDateTime &now) const
    {
        return isUnusable() && twilioCheckedAt.isValid() && twilioCheckedAt > now.addDays(-1);
    }
};

QString toString(PoolNumber::TwilioCheck check);
PoolNumber::TwilioCheck twilioCheckFromString(const QString &text);

} // namespace Switchboard
