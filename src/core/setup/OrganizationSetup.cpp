// SPDX-License-Identifier: Apache-2.0
#include "core/setup/OrganizationSetup.h"

#include "core/domain/VapiAccount.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct OrganizationSetupText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::OrganizationSetup)
};

// A cap typed by a person replaces what was documented or learned; the same cap again changes
// nothing (its source stays).
void setCapByHand(VapiAccount &account, const std::optional<int> &cap)
{
    if (!cap || *cap == account.freeNumberCap)
        return;
    account.freeNumberCap = *cap;
    account.capSource = CapSource::Manual;
    account.capSetAt = QDateTime::currentDateTimeUtc();
}

} // namespace

QList<FieldError> OrganizationSetup::validate() const
{
    QList<FieldError> problems;
    auto check = [&problems](const FieldError &problem) {
        if (problem)
            problems << problem;
    };
    check(Validation::checkSlug(slug, OrganizationSetupText::tr("slug")));
    check(Validation::checkDisplayName(name, OrganizationSetupText::tr("name")));
    if (!preferredAreaCode.isEmpty())
        check(Validation::checkAreaCode(preferredAreaCode, OrganizationSetupText::tr("area code")));
    if (!twilioAccountSid.isEmpty())
        check(Validation::checkTwilioSid(twilioAccountSid, TwilioSidKind::Account,
                OrganizationSetupText::tr("Twilio account SID")));
    if (!twilioApiKeySid.isEmpty())
        check(Validation::checkTwilioSid(twilioApiKeySid, TwilioSidKind::ApiKey,
                OrganizationSetupText::tr("Twilio API key SID")));
    if (!twilioApiKeySid.isEmpty() && twilioAccountSid.isEmpty())
        problems << FieldError{OrganizationSetupText::tr("Twilio account SID"),
                OrganizationSetupText::tr(
                        "is needed with an API key: the account SID stays in every "
                        "request's path")};
    if (!poolNumbers.isEmpty() && twilioAccountSid.isEmpty())
        problems << FieldError{OrganizationSetupText::tr("number pool"),
                OrganizationSetupText::tr(
                        "needs the organization's Twilio account SID: the numbers must "
                        "belong to that account")};
    for (const QString &text : poolNumbers) {
        QString error;
        if (!PhoneAddress::fromNumber(text, QStringLiteral("US"), &error).isValid())
            problems << FieldError{OrganizationSetupText::tr("number pool"), error};
    }
    if (freeNumberCap && !ownVapiAccount && !setUpWorkspaceVapi)
        problems << FieldError{OrganizationSetupText::tr("free-number cap"),
                OrganizationSetupText::tr(
                        "belongs to the organization's own Vapi account; the workspace's cap is "
                        "one of the workspace's settings")};
    else if (freeNumberCap
            && (*freeNumberCap < 0 || *freeNumberCap > VapiAccount::MaxFreeNumberCap))
        problems << FieldError{OrganizationSetupText::tr("free-number cap"),
                OrganizationSetupText::tr("must be between 0 and %1")
                        .arg(VapiAccount::MaxFreeNumberCap)};
    if (monthlyPurchaseLimit < 0 || monthlyPurchaseLimit > 1000)
        problems << FieldError{OrganizationSetupText::tr("purchase limit"),
                OrganizationSetupText::tr("must be between 0 and 1000 a month")};
    if (allowPurchase && twilioAccountSid.isEmpty())
        problems << FieldError{OrganizationSetupText::tr("allow purchase"),
                OrganizationSetupText::tr("needs the organization's Twilio account to buy in")};
    return problems;
}

QList<PhoneAddress> OrganizationSetup::parsedPoolNumbers() const
{
    QList<PhoneAddress> numbers;
    for (const QString &text : poolNumbers) {
        const PhoneAddress number = PhoneAddress::fromNumber(text, QStringLiteral("US"));
        if (number.isValid() && !numbers.contains(number))
            numbers << number;
    }
    return numbers;
}

