// SPDX-License-Identifier: Apache-2.0
#include "OrganizationBadges.h"

#include "directory/DirectorySnapshot.h"
#include "storage/AccountStore.h"
#include "storage/WorkspaceSettings.h"

namespace Switchboard::OrganizationBadges {

QHash<qint64, OrganizationBadge> compute(const QList<Organization> &organizations,
        const AccountStore &accounts, const DirectorySnapshot &directory)
{
    std::optional<VapiAccount> workspaceAccount;
    QHash<qint64, VapiAccount> ownAccounts; // organization id -> its own account
    QHash<qint64, FreeNumberUsage> usageByAccount;
    for (const VapiAccount &account : accounts.vapiAccounts()) {
        if (account.isWorkspaceAccount())
            workspaceAccount = account;
        else
            ownAccounts.insert(account.organizationId, account);
        usageByAccount.insert(account.id,
                FreeNumberUsage(directory.freeNumberCount(account.id), account.freeNumberCap));
    }
    QHash<qint64, int> twilioNumbers;
    for (const PhoneNumber &number : directory.numbers) {
        if (number.provider == NumberProvider::Twilio)
            ++twilioNumbers[number.organizationId];
    }
    const bool workspaceTwilio = accounts.workspaceTwilioAccount().has_value();

    // The stage rule stays ScalingAdvice's: it is given the counts of one organization.
    const auto badgeFor = [&](qint64 organizationId, const std::optional<VapiAccount> &account,
                                  int organizationCount) {
        OrganizationBadge badge;
        badge.account = account;
        ScalingInputs inputs;
        inputs.organizations = organizationCount;
        inputs.workspaceTwilioConfigured = workspaceTwilio;
        if (account) {
            badge.usage = usageByAccount.value(account->id);
            inputs.freeNumbersUsed = badge.usage.used();
            inputs.freeNumberCap = badge.usage.cap();
        }
        inputs.twilioNumbers = organizationId ? twilioNumbers.value(organizationId) : 0;
        if (!organizationId) {
            for (int count : std::as_const(twilioNumbers))
                inputs.twilioNumbers += count;
        }
        badge.stage = ScalingAdvice::advise(inputs).stage;
        return badge;
    };

    QHash<qint64, OrganizationBadge> badges;
    for (const Organization &organization : organizations) {
        const auto own = ownAccounts.constFind(organization.id);
        badges.insert(organization.id,
                badgeFor(organization.id,
                        own != ownAccounts.constEnd() ? std::optional<VapiAccount>(*own)
                                                      : workspaceAccount,
                        1));
    }
    badges.insert(0, badgeFor(0, workspaceAccount, int(organizations.size())));
    return badges;
}

ScalingInputs scalingInputs(const QList<Organization> &organizations, const AccountStore &accounts,
        const WorkspaceSettings &settings, const DirectorySnapshot &directory,
        qint64 organizationId)
{
    ScalingInputs inputs;
    inputs.twilioNumberMonthlyPrice = settings.twilioNumberMonthlyPrice();
    inputs.workspaceTwilioConfigured = accounts.workspaceTwilioAccount().has_value();
    QList<VapiAccount> inScope;
    if (organizationId > 0) {
        if (const auto serving = accounts.vapiAccountServing(organizationId))
            inScope << *serving;
        inputs.organizations = 1;
        inputs.organizationTwilioConfigured
                = accounts.organizationTwilioAccount(organizationId).has_value();
    } else {
        inScope = accounts.vapiAccounts();
        inputs.organizations = int(organizations.size());
    }
    inputs.freeNumberCap = 0;
    for (const VapiAccount &account : std::as_const(inScope)) {
        inputs.freeNumbersUsed += directory.freeNumberCount(account.id);
        inputs.freeNumberCap += account.freeNumberCap;
    }
    for (const Assistant &assistant : directory.assistants) {
        if (!organizationId || assistant.organizationId == organizationId)
            ++inputs.assistants;
    }
    for (const PhoneNumber &number : directory.numbers) {
        if ((!organizationId || number.organizationId == organizationId)
                && number.provider == NumberProvider::Twilio)
            ++inputs.twilioNumbers;
    }
    return inputs;
}

} // namespace Switchboard::OrganizationBadges
