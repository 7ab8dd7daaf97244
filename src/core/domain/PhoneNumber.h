// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneAddress.h"

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
    PhoneAddress address; // invalid when Vapi did not show it whole (see maskedNumber)
    // The number as Vapi listed it when it could not be read: masked ("+165****8621") or
    // otherwise unreadable. Then the address is unknown, which is not the same as different.
    QString maskedNumber;
    NumberStatus status = NumberStatus::Unknown;
    QString assistantId; // empty: calls to it are hung up
    QString twilioAccountSid; // for imported Twilio numbers
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Whether this is `wanted`: Same or Different when the address is known; Unknown when it is
    // masked in a way that admits `wanted`, or missing (a number being activated). Never
    // conclude "not in Vapi" from Unknown.
    enum class Match {
        Same,
        Different,
        Unknown,
    };
    Match matchAddress(const PhoneAddress &wanted) const
    {
        if (address.isValid())
            return address == wanted ? Match::Same : Match::Different;
        if (!maskedNumber.isEmpty())
            return PhoneAddress::maskAdmits(maskedNumber, wanted) ? Match::Unknown
                                                                  : Match::Different;
        return Match::Unknown;
    }
    // For people: the address, else what Vapi showed of it.
    QString displayText() const { return address.isValid() ? address.displayText() : maskedNumber; }

    bool isFree() const { return provider == NumberProvider::Vapi; }
    bool isAssigned() const { return !assistantId.isEmpty(); }
};

} // namespace Switchboard
