#pragma once

#include "DomainEnums.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// A Vapi account (Vapi calls it an org) that we hold a private key for. The key itself lives in
// the keychain only; this record says which account it is and how many free numbers it may hold.
struct VapiAccount
{
    static constexpr int DefaultFreeNumberCap = 10; // the product's origin document

    qint64 id = 0;
    qint64 organizationId = 0; // 0: the workspace's account; otherwise a white-label customer's
    QString label;
    Region region = Region::Us;
    QString vapiOrgId; // learned from the API, for display
    int freeNumberCap = DefaultFreeNumberCap;
    QDateTime capObservedAt; // set when Vapi refused a free number and the cap was learned
    QString baseUrl; // empty: the region's default

    bool isWorkspaceAccount() const { return organizationId == 0; }
};

} // namespace Switchboard
