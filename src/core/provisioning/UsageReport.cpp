// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/UsageReport.h"

#include "core/provisioning/TwilioFallback.h"
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
    bool anyAccountFull = false;
    for (const VapiAccount &account : std::as_const(inScope)) {
        const int used = int(std::count_if(
                numbers.cbegin(), numbers.cend(), [&account](const PhoneNumber &number) {
                    return number.vapiAccountId == account.id
                            && number.provider == NumberProvider::Vapi;
                }));
        // An account over its cap (an older allowance) counts as full, not as room taken from
        // the other accounts' caps when they are added up.
        inputs.freeNumbersUsed += std::min(used, account.freeNumberCap);
        inputs.freeNumberCap += account.freeNumberCap;
        inputs.freeNumbersInUse += used;
        ++inputs.vapiAccounts;
        if (used >= account.freeNumberCap)
            ++inputs.fullVapiAccounts;
        anyAccountFull = anyAccountFull || used >= account.freeNumberCap;
    }
    // Across several accounts the sum can hide one that is full: the stage follows the first
    // account that has no free number left.
    if (organizationId == 0 && anyAccountFull && inputs.freeNumberCap > 0)
        inputs.freeNumbersUsed = std::max(inputs.freeNumbersUsed, inputs.freeNumberCap);
    inputs.twilioCanServe
            = TwilioFallback::of(workspace, organizationId, QDateTime::currentDateTimeUtc())
                      .canServe()
            || (!inputs.organizationTwilioConfigured && !inputs.workspaceTwilioConfigured);
    for (const Assistant &assistant : workspace.directory.assistants) {
        if (!organizationId || assistant.organizationId == organizationId)
            ++inputs.assistants;
    }
    for (const PhoneNumber &number : numbers) {
        if ((!organizationId || number.organizationId == organizationId)
                && number.provider == NumberProvider::Twilio)
            ++inputs.twilioNumbers;
    }
    // Pool numbers not in Vapi yet are owned in Twilio, and billed, all the same: the
    // organization's own account's, or every account's for the workspace.
    const std::optional<TwilioAccount> own
            = organizationId ? workspace.twilioAccountOf(organizationId) : std::nullopt;
    for (const PoolNumber &pooled : workspace.poolNumbers) {
        if (pooled.state != PoolNumber::State::Imported
                && (!organizationId || (own && pooled.twilioAccountId == own->id)))
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
    stores.pool = services.pool;
    return scalingInputs(
            WorkspaceSnapshot::read(stores,
                    SnapshotPart::Organizations | SnapshotPart::Accounts | SnapshotPart::Pool
                            | SnapshotPart::Directory | SnapshotPart::Settings),
            organizationId);
}

} // namespace Switchboard
