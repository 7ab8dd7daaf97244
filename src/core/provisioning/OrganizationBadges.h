// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/FreeNumberUsage.h"
#include "core/provisioning/ScalingAdvice.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Switchboard {

struct WorkspaceSnapshot;

// What the organization list shows beside each name: the scaling stage and the free-number
// usage of the Vapi account that serves it.
struct OrganizationBadge
{
    std::optional<VapiAccount> account; // none: no Vapi account serves it yet
    FreeNumberUsage usage;
    ScalingAdvice::Stage stage = ScalingAdvice::Stage::FreeNumbers;
};

namespace OrganizationBadges {

// For every organization, and for the workspace under id 0, in one pass over the snapshot.
QHash<qint64, OrganizationBadge> compute(const WorkspaceSnapshot &workspace);

} // namespace OrganizationBadges
} // namespace Switchboard
