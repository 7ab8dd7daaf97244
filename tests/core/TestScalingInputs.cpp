// SPDX-License-Identifier: Apache-2.0
// The counts behind the Scaling tab, `switchboard-cli usage` and `scaling`: one function
// (core's scalingInputs) for both front ends, on a workspace with a shared Vapi account and a
// white-label customer's own.
#include "TestSupport.h"
#include "core/provisioning/ScalingAdvice.h"
#include "core/provisioning/UsageReport.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QTest>
#include <QUuid>

using namespace Switchboard;

class TestScalingInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theWorkspaceCountsEveryAccount();
    void anOrganizationCountsItsOwn();
    void aSharedAccountCountsForEachOrganizationItServes();
    void theCacheAndASnapshotAgree();
    void usageReportsNameTheOrganizationsAnAccountServes();
    void anAccountOverItsCapIsFullNotRoomForOthers();
    void poolNumbersAreBilledAndAnEmptyTwilioServesNobody();

private:
    Assistant addAssistant(const Organization &organization, qint64 vapiAccountId);
    void addNumber(NumberProvider provider, const Organization &organization, qint64 vapiAccountId,
            const QString &assistantId = {});
    ProvisioningServices services() const;

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    std::unique_ptr<OrganizationStore> m_organizations;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<WorkspaceSettings> m_settings;
    std::unique_ptr<NumberPoolStore> m_pool;
    VapiAccount m_shared; // the workspace's, serving acme and zeta
    VapiAccount m_own; // bright's own (white-label)
    Organization m_acme, m_zeta, m_bright;
    int m_numberSerial = 0;
};

void TestScalingInputs::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY(m_workspace->isValid());
    WorkspaceDatabase &db = m_workspace->database();
    m_organizations = std::make_unique<OrganizationStore>(db);
    m_accounts = std::make_unique<AccountStore>(db);
    m_directory = std::make_unique<DirectoryStore>(db);
    m_settings = std::make_unique<WorkspaceSettings>(db);
    m_pool = std::make_unique<NumberPoolStore>(db);
    QVERIFY(m_settings->setTwilioNumberMonthlyPrice(2.5));

    m_acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
    m_zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta Clinics"));
    m_bright = Test::makeOrganization(QStringLiteral("bright"), QStringLiteral("Brightside"));
    QVERIFY(m_organizations->add(m_acme));
    QVERIFY(m_organizations->add(m_zeta));
    QVERIFY(m_organizations->add(m_bright));
    m_shared = {};
    m_own = {};
    m_numberSerial = 0;
    m_shared.label = QStringLiteral("Workspace");
    m_shared.freeNumberCap = 5;
    QVERIFY(m_accounts->saveVapiAccount(m_shared));
    m_own.label = QStringLiteral("Brightside");
    m_own.organizationId = m_bright.id;
    m_own.freeNumberCap = 10;
    QVERIFY(m_accounts->saveVapiAccount(m_own));
    TwilioAccount acmeTwilio;
    acmeTwilio.organizationId = m_acme.id;
    acmeTwilio.accountSid = QStringLiteral("AC00000000000000000000000000000001");
    QVERIFY(m_accounts->saveTwilioAccount(acmeTwilio));

    // acme: 3 assistants, 2 free numbers and 1 Twilio number; zeta: 1 assistant, 1 free
    // number; bright: 2 assistants, 2 free numbers in its own account.
    const Assistant a1 = addAssistant(m_acme, m_shared.id);
    const Assistant a2 = addAssistant(m_acme, m_shared.id);
    const Assistant a3 = addAssistant(m_acme, m_shared.id);
    const Assistant z1 = addAssistant(m_zeta, m_shared.id);
    const Assistant b1 = addAssistant(m_bright, m_own.id);
    const Assistant b2 = addAssistant(m_bright, m_own.id);
    addNumber(NumberProvider::Vapi, m_acme, m_shared.id, a1.id);
    addNumber(NumberProvider::Vapi, m_acme, m_shared.id, a2.id);
    addNumber(NumberProvider::Twilio, m_acme, m_shared.id, a3.id);
    addNumber(NumberProvider::Vapi, m_zeta, m_shared.id, z1.id);
    addNumber(NumberProvider::Vapi, m_bright, m_own.id, b1.id);
    addNumber(NumberProvider::Vapi, m_bright, m_own.id, b2.id);
}

void TestScalingInputs::cleanup()
{
    m_pool.reset();
    m_settings.reset();
    m_directory.reset();
    m_accounts.reset();
    m_organizations.reset();
    m_workspace.reset();
}

