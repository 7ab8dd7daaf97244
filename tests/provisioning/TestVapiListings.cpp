// SPDX-License-Identifier: Apache-2.0
#include "EngineFixture.h"

#include "core/provisioning/AutoProvisioner.h"
#include "core/provisioning/Reconciliation.h"
#include "core/setup/OrganizationSetup.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/world/VapiNumberRecord.h"
#include "sandbox/world/VapiOrgRecord.h"

using namespace Switchboard;
using Test::EngineFixture;

// What the chain concludes from Vapi's listings, against a sandbox that lists as the real
// service may: metadata with only the fields PaginationMeta requires (no hasNextPage, no
// totalPages), and numbers masked ("+141****0180"). A number that is in Vapi must never be
// taken for one that is not: its pool claim would go back and it could be sold twice.
class TestVapiListings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClaimBeyondTheFirstPageIsNotReleased();
    void aMaskedListingDoesNotReleaseAClaim();
    void aMaskedListingKeepsTheKnownNumber();
    void aSharedAccountKeepsUnlinkedAssistantsWithTheFirstOrganization();

private:
    // A crash while Vapi applies the import of the organization's only pool number: the
    // attempt is left in flight with its claim, Vapi holds the number.
    static void crashDuringAnImport(EngineFixture &f, Organization *acme, QString *assistantId);
    static bool reconcile(EngineFixture &f, Reconciliation::Summary *summary);
    static PoolNumber poolNumber(EngineFixture &f, const Organization &organization);
};

const QString PoolE164 = QStringLiteral("+14155550180");

void TestVapiListings::crashDuringAnImport(
        EngineFixture &f, Organization *acme, QString *assistantId)
{
    QVERIFY(f.setUpVapi(0)); // no free numbers: the pool's number is imported
    *acme = f.addOrganization(QStringLiteral("acme"), {PoolE164});
    const QStringList assistants = f.createAssistants(*acme, 1);
    QCOMPARE(assistants.size(), 1);
    *assistantId = assistants.constFirst();
    QString error;
    const auto rule = Sandbox::FaultRule::parse(
            QStringLiteral("lost:hang@POST /phone-number,count=1"), &error);
    QVERIFY2(rule, qPrintable(error));
    f.sandbox.faults().add(*rule);
    QVERIFY(f.engine->provision(acme->id, *assistantId, &error));
    QTRY_VERIFY_WITH_TIMEOUT(
            !f.sandbox.requestLog()
                     .matching(QStringLiteral("POST"), QStringLiteral("/phone-number"), 201)
                     .isEmpty(),
            10000);
    f.engine.reset(); // the kill
    f.sandbox.faults().clear();
    f.engine = std::make_unique<ProvisioningEngine>(f.services);
    QVERIFY(poolNumber(f, *acme).state == PoolNumber::State::Reserved);
}

bool TestVapiListings::reconcile(EngineFixture &f, Reconciliation::Summary *summary)
{
    Reconciliation *reconciliation = f.engine->reconcile();
    QSignalSpy finished(reconciliation, &Reconciliation::finished);
    reconciliation->start();
    const bool ok = finished.wait(20000);
    if (ok)
        *summary = reconciliation->summary();
    reconciliation->deleteLater();
    return ok;
}

PoolNumber TestVapiListings::poolNumber(EngineFixture &f, const Organization &organization)
{
    const QList<PoolNumber> pool
            = f.pool.numbers(f.accounts.organizationTwilioAccount(organization.id)->id);
    return pool.size() == 1 ? pool.constFirst() : PoolNumber{};
}

void TestVapiListings::aClaimBeyondTheFirstPageIsNotReleased()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Organization acme;
    QString assistantId;
    crashDuringAnImport(f, &acme, &assistantId);
    if (QTest::currentTestFailed())
        return;

    // 1,200 newer numbers: newest first, the imported one is on the second page of 1,000.
    Sandbox::VapiOrgRecord *org
            = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    for (int i = 0; i < 1200; ++i) {
        Sandbox::VapiNumberRecord record;
        record.id = f.sandbox.state().newUuid();
        record.provider = QStringLiteral("vapi");
        record.createdAt = record.updatedAt = f.sandbox.state().now();
        record.fields.insert(
                QStringLiteral("sipUri"), QStringLiteral("sip:line-%1@sip.vapi.ai").arg(i));
        f.sandbox.state().addVapiNumber(*org, record);
    }
    QVERIFY(!f.sandbox.state().world().settings.fullPaginationMetadata);
    const qsizetype listedBefore
            = f.sandbox.requestLog()
                      .matching(QStringLiteral("GET"), QStringLiteral("/v2/**"))
                      .size();

    Reconciliation::Summary summary;
    QVERIFY2(reconcile(f, &summary), "reconciliation did not end");
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 0);
    // Judged by the sandbox: the number is in Vapi for the assistant, and the pool says so.
    const auto inVapi = std::find_if(org->phoneNumbers.cbegin(), org->phoneNumbers.cend(),
            [](const Sandbox::VapiNumberRecord &n) { return n.number() == PoolE164; });
    QVERIFY(inVapi != org->phoneNumbers.cend());
    QCOMPARE(inVapi->fields.value(QStringLiteral("assistantId")).toString(), assistantId);
    const PoolNumber pooled = poolNumber(f, acme);
    QVERIFY(pooled.state == PoolNumber::State::Imported);
    QCOMPARE(pooled.vapiPhoneNumberId, inVapi->id);
    // It took more than one page to see it.
    QVERIFY(f.sandbox.requestLog().matching(QStringLiteral("GET"), QStringLiteral("/v2/**")).size()
            >= listedBefore + 2);
}

