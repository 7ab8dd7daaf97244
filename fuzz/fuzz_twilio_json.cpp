// SPDX-License-Identifier: Apache-2.0
// Twilio's answers: an account (and a new subaccount with its token), an incoming number, the
// pages of accounts, incoming and available numbers, and an error body at every status the
// client maps; the input is the body as received.
#include "FuzzSupport.h"

#include "core/api/ApiErrors.h"
#include "core/api/TwilioJson.h"

#include <QDateTime>

using namespace Switchboard;

SWITCHBOARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    if (const auto account = TwilioJson::accountFromBody(body))
        FUZZ_CHECK(!account->sid.isEmpty());
    if (const auto created = TwilioJson::newSubaccountFromBody(body))
        FUZZ_CHECK(!created->account.sid.isEmpty());
    if (const auto number = TwilioJson::incomingNumberFromBody(body)) {
        FUZZ_CHECK(!number->sid.isEmpty());
        FUZZ_CHECK(!number->phoneNumber.isValid() || number->phoneNumber.isNumber());
    }
    (void)TwilioJson::accountPage(body);
    (void)TwilioJson::accountWithTokenPage(body);
    if (const auto page = TwilioJson::incomingNumberPage(body)) {
        for (const TwilioIncomingNumber &number : page->items)
            FUZZ_CHECK(!number.sid.isEmpty());
    }
    if (const auto page = TwilioJson::availableNumberPage(body)) {
        // Nothing to buy without a number: the reader drops such items.
        for (const TwilioAvailableNumber &number : page->items)
            FUZZ_CHECK(number.phoneNumber.isNumber());
    }

    for (const int status : {400, 401, 403, 404, 409, 422, 429, 500, 503}) {
        const ApiError error = ApiErrors::fromHttp(ApiErrors::Provider::Twilio, status, body);
        FUZZ_CHECK(error.httpStatus == status);
        FUZZ_CHECK(!error.hint.isEmpty());
        (void)error.toString();
    }
    const qint64 wait = ApiErrors::retryAfterMs(body, QDateTime::currentDateTimeUtc());
    FUZZ_CHECK(wait >= 0);
    return 0;
}
