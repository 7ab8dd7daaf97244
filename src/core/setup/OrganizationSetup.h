#pragma once

#include "domain/DomainEnums.h"
#include "domain/PhoneAddress.h"
#include "domain/Validation.h"

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
    bool allowPurchase = false;
    int monthlyPurchaseLimit = 0;

    // Every problem, each naming its field and rule. Empty when the setup can be saved.
    QList<FieldError> validate() const;
    // The pool numbers in E.164 (valid ones only).
    QList<PhoneAddress> parsedPoolNumbers() const;

    // Validates, then writes the organization, its accounts and its pool in one transaction:
    // all of it or nothing. Sets `id`.
    bool save(WorkspaceDatabase &database, OrganizationStore &organizations, AccountStore &accounts,
            NumberPoolStore &pool, QString *error);
    // Reads what an existing organization is set up with.
    static std::optional<OrganizationSetup> load(qint64 organizationId,
            OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool);
};

} // namespace Switchboard
