// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A customer of the agency (a tenant). Not to be confused with Vapi's own orgId, which names
// a Vapi account (see VapiAccount::vapiOrgId).
struct Organization
{
    qint64 id = 0;
    QString slug; // stable handle for the CLI and the keychain keys
    QString name;
    QString contact;
    // The Vapi account that serves this organization: the workspace's, or the customer's own
    // for white-label customers.
    qint64 vapiAccountId = 0;
    QString preferredAreaCode; // three digits, or empty for "any"
    // When the preferred code has no free numbers: try the codes Vapi suggests, or move on.
    FreeAreaCodes freeAreaCodes = FreeAreaCodes::Any;
    bool preferSip = false; // free numbers as SIP URIs rather than PSTN numbers
    bool allowPurchase = false; // may buy Twilio numbers when its pool is used up
    int monthlyPurchaseLimit = 0;
    // Whether new assistants get a number without a click (AutoProvisioner). A new
    // organization follows the workspace's default.
    AutoProvision autoProvision = AutoProvision::Workspace;
    QDateTime createdAt;

    bool isValid() const { return id > 0; }
};

} // namespace Switchboard
