// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"
#include "core/storage/PoolOwnership.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

class AccountStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;

// Everything an organization is set up with, as typed into the wizard or given to
// `switchboard-cli org add|edit`. Secrets are not part of it: they go to the keychain.
struct OrganizationSetup
{
    qint64 id = 0; // 0: a new organization
    QString slug;
    QString name;
    QString contact;
    bool ownVapiAccount = false; // white-label: the customer's own Vapi account
    Region region = Region::Us; // of the own Vapi account
    QString twilioAccountSid; // empty: no Twilio account of its own
    QString twilioApiKeySid; // set: authenticate with an API key instead of the auth token
    QStringList poolNumbers; // as typed; checked with libphonenumber
    QString preferredAreaCode;
    bool preferSip = false;
    FreeAreaCodes freeAreaCodes = FreeAreaCodes::Any;
    AutoProvision autoProvision = AutoProvision::Workspace;
    bool allowPurchase = false;
    int monthlyPurchaseLimit = 0;
    // The Vapi account a newly given key reaches (its orgId), as Vapi told; empty when that
    // could not be told. For the organization's own account, or the workspace's one when
    // setUpWorkspaceVapi. nullopt: no new key, what is stored stays.
    std::optional<QString> vapiOrgId;
    // First run: the workspace has no Vapi account yet. Saving sets it up in `region`; it
    // serves every organization that does not bring its own.
    bool setUpWorkspaceVapi = false;
    // The free-number cap of the Vapi account entered here (the organization's own, or the
    // workspace's being set up), set by a person (CapSource::Manual). nullopt, or the cap the
    // account has: as it is (a new account starts at Vapi's documented cap).
    std::optional<int> freeNumberCap;

    // Every problem, each naming its field and rule. Empty when the setup can be saved.
    QList<FieldError> validate() const;
    // The rules that need the workspace: a pool number that another pool (an organization's
    // or the workspace's) holds already. Only numbers new to this organization's pool count.
    QList<FieldError> checkAgainstWorkspace(
            WorkspaceDatabase &database, AccountStore &accounts) const;
    // The same, as the pools that hold those numbers (PoolOwnership::refusal words each).
    QList<PoolHolder> poolNumbersHeldElsewhere(
            WorkspaceDatabase &database, AccountStore &accounts, QString *error = nullptr) const;
    // The pool numbers in E.164 (valid ones only).
    QList<PhoneAddress> parsedPoolNumbers() const;

    // Checks (both kinds above), then writes the organization, its accounts and its pool in
    // one transaction: all of it or nothing. Sets `id`. Secrets are OrganizationSave's.
    bool save(WorkspaceDatabase &database, OrganizationStore &organizations, AccountStore &accounts,
            NumberPoolStore &pool, QString *error);
    // The writes of save(), inside a transaction the caller opened and will end: for
    // OrganizationSave, which commits them only once the keychain has taken the secrets.
    // Sets `id`.
    bool write(OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool,
            QString *error);
    // Within write(): the own Twilio account's pool numbers not in the list leave it (refused
    // whole when one is in use).
    bool removeUnlistedPoolNumbers(
            NumberPoolStore &pool, qint64 twilioAccountId, QString *error) const;
    // Reads what an existing organization is set up with.
    static std::optional<OrganizationSetup> load(qint64 organizationId,
            OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool);
};

} // namespace Switchboard
