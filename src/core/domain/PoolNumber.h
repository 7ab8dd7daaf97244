#pragma once

#include "PhoneAddress.h"

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

    qint64 id = 0;
    qint64 twilioAccountId = 0;
    PhoneAddress number;
    QString twilioSid; // PN…, once known
    QString vapiPhoneNumberId; // once imported
    State state = State::Available;
    qint64 reservedByAttemptId = 0;
};

} // namespace Switchboard
