// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/IncomingNumberRecord.h"
#include "sandbox/world/InventoryNumber.h"
#include "sandbox/world/TwilioAccountRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

// Twilio's response objects in snake_case, as the 2010 API's OpenAPI document gives them.
namespace TwilioJson {

QString date(const QDateTime &time); // RFC 2822: "Thu, 30 Jul 2015 23:19:04 +0000"
QString accountUri(const QString &accountSid); // "/2010-04-01/Accounts/AC….json"
QJsonObject account(const TwilioAccountRecord &account, bool withAuthToken);
// All 35 properties of an IncomingPhoneNumber; unset ones are null or Twilio's default.
QJsonObject incomingNumber(const QString &accountSid, const IncomingNumberRecord &number);
QJsonObject availableNumber(const InventoryNumber &number);

} // namespace TwilioJson
} // namespace Switchboard::Sandbox
