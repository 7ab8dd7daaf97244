#pragma once

#include "domain/Organization.h"
#include "domain/VapiAccount.h"
#include "provisioning/FreeNumberUsage.h"
#include "provisioning/ScalingAdvice.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Switchboard {

class AccountStore;
class DirectoryStore;

// What the organization list shows beside each name: the scaling stage and the free-number
// usage of the Vapi account that serves it.
struct OrganizationBadge
{
    std::optional<VapiAccount> account; // none: no Vapi account serves it yet
    FreeNumberUsage usage;
    ScalingAdvice::Stage stage = ScalingAdvice::Stage::FreeNumbers;
};

namespace OrganizationBadges {

// For every organization, and for the workspace under id 0, in a handful of queries (one per
// Vapi account, one for the numbers) rather than several per organization.
QHash<qint64, OrganizationBadge> compute(const QList<Organization> &organizations,
        const AccountStore &accounts, const DirectoryStore &directory);

} // namespace OrganizationBadges
} // namespace Switchboard
