#pragma once

#include "DomainEnums.h"
#include "PhoneAddress.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A phone number resource in Vapi (a free Vapi number, an imported Twilio number, …) as last
// seen, cached so the console works offline. Its address is an E.164 number or a SIP URI.
struct PhoneNumber
{
    QString id; // Vapi's UUID
    qint64 vapiAccountId = 0;
    qint64 organizationId = 0; // 0 when no organization claims it yet
    NumberProvider provider = NumberProvider::Unknown;
    PhoneAddress address;
    NumberStatus status = NumberStatus::Unknown;
    QString assistantId; // empty: calls to it are hung up
    QString twilioAccountSid; // for imported Twilio numbers
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFree() const { return provider == NumberProvider::Vapi; }
    bool isAssigned() const { return !assistantId.isEmpty(); }
};

} // namespace Switchboard
