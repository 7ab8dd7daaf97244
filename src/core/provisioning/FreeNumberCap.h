// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/VapiAccount.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Switchboard {

// What the product knows about a Vapi account's free-number cap, and when it asks Vapi again.
// Vapi has no field for the cap and no inventory endpoint: the only way to learn it is a
// refusal, and the only way to see it rise is a free number granted over it. So a learned cap
// is tried once more when a person asks, or by itself after a week; a payment gate ("add a
// payment method") is a step the customer takes, not a lower cap.
namespace FreeNumberCap {

inline constexpr int RecheckAfterDays = 7;
inline constexpr int PaymentRetryAfterHours = 24;

// The next free-number request may go over the learned cap once, to see whether it still holds.
bool recheckDue(const VapiAccount &account, const QDateTime &now);
// Vapi asked for a payment method, and nobody has said since that one was added.
bool waitingForPaymentMethod(const VapiAccount &account, const QDateTime &now);

// "Vapi's documented cap", "set by hand on 4 Dec 2026", "learned from Vapi on 4 Dec 2026"
QString sourceText(const VapiAccount &account);
// What the waiting means and what to do: "Vapi asked on … for a payment method before it gives
// this account another free number: add one in the Vapi dashboard (…), then check again."
QString paymentText(const VapiAccount &account);
// Where the customer adds a payment method.
QUrl billingUrl(Region region);

} // namespace FreeNumberCap
} // namespace Switchboard
