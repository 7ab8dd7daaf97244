// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

// A Vapi phone-number resource: a free Vapi number (PSTN or SIP) or an imported Twilio number.
struct VapiNumberRecord
{
    QString id; // UUID
    QString provider; // "vapi" or "twilio"
    QDateTime createdAt;
    QDateTime updatedAt;
    // A free number reports "activating" until this moment, then "active". Null: active.
    QDateTime activatesAt;
    // A fixed status from the world file ("blocked"); empty when the status follows activatesAt.
    QString fixedStatus;
    // Every client-visible property except id, orgId, provider, status and the dates:
    // number, sipUri, name, assistantId, twilioAccountSid, smsEnabled, server, …
    QJsonObject fields;
    // The Twilio credentials a number was imported with. The state file keeps them so the
    // sandbox can "use" them later as Vapi does; no response ever carries them.
    QString twilioAuthToken;
    QString twilioApiKey;
    QString twilioApiSecret;

    QString number() const { return fields.value(QLatin1String("number")).toString(); }
    QString sipUri() const { return fields.value(QLatin1String("sipUri")).toString(); }
};

} // namespace Switchboard::Sandbox