Assistant TestScalingInputs::addAssistant(const Organization &organization, qint64 vapiAccountId)
{
    Assistant assistant;
    assistant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assistant.vapiAccountId = vapiAccountId;
    assistant.organizationId = organization.id;
    assistant.name = organization.name + QStringLiteral(" assistant");
    if (const WriteResult added = m_directory->upsertAssistant(assistant); !added)
        qFatal("cannot add an assistant: %s", qPrintable(added.message()));
    return assistant;
}

void TestScalingInputs::addNumber(NumberProvider provider, const Organization &organization,
        qint64 vapiAccountId, const QString &assistantId)
{
    PhoneNumber number;
    number.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    number.vapiAccountId = vapiAccountId;
    number.organizationId = organization.id;
    number.provider = provider;
    number.address = PhoneAddress::parse(
            QStringLiteral("+1415555%1").arg(++m_numberSerial, 4, 10, QLatin1Char('0')));
    number.assistantId = assistantId;
    if (const WriteResult added = m_directory->upsertNumber(number); !added)
        qFatal("cannot add a number: %s", qPrintable(added.message()));
}

ProvisioningServices TestScalingInputs::services() const
{
    ProvisioningServices services;
    services.organizations = m_organizations.get();
    services.accounts = m_accounts.get();
    services.directory = m_directory.get();
    services.settings = m_settings.get();
    services.pool = m_pool.get();
    return services;
}

void TestScalingInputs::theWorkspaceCountsEveryAccount()
{
    const ScalingInputs inputs = scalingInputs(services(), 0);
    QCOMPARE(inputs.organizations, 3);
    QCOMPARE(inputs.assistants, 6);
    QCOMPARE(inputs.freeNumbersUsed, 5); // 3 in the shared account, 2 in bright's
    QCOMPARE(inputs.freeNumberCap, 15); // 5 + 10
    QCOMPARE(inputs.twilioNumbers, 1);
    QVERIFY(!inputs.workspaceTwilioConfigured);
    QCOMPARE(inputs.twilioNumberMonthlyPrice, 2.5);
}

void TestScalingInputs::anOrganizationCountsItsOwn()
{
    const ScalingInputs bright = scalingInputs(services(), m_bright.id);
    QCOMPARE(bright.organizations, 1);
    QCOMPARE(bright.assistants, 2);
    QCOMPARE(bright.freeNumbersUsed, 2);
    QCOMPARE(bright.freeNumberCap, 10);
    QCOMPARE(bright.twilioNumbers, 0);
    QVERIFY(!bright.organizationTwilioConfigured);

    const ScalingInputs acme = scalingInputs(services(), m_acme.id);
    QCOMPARE(acme.assistants, 3);
    QCOMPARE(acme.twilioNumbers, 1);
    QVERIFY(acme.organizationTwilioConfigured);
}

void TestScalingInputs::aSharedAccountCountsForEachOrganizationItServes()
{
    // The shared account's cap is one allowance for acme and zeta together: each sees what the
    // account holds (3 of 5), not only its own numbers.
    const ScalingInputs zeta = scalingInputs(services(), m_zeta.id);
    QCOMPARE(zeta.freeNumbersUsed, 3);
    QCOMPARE(zeta.freeNumberCap, 5);
    QCOMPARE(zeta.assistants, 1);
}

void TestScalingInputs::theCacheAndASnapshotAgree()
{
    // The console counts from its snapshot cache, the CLI from a snapshot it reads: the same
    // function, the same answer.
    WorkspaceStores stores;
    stores.organizations = m_organizations.get();
    stores.accounts = m_accounts.get();
    stores.directory = m_directory.get();
    stores.settings = m_settings.get();
    SnapshotCache cache(stores);
    cache.reload();
    for (const qint64 id : {qint64(0), m_acme.id, m_zeta.id, m_bright.id}) {
        const ScalingInputs fromCache = scalingInputs(services(), id);
        const ScalingInputs fromLists = scalingInputs(cache.snapshot(), id);
        QCOMPARE(fromLists.assistants, fromCache.assistants);
        QCOMPARE(fromLists.freeNumbersUsed, fromCache.freeNumbersUsed);
        QCOMPARE(fromLists.freeNumberCap, fromCache.freeNumberCap);
        QCOMPARE(fromLists.twilioNumbers, fromCache.twilioNumbers);
        QCOMPARE(fromLists.organizations, fromCache.organizations);
    }
}

