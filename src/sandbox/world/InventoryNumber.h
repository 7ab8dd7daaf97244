// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard::Sandbox {

// A number Twilio could sell (AvailablePhoneNumbers), with what the search reports about it.
struct InventoryNumber
{
    QString phoneNumber; // E.164
    QString isoCountry = QStringLiteral("US");
    QString type = QStringLiteral("local"); // "local", "toll-free", "mobile"
    QString region; // state or province ("CA"); empty when unknown
    QString locality; // city
    QString rateCenter;
    QString lata;
    QString postalCode;
    double latitude = 0;
    double longitude = 0;
    bool hasLocation = false;
    QString addressRequirements = QStringLiteral("none");
    bool voice = true;
    bool sms = true;
    bool mms = true;
    bool fax = false;
};

} // namespace Switchboard::Sandbox
