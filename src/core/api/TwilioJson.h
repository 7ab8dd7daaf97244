// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/TwilioTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Switchboard {

// Twilio's JSON (snake_case, RFC 2822 dates, every property nullable), read leniently.
namespace TwilioJson {

std::optional<TwilioAccountInfo> account(const QJsonValue &value);
std::optional<TwilioIncomingNumber> incomingNumber(const QJsonValue &value);
std::optional<TwilioAvailableNumber> availableNumber(const QJsonValue &value);

std::optional<TwilioAccountInfo> accountFromBody(const QByteArray &body);
// A created subaccount with the auth_token Twilio returns this once.
std::optional<TwilioNewSubaccount> newSubaccountFromBody(const QByteArray &body);
std::optional<TwilioIncomingNumber> incomingNumberFromBody(const QByteArray &body);

// One page of a list: its items under `listKey` ("accounts", "incoming_phone_numbers",
// "available_phone_numbers") and next_page_uri (empty on the last page).
template<typename T>
struct Page
{
    QList<T> items;
    QString nextPageUri;
};
std::optional<Page<TwilioAccountInfo>> accountPage(const QByteArray &body);
// With the auth_token of each account, for reconciling a subaccount create.
std::optional<Page<TwilioNewSubaccount>> accountWithTokenPage(const QByteArray &body);
std::optional<Page<TwilioIncomingNumber>> incomingNumberPage(const QByteArray &body);
std::optional<Page<TwilioAvailableNumber>> availableNumberPage(const QByteArray &body);

QDateTime dateTime(const QJsonValue &value);

} // namespace TwilioJson
} // namespace Switchboard
