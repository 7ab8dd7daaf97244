// SPDX-License-Identifier: Apache-2.0
// application/x-www-form-urlencoded as the sandbox decodes it (Twilio's request bodies, every
// query string) and the Vapi list query read from it. Property: what the core's RequestEncoding
// writes from the decoded fields decodes to the same fields (the client and the sandbox agree).
// Input: the encoded text, as received.
#include "FuzzSupport.h"

#include "core/api/RequestEncoding.h"
#include "sandbox/http/FormFields.h"
#include "sandbox/vapi/VapiListQuery.h"

using namespace Switchboard;
using namespace Switchboard::Sandbox;

SWITCHBOARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray encoded = Fuzz::bytes(data, size);
    const FormFields fields = FormFields::parse(encoded);

    QueryItems items;
    for (const QString &name : fields.names()) {
        FUZZ_CHECK(fields.contains(name));
        items.append({name, fields.value(name)});
    }
    const FormFields again = FormFields::parse(RequestEncoding::encode(items));
    FUZZ_CHECK(again.names() == fields.names());
    for (const auto &[name, value] : items)
        FUZZ_CHECK(again.value(name) == value);
    for (const auto &[name, value] : items)
        FUZZ_CHECK(FormFields::parse(FormFields::encode(name).toLatin1() + '='
                           + FormFields::encode(value).toLatin1())
                           .value(name)
                == value);

    for (const bool paginated : {false, true}) {
        QStringList errors;
        const VapiListQuery query = VapiListQuery::parse(encoded, paginated, &errors);
        if (errors.isEmpty()) {
            FUZZ_CHECK(query.limit >= 0 && query.limit <= 1000);
            FUZZ_CHECK(query.page >= 1);
        }
        (void)query.accepts(QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
    }
    return 0;
}
