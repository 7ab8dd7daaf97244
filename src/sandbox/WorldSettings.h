#pragma once

#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// The knobs of a sandbox world that are not accounts.
struct WorldSettings
{
    quint64 seed = 1; // ids, SIDs and fault decisions derive from it
    int activationDelayMs = 3000; // free Vapi numbers: "activating" for this long, then "active"
    // The free-number cap of Vapi accounts that do not set their own. The product's origin
    // document says 10; Vapi's docs now say 5.
    int defaultFreeNumberCap = 10;
    QString defaultAreaCode = QStringLiteral("415"); // a free number created with no area code
    QStringList unavailableAreaCodes; // free numbers: "no numbers available" there
    // What Vapi writes on a Twilio number it imports.
    QString vapiVoiceUrl = QStringLiteral("https://api.vapi.ai/twilio/inbound_call");
    QString vapiSmsUrl = QStringLiteral("https://api.vapi.ai/twilio/sms");
};

} // namespace Switchboard::Sandbox
