// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"
#include "core/api/TwilioTypes.h"
#include "core/api/VapiTypes.h"
#include "core/domain/PhoneAddress.h"

#include <QString>

#include <optional>

namespace Switchboard {

// What the clients check before sending anything: each check returns std::nullopt when the
// input is fine, or a Refused ApiError whose hint names the field, the rule and what to do.
namespace InputChecks {

bool isSid(const QString &text, QLatin1String prefix); // "AC" + 32 hex digits, …

std::optional<ApiError> vapiId(const QString &id, const QString &what);
std::optional<ApiError> vapiName(const std::optional<QString> &name);
// Exactly one of area code (three digits) and SIP URI (on `sipHost` when it is not empty);
// the parsed SIP URI goes to *sipAddress.
std::optional<ApiError> freeNumber(
        const VapiFreeNumberRequest &request, const QString &sipHost, PhoneAddress *sipAddress);
// An E.164 number (parsed into *number), an AC… SID, and the auth token or an SK… key with
// its secret (exactly one of the two).
std::optional<ApiError> twilioImport(const VapiTwilioImportRequest &request, PhoneAddress *number);

std::optional<ApiError> twilioCredentials(
        const QString &accountSid, const QString &username, const QString &secret);
std::optional<ApiError> twilioNumberSid(const QString &sid);
std::optional<ApiError> twilioFriendlyName(const QString &name);
// Exactly one of an E.164 number (parsed into *number) and a three-digit area code.
std::optional<ApiError> twilioBuy(const TwilioBuyRequest &request, PhoneAddress *number);
std::optional<ApiError> twilioAvailable(const TwilioAvailableFilter &filter);

} // namespace InputChecks
} // namespace Switchboard
