// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace Switchboard {

// Why a call to Vapi or Twilio did not deliver, in the terms the rest of the product acts on.
struct ApiError
{
    enum class Category {
        Auth, // 401/403: the key or token is wrong, revoked, or for another region
        // 403 that is not the API's own answer (Cloudflare's "error code: 1010", an HTML page):
        // the request was stopped before it reached the API; not a wrong key, not applied.
        Blocked,
        NotFound, // 404 (Twilio 20404)
        Validation, // 400/422: the request broke a rule; the provider says which
        LimitReached, // Vapi refused a free number: the account's free-number cap is reached
        PaymentRequired, // Vapi wants a payment method before another free number (not a cap)
        AreaCodeUnavailable, // Vapi has no free number in that area code now (it may hint others)
        RateLimited, // 429 (Twilio 20429)
        Server, // 5xx
        Network, // refused, reset, DNS, unreachable
        Timeout, // no answer within the transfer timeout
        Malformed, // an answer that is not the JSON it should be
        Tls, // the certificate could not be verified; never ignored
        Refused, // the client refused to send: plain http to a non-loopback host, bad input
        Cancelled, // the caller cancelled
    };

    Category category = Category::Network;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString providerCode; // Twilio's numeric code, Vapi's "error" phrase
    QString providerMessage; // the provider's message, arrays joined with "; "
    QString hint; // one actionable sentence for the console
    // The request may have been applied although no answer says so (timeout, reset, lost
    // response after a POST). Creates reconcile before trying again.
    bool ambiguous = false;
    // Added with the implementation: how long the provider asked us to wait (Retry-After, in
    // milliseconds; 0 when it said nothing), and how many HTTP attempts the call made.
    qint64 retryAfterMs = 0;
    int attempts = 0;

    static QString categoryName(Category category); // "auth", "notFound", … (stable, for --json)
    // "<hint> (<provider message>)" for one-line display. Never contains a secret.
    QString toString() const;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ApiError)
