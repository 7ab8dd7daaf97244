// SPDX-License-Identifier: Apache-2.0
#include "UsageReport.h"

#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceSettings.h"

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

ScalingInputs scalingInputs(const ProvisioningServices &services, qint64 organizationId)
{
    ScalingInputs inputs;
    inputs.twilioNumberMonthlyPrice = services.settings->twilioNumberMonthlyPrice();
    inputs.workspaceTwilioConfigured = services.accounts->workspaceTwilioAccount().has_value();
    const QList<UsageReport> reports = usageReports(services, organizationId);
    inputs.freeNumberCap = 0;
    for (const UsageReport &report : reports) {
        inputs.freeNumbersUsed += report.usage.used();
        inputs.freeNumberCap += report.usage.cap();
    }
    if (organizationId > 0) {
        inputs.organizations = 1;
        inputs.organizationTwilioConfigured
                = services.accounts->organizationTwilioAccount(organizationId).has_value();
    } else {
        inputs.organizations = int(services.organizations->list().size());
    }
    inputs.assistants = int(services.directory->assistants(organizationId).size());
    for (const PhoneNumber &number : services.directory->numbers(organizationId)) {
        if (number.provider == NumberProvider::Twilio)
            ++inputs.twilioNumbers;
    }
    return inputs;
}

} // namespace Switchboard
