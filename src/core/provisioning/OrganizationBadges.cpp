// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/OrganizationBadges.h"

#include "core/provisioning/TwilioFallback.h"
#include "core/snapshot/WorkspaceSnapshot.h"

namespace Switchboard::OrganizationBadges {

QHash<qint64, OrganizationBadge> compute(const WorkspaceSnapshot &workspace, const QDateTime &now)
{
    const QList<Organization> &organizations = workspace.organizations;
    const DirectorySnapshot &directory = workspace.directory;
    std::optional<VapiAccount> workspaceAccount;
    QHash<qint64, VapiAccount> ownAccounts; // organization id -> its own account
    QHash<qint64, FreeNumberUsage> usageByAccount;
    for (const VapiAccount &account : workspace.vapiAccounts) {
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
    const bool workspaceTwilio = workspace.twilioAccountOf(0).has_value();
    const QHash<qint64, int> spare = TwilioFallback::spareNumbers(workspace, now);

    // The stage rule stays ScalingAdvice's: it is given the counts of one organization.
    const auto badgeFor = [&](const Organization *organization,
                                  const std::optional<VapiAccount> &account,
                                  int organizationCount) {
        const qint64 organizationId = organization ? organization->id : 0;
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
        badge.twilioServes = TwilioFallback::of(workspace, organization, spare).canServe();
        return badge;
    };

    QHash<qint64, OrganizationBadge> badges;
    for (const Organization &organization : organizations) {
        const auto own = ownAccounts.constFind(organization.id);
        badges.insert(organization.id,
                badgeFor(&organization,
                        own != ownAccounts.constEnd() ? std::optional<VapiAccount>(*own)
                                                      : workspaceAccount,
                        1));
    }
    badges.insert(0, badgeFor(nullptr, workspaceAccount, int(organizations.size())));
    return badges;
}

} // namespace Switchboard::OrganizationBadges
