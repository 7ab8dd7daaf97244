// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>

namespace Switchboard {

// How an HTTP answer or a network failure becomes an ApiError, per provider: the category the
// product acts on, the provider's own code and message, and a hint in plain words.
namespace ApiErrors {

enum class Provider {
    Vapi,
    Twilio,
};

// A non-2xx answer. Vapi: {message: string|string[], error, statusCode}; Twilio: {code, message,
// more_info, status} (or the RFC 9457 {type, title, status, code, detail}). Anything else in the
// body is ignored; an empty or non-JSON body still maps by status.
ApiError fromHttp(Provider provider, int httpStatus, const QByteArray &body);
// A failure below HTTP. `timedOut` is set when our transfer timeout aborted the attempt.
ApiError fromNetwork(
        Provider provider, QNetworkReply::NetworkError error, bool timedOut, const QString &host);
// A 2xx answer whose body is not what the call expects (`what` says which part, for the log).
ApiError malformed(Provider provider, const QString &what);
// The client would not send: bad input or a refused base URL. `message` names the field.
ApiError refused(const QString &message);
ApiError cancelled();

// The hint for a category; Twilio's codes 21422/21452 and Vapi's limit get their own.
QString hint(Provider provider, ApiError::Category category, const QString &providerCode = {});

// Vapi's refusals of a free number: the message is the only thing that tells them apart.
// Over the account's cap:
bool isFreeNumberLimitMessage(const QString &message);
// A payment method is needed for more ("add a payment method"):
bool isPaymentGateMessage(const QString &message);
// No stock in the area code asked for ("This area code is currently not available. Hint: Try
// one of 562, 662, 716."):
bool isAreaCodeUnavailableMessage(const QString &message);
// The area codes such a refusal suggests, in its order; empty when it names none.
QStringList hintedAreaCodes(const QString &message);

// Retry-After as delta-seconds or an HTTP date; 0 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &headerValue, const QDateTime &now);

} // namespace ApiErrors
} // namespace Switchboard
