// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assistant.h"
#include "core/domain/Organization.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/FreeNumberUsage.h"
#include "core/provisioning/ProvisioningServices.h"
#include "core/provisioning/ScalingAdvice.h"

#include <QList>
#include <QStringList>

namespace Switchboard {

struct WorkspaceSnapshot;

// Free-number usage of one Vapi account, with the organizations it serves.
struct UsageReport
{
    VapiAccount account;
    FreeNumberUsage usage;
    QStringList organizations; // slugs
};

// From what the workspace knows (the cache of the last listing); no network.
// organizationId 0: every Vapi account; otherwise the one serving that organization.
QList<UsageReport> usageReports(const ProvisioningServices &services, qint64 organizationId = 0);
// The counts the scaling advice needs, for one organization or (0) the workspace, from a
// snapshot of the workspace (the console's, or one the CLI reads): the one place these are
// counted.
ScalingInputs scalingInputs(const WorkspaceSnapshot &workspace, qint64 organizationId = 0);
// The same, reading the snapshot's parts it needs through the services' stores.
ScalingInputs scalingInputs(const ProvisioningServices &services, qint64 organizationId = 0);

} // namespace Switchboard