void TestVapiListings::aMaskedListingDoesNotReleaseAClaim()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Sandbox::World world = f.sandbox.state().world();
    world.settings.maskListedNumbers = true;
    f.sandbox.state().setWorld(world);
    Organization acme;
    QString assistantId;
    crashDuringAnImport(f, &acme, &assistantId);
    if (QTest::currentTestFailed())
        return;

    Reconciliation::Summary summary;
    QVERIFY2(reconcile(f, &summary), "reconciliation did not end");
    QCOMPARE(summary.succeeded, 1);
    const Sandbox::VapiOrgRecord *org
            = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    QCOMPARE(org->phoneNumbers.size(), 1);
    QCOMPARE(org->phoneNumbers.constFirst().number(), PoolE164);
    const PoolNumber pooled = poolNumber(f, acme);
    QVERIFY(pooled.state == PoolNumber::State::Imported);
    QCOMPARE(pooled.vapiPhoneNumberId, org->phoneNumbers.constFirst().id);
}

void TestVapiListings::aMaskedListingKeepsTheKnownNumber()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Sandbox::World world = f.sandbox.state().world();
    world.settings.maskListedNumbers = true;
    f.sandbox.state().setWorld(world);
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {PoolE164});
    const QStringList assistants = f.createAssistants(acme, 1);
    QCOMPARE(assistants.size(), 1);

    const ProvisioningResult result = f.provision(acme, assistants.constFirst());
    QVERIFY(result.outcome == AttemptOutcome::Succeeded);
    QCOMPARE(result.number.address.toString(), PoolE164);
    // The sandbox lists it masked …
    QVERIFY(f.refresh());
    const QList<PhoneNumber> cached = f.directory.numbers();
    QCOMPARE(cached.size(), 1);
    // … and the workspace keeps the number it knows by the id, not the mask.
    QCOMPARE(cached.constFirst().address.toString(), PoolE164);
    QCOMPARE(cached.constFirst().id, result.number.id);

    // A number the workspace never saw whole stays unknown, never a wrong one.
    Sandbox::VapiOrgRecord *org
            = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    Sandbox::VapiNumberRecord other;
    other.id = f.sandbox.state().newUuid();
    other.provider = QStringLiteral("vapi");
    other.createdAt = other.updatedAt = f.sandbox.state().now();
    other.fields.insert(QStringLiteral("number"), QStringLiteral("+18336840199"));
    f.sandbox.state().addVapiNumber(*org, other);
    QVERIFY(f.refresh());
    const auto unseen = f.directory.number(other.id);
    QVERIFY(unseen);
    QVERIFY(!unseen->address.isValid());
    QCOMPARE(unseen->maskedNumber, QStringLiteral("+183****0199"));
    QVERIFY(unseen->matchAddress(PhoneAddress::fromNumber(QStringLiteral("+18336840199")))
            == PhoneNumber::Match::Unknown);
    QVERIFY(unseen->matchAddress(PhoneAddress::fromNumber(PoolE164))
            == PhoneNumber::Match::Different);
}

// Two customers whose keys reach one Vapi account (sharing it was confirmed): an assistant made
// in the Vapi dashboard, without Switchboard's link in its metadata, stays with the customer
// that registered the account first, whichever of them lists it and however often; the second
// customer's policy never gives it a number.
void TestVapiListings::aSharedAccountKeepsUnlinkedAssistantsWithTheFirstOrganization()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    const auto addCustomer = [&f](const QString &slug, AutoProvision policy) -> qint64 {
        OrganizationSetup setup;
        setup.slug = slug;
        setup.name = slug;
        setup.preferredAreaCode = QStringLiteral("415");
        setup.ownVapiAccount = true;
        setup.vapiOrgId = QStringLiteral("org-shared-by-two");
        setup.autoProvision = policy;
        QString error;
        if (!setup.save(f.workspace.database(), f.organizations, f.accounts, f.pool, &error)) {
            qWarning() << error;
            return 0;
        }
        const auto account = f.accounts.vapiAccountServing(setup.id);
        if (!account
                || !f.setSecret(
                        SecretKey::forAccount(*account), QLatin1String(EngineFixture::VapiKey)))
            return 0;
        return setup.id;
    };
    const qint64 acme = addCustomer(QStringLiteral("acme"), AutoProvision::Off);
    const qint64 evergreen = addCustomer(QStringLiteral("evergreen"), AutoProvision::On);
    QVERIFY(acme != 0 && evergreen != 0);

    // Made in the Vapi dashboard: no metadata.
    VapiClient client(f.network, f.scheduler,
            VapiCredentials{f.sandbox.baseUrl(), QLatin1String(EngineFixture::VapiKey),
                    QStringLiteral("dashboard")});
    VapiAssistantDraft draft;
    draft.name = QStringLiteral("Recall reminders");
    QString assistantId;
    client.createAssistant(draft, &client, [&assistantId](const ApiResult<Assistant> &r) {
        assistantId = r ? r.value().id : QStringLiteral("-");
    });
    QTRY_VERIFY(!assistantId.isEmpty());
    QVERIFY(assistantId != QStringLiteral("-"));

    for (int round = 0; round < 2; ++round) {
        QVERIFY(f.refresh());
        const auto cached = f.directory.assistant(assistantId);
        QVERIFY(cached);
        QCOMPARE(cached->organizationId, acme);
    }

    QSet<qint64> listed;
    for (const VapiAccount &account : f.accounts.vapiAccounts())
        listed.insert(account.id);
    AutoProvisioner automatic(*f.engine, listed);
    QSignalSpy finished(&automatic, &AutoProvisioner::finished);
    automatic.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(automatic.results().size(), 0);
    QCOMPARE(Test::vapiNumbersOf(f, assistantId).size(), 0);
}

QTEST_GUILESS_MAIN(TestVapiListings)
#include "TestVapiListings.moc"
