// SPDX-License-Identifier: Apache-2.0
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
class WorkspaceSettings;
struct DirectorySnapshot;

// What the organization list shows beside each name: the scaling stage and the free-number
// usage of the Vapi account that serves it.
struct OrganizationBadge
{
    std::optional<VapiAccount> account; // none: no Vapi account serves it yet
    FreeNumberUsage usage;
    ScalingAdvice::Stage stage = ScalingAdvice::Stage::FreeNumbers;
};

namespace OrganizationBadges {

// For every organization, and for the workspace under id 0, from the directory's snapshot and
// two queries of accounts, rather than several queries per organization.
QHash<qint64, OrganizationBadge> compute(const QList<Organization> &organizations,
        const AccountStore &accounts, const DirectorySnapshot &directory);

} // namespace OrganizationBadges
} // namespace Switchboard
