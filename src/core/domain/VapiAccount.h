// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A Vapi account (Vapi calls it an org) that we hold a private key for. The key itself lives in
// the keychain only; this record says which account it is and how many free numbers it may hold.
struct VapiAccount
{
    // Vapi's documentation since 2026-07-31: "Each account can have up to five free Vapi phone
    // numbers" (ten before). The API has no field for it, so it can only be learned from a
    // refusal (see FreeNumberCap).
    static constexpr int DefaultFreeNumberCap = 5;
    // The most a person may set by hand: a typo's guard, far above any cap Vapi has granted.
    static constexpr int MaxFreeNumberCap = 1000;

    qint64 id = 0;
    qint64 organizationId = 0; // 0: the workspace's account; otherwise a white-label customer's
    QString label;
    Region region = Region::Us;
    QString vapiOrgId; // learned from the API, for display
    int freeNumberCap = DefaultFreeNumberCap;
    CapSource capSource = CapSource::Documented;
    QDateTime capSetAt; // when the cap was learned or set by hand
    QDateTime capRecheckRequestedAt; // a person asked to check a learned cap again
    QDateTime paymentRequiredAt; // Vapi asked for a payment method before another free number
    QString baseUrl; // empty: the region's default

    bool isWorkspaceAccount() const { return organizationId == 0; }
};

} // namespace Switchboard
