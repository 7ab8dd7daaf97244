// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// The knobs of a sandbox world that are not accounts.
struct WorldSettings
{
    quint64 seed = 1; // ids, SIDs and fault decisions derive from it
    int activationDelayMs = 3000; // free Vapi numbers: "activating" for this long, then "active"
    // The free-number cap of Vapi accounts that do not set their own: Vapi's docs say 5 since
    // 2026-07-31 (10 before, as the product's origin document has it).
    int defaultFreeNumberCap = 5;
    QString defaultAreaCode = QStringLiteral("415"); // a free number created with no area code
    // Free numbers: no stock there. Vapi refuses such a code and hints at codes with stock.
    QStringList unavailableAreaCodes;
    // What Vapi writes on a Twilio number it imports.
    QString vapiVoiceUrl = QStringLiteral("https://api.vapi.ai/twilio/inbound_call");
    QString vapiSmsUrl = QStringLiteral("https://api.vapi.ai/twilio/sms");
    // GET /v2/phone-number's metadata. The OpenAPI document's PaginationMeta requires only
    // itemsPerPage, totalItems and currentPage; hasNextPage and totalPages are optional, and no
    // answer of the real service showing them was found. So by default they are left out, and a
    // client must page on what is required. true: send them too.
    bool fullPaginationMetadata = false;
    // Public code reports numbers masked in Vapi's listings ("+165****8621"). true: both list
    // routes mask every number's middle digits; GET /phone-number/{id} and the create and
    // update answers keep the whole number.
    bool maskListedNumbers = false;
};

} // namespace Switchboard::Sandbox
