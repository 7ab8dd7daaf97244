// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Switchboard {

struct TwilioAccountInfo
{
    QString sid; // AC…
    QString friendlyName;
    QString status; // active, suspended, closed
    QString type; // Trial, Full
    QString ownerAccountSid; // the parent of a subaccount
    QDateTime dateCreated;
};

// A subaccount just created: its auth token is returned this once.
struct TwilioNewSubaccount
{
    TwilioAccountInfo account;
    QString authToken;
};

struct TwilioCapabilities
{
    bool voice = false;
    bool sms = false;
    bool mms = false;
    bool fax = false;
};

struct TwilioIncomingNumber
{
    QString sid; // PN…
    QString accountSid;
    PhoneAddress phoneNumber;
    QString friendlyName;
    QString voiceUrl;
    QString smsUrl;
    // Set, either makes Twilio ignore voiceUrl: calls go to the TwiML application (AP…) or the
    // SIP trunk (TK…) instead of to Vapi.
    QString voiceApplicationSid;
    QString trunkSid;
    QString status;
    TwilioCapabilities capabilities;
    QDateTime dateCreated;
};

struct TwilioAvailableNumber
{
    PhoneAddress phoneNumber;
    QString friendlyName;
    QString region; // state or province
    QString locality;
    QString postalCode;
    QString isoCountry;
    TwilioCapabilities capabilities;
};

struct TwilioIncomingFilter
{
    QString phoneNumber; // full or partial
    QString friendlyName;
    int pageSize = 50; // 1…1000
};

enum class TwilioNumberType {
    Local,
    TollFree,
};

struct TwilioAvailableFilter
{
    QString countryCode = QStringLiteral("US"); // ISO 3166-1 alpha-2
    TwilioNumberType type = TwilioNumberType::Local;
    QString areaCode;
    QString contains;
    QString inRegion;
    // Only numbers that can take calls (VoiceEnabled=true): Vapi answers calls on them.
    bool voiceEnabled = true;
};

// Buy by exact number or by area code (US/Canada: Twilio picks one).
struct TwilioBuyRequest
{
    QString phoneNumber; // E.164; or
    QString areaCode;
    QString friendlyName; // Switchboard tags the request with it to find it again
    QString voiceUrl;
    QString smsUrl;
};

// Only the fields that are set are sent.
struct TwilioNumberUpdate
{
    std::optional<QString> friendlyName;
    std::optional<QString> voiceUrl;
    std::optional<QString> smsUrl;
    // An empty value clears it (sent as "VoiceApplicationSid=" / "TrunkSid=").
    std::optional<QString> voiceApplicationSid;
    std::optional<QString> trunkSid;
};

} // namespace Switchboard