void TestScalingInputs::usageReportsNameTheOrganizationsAnAccountServes()
{
    const QList<UsageReport> all = usageReports(services(), 0);
    QCOMPARE(all.size(), 2);
    const UsageReport &shared = all.at(0).account.id == m_shared.id ? all.at(0) : all.at(1);
    const UsageReport &own = all.at(0).account.id == m_own.id ? all.at(0) : all.at(1);
    QCOMPARE(shared.organizations, (QStringList{QStringLiteral("acme"), QStringLiteral("zeta")}));
    QCOMPARE(shared.usage.used(), 3);
    QCOMPARE(shared.usage.cap(), 5);
    QCOMPARE(own.organizations, QStringList{QStringLiteral("bright")});
    QCOMPARE(own.usage.used(), 2);

    const QList<UsageReport> zetaOnly = usageReports(services(), m_zeta.id);
    QCOMPARE(zetaOnly.size(), 1);
    QCOMPARE(zetaOnly.constFirst().account.id, m_shared.id);
}

// Found on the console: Brightside's 7 numbers against its cap of 5 were added up with the
// other accounts, as if its 2 over the cap were room the others lacked, and "All organizations"
// said "Free numbers" while Brightside's assistants waited in the queue.
void TestScalingInputs::anAccountOverItsCapIsFullNotRoomForOthers()
{
    m_own.freeNumberCap = 1; // bright holds 2
    QVERIFY(m_accounts->saveVapiAccount(m_own));
    const ScalingInputs bright = scalingInputs(services(), m_bright.id);
    QCOMPARE(bright.freeNumbersUsed, 1);
    QCOMPARE(bright.freeNumberCap, 1);
    const ScalingInputs all = scalingInputs(services(), 0);
    QCOMPARE(all.freeNumberCap, 6);
    QCOMPARE(all.freeNumbersUsed, 6); // one account is full: the workspace's stage says so
    QVERIFY(ScalingAdvice::advise(all).stage == ScalingAdvice::Stage::Twilio);
    // What people are told stays what is there (found by the walk: "5 of 5" beside the
    // meter's "7 of 5", "25 of 25" while 10 were in use).
    QCOMPARE(bright.freeNumbersInUse, 2);
    QCOMPARE(ScalingAdvice::freeNumbersText(bright), QStringLiteral("2 in use, cap 1"));
    QCOMPARE(all.freeNumbersInUse, 5); // 3 in the shared account, 2 in bright's
    QCOMPARE(all.vapiAccounts, 2);
    QCOMPARE(all.fullVapiAccounts, 1);
    QCOMPARE(ScalingAdvice::freeNumbersText(all),
            QStringLiteral("5 in use in 2 Vapi accounts (caps 6 together); 1 account(s) full"));
    // The shared account still has 2 free numbers for acme and zeta.
    const ScalingInputs zeta = scalingInputs(services(), m_zeta.id);
    QVERIFY(ScalingAdvice::advise(zeta).stage == ScalingAdvice::Stage::FreeNumbers);
}

// Pool numbers not yet in Vapi are billed by Twilio all the same; and a Twilio account whose
// pool is used up and may not buy cannot serve ("Done: Twilio is set up" beside "Needs Twilio"
// was found on the console).
void TestScalingInputs::poolNumbersAreBilledAndAnEmptyTwilioServesNobody()
{
    const std::optional<TwilioAccount> twilio = m_accounts->organizationTwilioAccount(m_acme.id);
    QVERIFY(twilio);
    ScalingInputs acme = scalingInputs(services(), m_acme.id);
    QCOMPARE(acme.twilioNumbers, 1);
    QVERIFY(!acme.twilioCanServe); // no pool, no buying
    m_shared.freeNumberCap = 4; // the shared account is full (acme 2 + zeta 1 + 1 more)
    QVERIFY(m_accounts->saveVapiAccount(m_shared));
    addNumber(NumberProvider::Vapi, m_zeta, m_shared.id);
    const ScalingAdvice stuck = ScalingAdvice::advise(scalingInputs(services(), m_acme.id));
    QVERIFY(stuck.stage == ScalingAdvice::Stage::Twilio);
    QVERIFY2(stuck.setupTime.contains(QStringLiteral("can give no number")),
            qPrintable(stuck.setupTime));

    QCOMPARE(Test::addToPool(*m_pool, twilio->id,
                     {PhoneAddress::fromNumber(QStringLiteral("+14155550191")),
                             PhoneAddress::fromNumber(QStringLiteral("+14155550192"))}),
            2);
    acme = scalingInputs(services(), m_acme.id);
    QCOMPARE(acme.twilioNumbers, 3); // the one in Vapi and the two in the pool
    QVERIFY(acme.twilioCanServe);
    QCOMPARE(ScalingAdvice::advise(acme).setupTime, QStringLiteral("Done: Twilio is set up."));
    // Zeta has no Twilio account of its own: acme's pool is neither its cost nor its source.
    QCOMPARE(scalingInputs(services(), m_zeta.id).twilioNumbers, 0);
    QCOMPARE(scalingInputs(services(), 0).twilioNumbers, 3);
}

QTEST_GUILESS_MAIN(TestScalingInputs)
#include "TestScalingInputs.moc"
