// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/FreeNumberUsage.h"
#include "core/provisioning/ScalingAdvice.h"

#include <QDateTime>
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
    bool twilioServes = false; // a Twilio account that can give a number serves it (TwilioFallback)
};

namespace OrganizationBadges {

// For every organization, and for the workspace under id 0, in one pass over the snapshot. The
// workspace's badge has the usage of its own Vapi account; its stage says nothing (customers'
// caps and Twilio accounts differ), the list shows none for it.
QHash<qint64, OrganizationBadge> compute(const WorkspaceSnapshot &workspace, const QDateTime &now);

} // namespace OrganizationBadges
} // namespace Switchboard
