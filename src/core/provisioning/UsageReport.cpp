// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/UsageReport.h"

#include "core/snapshot/WorkspaceSnapshot.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"

#include <algorithm>

namespace Switchboard {

QList<UsageReport> usageReports(const ProvisioningServices &services, qint64 organizationId)
{
    const QList<Organization> organizations = services.organizations->list();
    QList<VapiAccount> accounts;
    if (organizationId > 0) {
        if (const auto serving = services.accounts->vapiAccountServing(organizationId))
            accounts << *serving;
    } else {
        accounts = services.accounts->vapiAccounts();
    }
    QList<UsageReport> reports;
    for (const VapiAccount &account : std::as_const(accounts)) {
        UsageReport report;
        report.account = account;
        report.usage = FreeNumberUsage(
                services.directory->freeNumberCount(account.id), account.freeNumberCap);
        for (const Organization &organization : organizations) {
            const auto serving = services.accounts->vapiAccountServing(organization.id);
            if (serving && serving->id == account.id)
                report.organizations << organization.slug;
        }
        reports << report;
    }
    return reports;
}

ScalingInputs scalingInputs(const WorkspaceSnapshot &workspace, qint64 organizationId)
{
    ScalingInputs inputs;
    inputs.twilioNumberMonthlyPrice = workspace.twilioNumberMonthlyPrice;
    inputs.workspaceTwilioConfigured = workspace.twilioAccountOf(0).has_value();
    QList<VapiAccount> inScope;
    if (organizationId > 0) {
        if (const auto serving = workspace.vapiAccountServing(organizationId))
            inScope << *serving;
        inputs.organizations = 1;
        inputs.organizationTwilioConfigured = workspace.twilioAccountOf(organizationId).has_value();
    } else {
        inScope = workspace.vapiAccounts;
        inputs.organizations = int(workspace.organizations.size());
    }
    const QList<PhoneNumber> &numbers = workspace.directory.numbers;
    inputs.freeNumberCap = 0;
    for (const VapiAccount &account : std::as_const(inScope)) {
        inputs.freeNumbersUsed += int(std::count_if(
                numbers.cbegin(), numbers.cend(), [&account](const PhoneNumber &number) {
                    return number.vapiAccountId == account.id
                            && number.provider == NumberProvider::Vapi;
                }));
        inputs.freeNumberCap += account.freeNumberCap;
    }
    for (const Assistant &assistant : workspace.directory.assistants) {
        if (!organizationId || assistant.organizationId == organizationId)
            ++inputs.assistants;
    }
    for (const PhoneNumber &number : numbers) {
        if ((!organizationId || number.organizationId == organizationId)
                && number.provider == NumberProvider::Twilio)
            ++inputs.twilioNumbers;
    }
    return inputs;
}

ScalingInputs scalingInputs(const ProvisioningServices &services, qint64 organizationId)
{
    WorkspaceStores stores;
    stores.organizations = services.organizations;
    stores.accounts = services.accounts;
    stores.directory = services.directory;
    stores.settings = services.settings;
    return scalingInputs(WorkspaceSnapshot::read(stores,
                                 SnapshotPart::Organizations | SnapshotPart::Accounts
                                         | SnapshotPart::Directory | SnapshotPart::Settings),
            organizationId);
}

} // namespace Switchboard
