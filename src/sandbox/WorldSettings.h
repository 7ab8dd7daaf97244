#pragma once

#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// The knobs of a sandbox world that are not accounts.
struct WorldSettings
{
    quint64 seed = 1; // ids, SIDs and fault decisions derive from it
    int activationDelayMs = 3000; // free Vapi numbers: "activating" for this long, then "active"
    // The free-number cap of Vapi accounts that do not set their own: Vapi's docs say 5 since
    // 2026-07-31 (10 before, as the product's origin document has it).
    int defaultFreeNumberCap = 5;
    QString defaultAreaCode = QStringLiteral("415"); // a free number created with no area code
    // Free numbers: no stock there. Vapi refuses such a code and hints at codes with stock.
    QStringList unavailableAreaCodes;
    // What Vapi writes on a Twilio number it imports.
    QString vapiVoiceUrl = QStringLiteral("https://api.vapi.ai/twilio/inbound_call");
    QString vapiSmsUrl = QStringLiteral("https://api.vapi.ai/twilio/sms");
};

} // namespace Switchboard::Sandbox
