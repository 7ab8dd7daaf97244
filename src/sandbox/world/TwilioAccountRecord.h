// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/IncomingNumberRecord.h"
#include "sandbox/world/TwilioKeyRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Switchboard::Sandbox {

// A Twilio account or subaccount.
struct TwilioAccountRecord
{
    QString sid; // AC…
    QString authToken; // 32 hex digits
    QString friendlyName;
    QString ownerAccountSid; // the parent of a subaccount; empty for a main account
    QString status = QStringLiteral("active");
    QString type = QStringLiteral("Full"); // "Full" or "Trial"
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QList<TwilioKeyRecord> apiKeys;
    QList<IncomingNumberRecord> numbers; // in purchase order

    bool isSubaccount() const { return !ownerAccountSid.isEmpty(); }
    // The account that owns this one's bill: itself, or its parent.
    QString mainAccountSid() const { return isSubaccount() ? ownerAccountSid : sid; }
};

} // namespace Switchboard::Sandbox
