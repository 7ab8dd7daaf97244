// SPDX-License-Identifier: Apache-2.0
#include "sandbox/SandboxDemo.h"

#include "core/secrets/SecretKey.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>

namespace Switchboard::Sandbox {
namespace {

QSet<QString> numbersInVapi(const World &world)
{
    QSet<QString> numbers;
    for (const VapiOrgRecord &org : world.vapiOrgs) {
        for (const VapiNumberRecord &number : org.phoneNumbers)
            numbers.insert(number.fields.value(QStringLiteral("number")).toString());
    }
    return numbers;
}

QList<PhoneAddress> poolOf(const TwilioAccountRecord &account, const QSet<QString> &inVapi)
{
    QList<PhoneAddress> pool;
    for (const IncomingNumberRecord &number : account.numbers) {
        if (!inVapi.contains(number.phoneNumber))
            pool << PhoneAddress::fromNumber(number.phoneNumber);
    }
    return pool;
}

} // namespace

QString SandboxDemo::slugFor(const QString &name)
{
    static const QRegularExpression notSlug(QStringLiteral("[^a-z0-9]+"));
    QString slug = name.toLower().replace(notSlug, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(40);
}

bool SandboxDemo::seedWorkspace(const World &world, WorkspaceDatabase &database,
        OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool,
        Secrets *secrets, QString *error)
{
    if (!organizations.list().isEmpty()) {
        // Seeded before (a --data-dir kept across runs): only the secrets are needed again.
        for (const VapiOrgRecord &org : world.vapiOrgs) {
            const auto organization
                    = organizations.findBySlug(slugFor(org.name.isEmpty() ? org.orgId : org.name));
            if (!organization)
                continue;
            for (const VapiAccount &vapi : accounts.vapiAccounts()) {
                if (vapi.organizationId == organization->id)
                    secrets->append({SecretKey::forAccount(vapi), org.apiKey});
            }
        }
        for (const TwilioAccount &account : accounts.twilioAccounts()) {
            for (const TwilioAccountRecord &twilio : world.twilioAccounts) {
                if (twilio.sid == account.accountSid)
                    secrets->append({SecretKey::forAccount(account), twilio.authToken});
            }
        }
        return true;
    }
    if (!database.beginTransaction()) {
        if (error)
            *error = QStringLiteral("the demo workspace is busy");
        return false;
    }
    auto fail = [&database] {
        database.rollbackTransaction();
        return false;
    };
    const QSet<QString> inVapi = numbersInVapi(world);
    const int defaultCap = world.settings.defaultFreeNumberCap;
    // The demo tells a story with assistants that wait for a click ("Provision number"); the
    // automatic path is one switch away (Settings, Workspace; workspace set --auto-provision on).
    if (!WorkspaceSettings(database).setAutoProvisionByDefault(false).reportTo(error))
        return fail();

    for (const VapiOrgRecord &org : world.vapiOrgs) {
        Organization organization;
        organization.slug = slugFor(org.name.isEmpty() ? org.orgId : org.name);
        organization.name = org.name.isEmpty() ? organization.slug : org.name;
        organization.contact
                = QStringLiteral("ops@") + organization.slug + QStringLiteral(".example");
        if (!organizations.add(organization).reportTo(error))
            return fail();
        VapiAccount vapi;
        vapi.organizationId = organization.id;
        vapi.label = organization.name;
        vapi.region = org.region == u"eu" ? Region::Eu : Region::Us;
        vapi.vapiOrgId = org.orgId;
        vapi.freeNumberCap = org.freeNumberCap >= 0 ? org.freeNumberCap : defaultCap;
        // A cap other than Vapi's documented one is the demo's doing: said so, not called
        // "Vapi's documented cap" (found by the walk: "Cap 10: Vapi's documented cap" beside
        // Brightside's "Cap 5: Vapi's documented cap").
        if (vapi.freeNumberCap != VapiAccount::DefaultFreeNumberCap) {
            vapi.capSource = CapSource::Manual;
            vapi.capSetAt = QDateTime::currentDateTimeUtc();
        }
        if (!accounts.saveVapiAccount(vapi).reportTo(error))
            return fail();
        secrets->append({SecretKey::forAccount(vapi), org.apiKey});

        for (const TwilioAccountRecord &twilio : world.twilioAccounts) {
            if (!twilio.isSubaccount() || twilio.friendlyName != org.name)
                continue;
            TwilioAccount account;
            account.organizationId = organization.id;
            account.accountSid = twilio.sid;
            account.label = twilio.friendlyName;
            if (!accounts.saveTwilioAccount(account).reportTo(error)
                    || !pool.add(account.id, poolOf(twilio, inVapi)).reportTo(error))
                return fail();
            secrets->append({SecretKey::forAccount(account), twilio.authToken});
        }
    }
    for (const TwilioAccountRecord &twilio : world.twilioAccounts) {
        if (twilio.isSubaccount())
            continue;
        TwilioAccount account;
        account.accountSid = twilio.sid;
        account.label = twilio.friendlyName;
        if (!accounts.saveTwilioAccount(account).reportTo(error)
                || !pool.add(account.id, poolOf(twilio, inVapi)).reportTo(error))
            return fail();
        secrets->append({SecretKey::forAccount(account), twilio.authToken});
        break; // one workspace account
    }
    if (!database.commitTransaction()) {
        if (error)
            *error = QStringLiteral("the demo workspace could not be written");
        return fail();
    }
    return true;
}

} // namespace Switchboard::Sandbox