QList<PoolHolder> OrganizationSetup::poolNumbersHeldElsewhere(
        WorkspaceDatabase &database, AccountStore &accounts, QString *error) const
{
    if (twilioAccountSid.isEmpty())
        return {};
    const auto ownTwilio = id != 0 ? accounts.organizationTwilioAccount(id) : std::nullopt;
    return PoolOwnership(database).holders(
            parsedPoolNumbers(), ownTwilio ? ownTwilio->id : 0, error);
}

QList<FieldError> OrganizationSetup::checkAgainstWorkspace(
        WorkspaceDatabase &database, AccountStore &accounts) const
{
    QString error;
    const QList<PoolHolder> holders = poolNumbersHeldElsewhere(database, accounts, &error);
    const QString field = OrganizationSetupText::tr("number pool");
    if (!error.isEmpty())
        return {FieldError{field,
                OrganizationSetupText::tr("cannot be checked against the other pools: %1")
                        .arg(error)}};
    QList<FieldError> problems;
    for (const PoolHolder &holder : holders)
        problems << FieldError{field, PoolOwnership::refusal(holder)};
    return problems;
}

bool OrganizationSetup::save(WorkspaceDatabase &database, OrganizationStore &organizations,
        AccountStore &accounts, NumberPoolStore &pool, QString *error)
{
    const QList<FieldError> problems = validate() + checkAgainstWorkspace(database, accounts);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.constFirst().toString();
        return false;
    }
    if (!database.beginTransaction()) {
        if (error)
            *error = OrganizationSetupText::tr("The workspace is busy; try again.");
        return false;
    }
    const qint64 before = id;
    if (!write(organizations, accounts, pool, error)) {
        database.rollbackTransaction();
        id = before;
        return false;
    }
    if (!database.commitTransaction()) {
        if (error)
            *error = OrganizationSetupText::tr(
                    "The workspace could not be written; nothing was changed.");
        database.rollbackTransaction();
        id = before;
        return false;
    }
    return true;
}

bool OrganizationSetup::write(OrganizationStore &organizations, AccountStore &accounts,
        NumberPoolStore &pool, QString *error)
{
    Organization organization;
    if (id != 0) {
        const auto existing = organizations.findById(id);
        if (!existing) {
            if (error)
                *error = OrganizationSetupText::tr("organization %1 does not exist").arg(id);
            return false;
        }
        // Scripts, exports and `switchboard-cli --org` name an organization by its slug: it is
        // chosen once (issue 17: the wizard let it change on edit).
        if (existing->slug != slug) {
            if (error)
                *error = OrganizationSetupText::tr(
                        "slug: stays \"%1\" once the organization exists; scripts and exports "
                        "name it by its slug")
                                 .arg(existing->slug);
            return false;
        }
        organization = *existing;
    }
    organization.slug = slug;
    organization.name = name;
    organization.contact = contact;
    organization.preferredAreaCode = preferredAreaCode;
    organization.preferSip = preferSip;
    organization.freeAreaCodes = freeAreaCodes;
    organization.autoProvision = autoProvision;
    organization.allowPurchase = allowPurchase;
    organization.monthlyPurchaseLimit = monthlyPurchaseLimit;
    if (!(id == 0 ? organizations.add(organization) : organizations.update(organization))
                    .reportTo(error))
        return false;

    if (!ownVapiAccount && setUpWorkspaceVapi && !accounts.workspaceVapiAccount()) {
        VapiAccount workspace;
        workspace.label = OrganizationSetupText::tr("Workspace");
        workspace.region = region;
        workspace.vapiOrgId = vapiOrgId.value_or(QString());
        setCapByHand(workspace, freeNumberCap);
        if (!accounts.saveVapiAccount(workspace).reportTo(error))
            return false;
    }

    // The organization's own Vapi account, for white-label customers.
    std::optional<VapiAccount> ownVapi;
    for (const VapiAccount &account : accounts.vapiAccounts()) {
        if (account.organizationId == organization.id)
            ownVapi = account;
    }
    if (ownVapiAccount) {
        VapiAccount account = ownVapi.value_or(VapiAccount{});
        account.organizationId = organization.id;
        account.region = region;
        if (account.label.isEmpty())
            account.label = name;
        if (vapiOrgId)
            account.vapiOrgId = *vapiOrgId;
        setCapByHand(account, freeNumberCap);
        if (!accounts.saveVapiAccount(account).reportTo(error))
            return false;
    } else if (ownVapi && !accounts.removeVapiAccount(ownVapi->id).reportTo(error)) {
        return false;
    }

    const auto ownTwilio = accounts.organizationTwilioAccount(organization.id);
    if (!twilioAccountSid.isEmpty()) {
        TwilioAccount account = ownTwilio.value_or(TwilioAccount{});
        account.organizationId = organization.id;
        account.accountSid = twilioAccountSid;
        account.authMode
                = twilioApiKeySid.isEmpty() ? TwilioAuthMode::AuthToken : TwilioAuthMode::ApiKey;
        account.apiKeySid = twilioApiKeySid;
        if (!accounts.saveTwilioAccount(account).reportTo(error))
            return false;
        if (ownTwilio && !removeUnlistedPoolNumbers(pool, account.id, error))
            return false;
        if (!pool.add(account.id, parsedPoolNumbers()).reportTo(error))
            return false;
    } else if (ownTwilio && !accounts.removeTwilioAccount(ownTwilio->id).reportTo(error)) {
        return false;
    }
    id = organization.id;
    return true;
}

