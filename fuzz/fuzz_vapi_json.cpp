// SPDX-License-Identifier: Apache-2.0
// Vapi's answers: an assistant, a phone number, the lists and pages of both, the orgId probe,
// and an error body at every status the client maps; the input is the body as received.
#include "FuzzSupport.h"

#include "core/api/ApiErrors.h"
#include "core/api/VapiJson.h"

#include <QDateTime>

using namespace Switchboard;

SWITCHBOARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    if (const std::optional<Assistant> assistant = VapiJson::assistantFromBody(body))
        FUZZ_CHECK(!assistant->id.isEmpty()); // an item without an id is never read
    if (const std::optional<PhoneNumber> number = VapiJson::phoneNumberFromBody(body)) {
        FUZZ_CHECK(!number->id.isEmpty());
        // A number is either read whole or kept as the text Vapi showed, never both.
        FUZZ_CHECK(!(number->address.isValid() && !number->maskedNumber.isEmpty()));
        (void)number->displayText();
    }
    if (const std::optional<QList<Assistant>> list = VapiJson::assistantList(body)) {
        for (const Assistant &assistant : *list)
            FUZZ_CHECK(!assistant.id.isEmpty());
    }
    if (const std::optional<VapiJson::PhoneNumberPage> page = VapiJson::phoneNumberPage(body)) {
        FUZZ_CHECK(page->items.size() <= page->itemCount);
        FUZZ_CHECK(!page->metadataTellsMore || page->hasMetadata);
    }
    (void)VapiJson::firstOrgId(body);

    for (const int status : {400, 401, 402, 403, 404, 409, 422, 429, 500, 503}) {
        const ApiError error = ApiErrors::fromHttp(ApiErrors::Provider::Vapi, status, body);
        FUZZ_CHECK(error.httpStatus == status);
        FUZZ_CHECK(!error.hint.isEmpty());
        (void)error.toString();
        (void)ApiErrors::hintedAreaCodes(error.providerMessage);
    }
    // Retry-After comes with a 429 from either API.
    const qint64 wait = ApiErrors::retryAfterMs(body, QDateTime::currentDateTimeUtc());
    FUZZ_CHECK(wait >= 0);
    return 0;
}