// The pool is what the list says: a number taken out of it leaves the pool (found by the walk:
// it stayed, and the chain gave it out after the wizard said the pool was empty). One an
// assistant has, or a provisioning holds, is not taken from it: the save is refused whole.
bool OrganizationSetup::removeUnlistedPoolNumbers(
        NumberPoolStore &pool, qint64 twilioAccountId, QString *error) const
{
    const QList<PhoneAddress> listed = parsedPoolNumbers();
    QString readError;
    const QList<PoolNumber> held = pool.numbers(twilioAccountId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    for (const PoolNumber &number : held) {
        if (listed.contains(number.number))
            continue;
        // One statement decides, so a provisioning that claims it meanwhile wins cleanly.
        const WriteResult removed = pool.removeIfAvailable(number.id);
        if (removed)
            continue;
        if (error)
            *error = removed.kind() == WriteResult::Kind::NotFound
                    ? OrganizationSetupText::tr("number pool: %1 is in use (an assistant has it, "
                                                "or a provisioning holds it) and stays in the "
                                                "pool; put it back in the list, or release it "
                                                "from the Numbers tab first")
                              .arg(number.number.displayText())
                    : removed.message();
        return false;
    }
    return true;
}

std::optional<OrganizationSetup> OrganizationSetup::load(qint64 organizationId,
        OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool)
{
    const auto organization = organizations.findById(organizationId);
    if (!organization)
        return std::nullopt;
    OrganizationSetup setup;
    setup.id = organization->id;
    setup.slug = organization->slug;
    setup.name = organization->name;
    setup.contact = organization->contact;
    setup.preferredAreaCode = organization->preferredAreaCode;
    setup.preferSip = organization->preferSip;
    setup.freeAreaCodes = organization->freeAreaCodes;
    setup.autoProvision = organization->autoProvision;
    setup.allowPurchase = organization->allowPurchase;
    setup.monthlyPurchaseLimit = organization->monthlyPurchaseLimit;
    for (const VapiAccount &account : accounts.vapiAccounts()) {
        if (account.organizationId == organization->id) {
            setup.ownVapiAccount = true;
            setup.region = account.region;
            setup.freeNumberCap = account.freeNumberCap;
        }
    }
    if (const auto twilio = accounts.organizationTwilioAccount(organization->id)) {
        setup.twilioAccountSid = twilio->accountSid;
        setup.twilioApiKeySid = twilio->apiKeySid;
        for (const PoolNumber &number : pool.numbers(twilio->id))
            setup.poolNumbers << number.number.toString();
    }
    return setup;
}

} // namespace Switchboard
