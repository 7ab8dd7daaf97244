// SPDX-License-Identifier: Apache-2.0
// The free link against Vapi's real answers (issue 14): an area code without stock, the payment
// gate, and a learned cap that can rise again. Judged by what the sandbox's Vapi and Twilio hold
// and by the requests they saw, not by the workspace's bookkeeping alone.
#include "EngineFixture.h"
#include "core/provisioning/FreeNumberCap.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

const QString OrgPoolNumber = QStringLiteral("+14155550181");

// Twilio numbers Vapi imported: money the chain spent while free numbers remained.
int imports(EngineFixture &f)
{
    int count = 0;
    for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs) {
        for (const Sandbox::VapiNumberRecord &number : org.phoneNumbers)
            count += number.provider == u"twilio";
    }
    return count;
}

// Creates of free numbers Vapi was asked for (an import is a POST to the same path).
int freeNumberRequests(EngineFixture &f)
{
    return int(f.sandbox.requestLog()
                           .matching(QStringLiteral("POST"), QStringLiteral("/phone-number"))
                           .size())
            - imports(f);
}

QString orgIdOfSandboxVapi(EngineFixture &f)
{
    return f.sandbox.state().world().vapiOrgs.constFirst().orgId;
}

void setSandboxVapi(EngineFixture &f, int cap, bool paymentMethod)
{
    Sandbox::VapiOrgRecord *org = f.sandbox.state().vapiOrg(orgIdOfSandboxVapi(f));
    QVERIFY(org);
    org->freeNumberCap = cap;
    org->paymentMethod = paymentMethod;
}

} // namespace

class TestFreeNumberLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAccountsTakeVapisDocumentedCap();
    void areaCodeWithoutStockTriesTheHintedCodes();
    void ownAreaCodeOnlyMovesOnWithoutTryingOthers();
    void noStockAnywhereEndsAfterBoundedTries();
    void paymentGateIsAStepNotACap();
    void learnedCapRisesAfterARecheck();
    void learnedCapIsAskedAgainAfterAWeek();
};

void TestFreeNumberLink::newAccountsTakeVapisDocumentedCap()
{
    Test::TempWorkspace ws;
    AccountStore accounts(ws.database());
    VapiAccount account;
    QVERIFY(accounts.saveVapiAccount(account));
    const auto stored = accounts.vapiAccount(account.id);
    QCOMPARE(stored->freeNumberCap, 5);
    QVERIFY(stored->capSource == CapSource::Documented);
    QCOMPARE(FreeNumberCap::sourceText(*stored), QStringLiteral("Vapi's documented cap"));
}

void TestFreeNumberLink::areaCodeWithoutStockTriesTheHintedCodes()
{
    EngineFixture f(TempWorkspace::Backend::FromEnvironment, [](Sandbox::World &world) {
        world.settings.unavailableAreaCodes = {QStringLiteral("415"), QStringLiteral("562")};
    });
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {OrgPoolNumber});
    const QString assistant = f.createAssistants(acme, 1).constFirst();

    const ProvisioningResult result = f.provision(acme, assistant);
    QVERIFY2(result.succeeded(), qPrintable(result.summary));
    QVERIFY(result.strategy == Strategy::VapiFree);

    // Vapi holds one free number for it, in a code it suggested; Twilio's pool was not touched.
    const auto held = vapiNumbersOf(f, assistant);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.constFirst().provider, QStringLiteral("vapi"));
    QVERIFY(!held.constFirst().number().startsWith(QStringLiteral("+1415")));
    QCOMPARE(imports(f), 0);
    // 415 (refused, hints "662, 716, 385"): 662 made it. Both tries are in the one step.
    QCOMPARE(freeNumberRequests(f), 2);
    const ProvisioningStep &step = result.steps.constFirst();
    QVERIFY(step.status == StepStatus::Succeeded);
    QVERIFY2(step.reason.contains(QStringLiteral("Area code 415: not available")),
            qPrintable(step.reason));
    QVERIFY2(step.reason.contains(held.constFirst().number().mid(2, 3)), qPrintable(step.reason));
}

void TestFreeNumberLink::ownAreaCodeOnlyMovesOnWithoutTryingOthers()
{
    EngineFixture f(TempWorkspace::Backend::FromEnvironment, [](Sandbox::World &world) {
        world.settings.unavailableAreaCodes = {QStringLiteral("415")};
    });
    QVERIFY(f.setUpVapi(5));
    Organization acme = f.addOrganization(QStringLiteral("acme"), {OrgPoolNumber});
    acme.freeAreaCodes = FreeAreaCodes::OwnOnly;
    QVERIFY(f.organizations.update(acme));
    const QString assistant = f.createAssistants(acme, 1).constFirst();

    const ProvisioningResult result = f.provision(acme, assistant);
    QVERIFY2(result.succeeded(), qPrintable(result.summary));
    QVERIFY(result.strategy == Strategy::OrganizationTwilio);
    QCOMPARE(freeNumberRequests(f), 1);
    QCOMPARE(imports(f), 1);
    QVERIFY2(result.steps.constFirst().reason.contains(QStringLiteral("own area code only")),
            qPrintable(result.steps.constFirst().reason));
}

void TestFreeNumberLink::noStockAnywhereEndsAfterBoundedTries()
{
    EngineFixture f(TempWorkspace::Backend::FromEnvironment, [](Sandbox::World &world) {
        for (const char *code :
                {"415", "562", "662", "716", "385", "405", "573", "209", "308", "479"})
            world.settings.unavailableAreaCodes << QLatin1String(code);
    });
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {OrgPoolNumber});
    const QString assistant = f.createAssistants(acme, 1).constFirst();

    const ProvisioningResult result = f.provision(acme, assistant);
    QVERIFY2(result.succeeded(), qPrintable(result.summary));
    QVERIFY(result.strategy == Strategy::OrganizationTwilio);
    // 415, then "any area code": Vapi had no hint to give and nothing anywhere.
    QCOMPARE(freeNumberRequests(f), 2);
    QVERIFY(freeNumberRequests(f) <= FreeNumberTries::MaxTries);
    QVERIFY(result.steps.constFirst().status == StepStatus::Failed);
}

void TestFreeNumberLink::paymentGateIsAStepNotACap()
{
    EngineFixture f;
    QVERIFY(f.setUpVapi(5));
    setSandboxVapi(f, 5, false); // one free number without a payment method
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {OrgPoolNumber});
    const QStringList assistants = f.createAssistants(acme, 4);
    const qint64 accountId = f.accounts.workspaceVapiAccount()->id;

    QVERIFY(f.provision(acme, assistants.at(0)).strategy == Strategy::VapiFree);
    const ProvisioningResult gated = f.provision(acme, assistants.at(1));
    QVERIFY2(gated.succeeded(), qPrintable(gated.summary));
    QVERIFY(gated.strategy == Strategy::OrganizationTwilio);
    QVERIFY2(gated.steps.constFirst().reason.contains(QStringLiteral("payment method")),
            qPrintable(gated.steps.constFirst().reason));
    // The cap is not lowered: the customer has a step to take.
    auto account = f.accounts.vapiAccount(accountId);
    QCOMPARE(account->freeNumberCap, 5);
    QVERIFY(account->capSource == CapSource::Documented);
    QVERIFY(account->paymentRequiredAt.isValid());

    // Until someone says a payment method was added, the free link does not ask again.
    const int asked = freeNumberRequests(f);
    QVERIFY(f.provision(acme, assistants.at(2)).strategy == Strategy::Manual);
    QCOMPARE(freeNumberRequests(f), asked);

    // The customer adds one in Vapi's dashboard; the account manager checks again.
    setSandboxVapi(f, 5, true);
    QVERIFY(f.accounts.requestCapRecheck(accountId, QDateTime::currentDateTimeUtc()));
    const ProvisioningResult after = f.provision(acme, assistants.at(3));
    QVERIFY2(after.succeeded(), qPrintable(after.summary));
    QVERIFY(after.strategy == Strategy::VapiFree);
    QCOMPARE(vapiNumbersOf(f, assistants.at(3)).size(), 1);
    QVERIFY(!f.accounts.vapiAccount(accountId)->paymentRequiredAt.isValid());
}

void TestFreeNumberLink::learnedCapRisesAfterARecheck()
{
    EngineFixture f;
    QVERIFY(f.setUpVapi(5));
    setSandboxVapi(f, 2, true);
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 5);
    const qint64 accountId = f.accounts.workspaceVapiAccount()->id;

    QVERIFY(f.provision(acme, assistants.at(0)).strategy == Strategy::VapiFree);
    QVERIFY(f.provision(acme, assistants.at(1)).strategy == Strategy::VapiFree);
    QVERIFY(f.provision(acme, assistants.at(2)).strategy == Strategy::Manual);
    auto account = f.accounts.vapiAccount(accountId);
    QCOMPARE(account->freeNumberCap, 2);
    QVERIFY(account->capSource == CapSource::Learned);
    QVERIFY(!FreeNumberCap::recheckDue(*account, QDateTime::currentDateTimeUtc()));

    // Vapi raises the cap (the customer's plan changed). Nothing asks until someone checks.
    setSandboxVapi(f, 4, true);
    const int asked = freeNumberRequests(f);
    QVERIFY(f.provision(acme, assistants.at(3)).strategy == Strategy::Manual);
    QCOMPARE(freeNumberRequests(f), asked);

    QVERIFY(f.accounts.requestCapRecheck(accountId, QDateTime::currentDateTimeUtc()));
    const ProvisioningResult rechecked = f.provision(acme, assistants.at(4));
    QVERIFY2(rechecked.succeeded(), qPrintable(rechecked.summary));
    QVERIFY(rechecked.strategy == Strategy::VapiFree);
    QCOMPARE(vapiNumbersOf(f, assistants.at(4)).size(), 1);
    account = f.accounts.vapiAccount(accountId);
    QCOMPARE(account->freeNumberCap, 3); // what Vapi has been seen to allow
    QVERIFY(account->capSource == CapSource::Learned);
    QVERIFY(!account->capRecheckRequestedAt.isValid());
    QCOMPARE(f.sandbox.state().freeNumberCount(f.sandbox.state().world().vapiOrgs.constFirst()), 3);
}

void TestFreeNumberLink::learnedCapIsAskedAgainAfterAWeek()
{
    EngineFixture f;
    QVERIFY(f.setUpVapi(5));
    setSandboxVapi(f, 1, true);
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 3);
    const qint64 accountId = f.accounts.workspaceVapiAccount()->id;
    QVERIFY(f.provision(acme, assistants.at(0)).strategy == Strategy::VapiFree);
    QVERIFY(f.provision(acme, assistants.at(1)).strategy == Strategy::Manual);
    QCOMPARE(f.accounts.vapiAccount(accountId)->freeNumberCap, 1);

    // Eight days later, a refusal again confirms the cap with a new date; one request only.
    QDateTime later = QDateTime::currentDateTimeUtc().addDays(8);
    f.services.clock = [later] { return later; };
    f.engine = std::make_unique<ProvisioningEngine>(f.services);
    const int asked = freeNumberRequests(f);
    QVERIFY(f.provision(acme, assistants.at(2)).strategy == Strategy::Manual);
    QCOMPARE(freeNumberRequests(f), asked + 1);
    const auto account = f.accounts.vapiAccount(accountId);
    QCOMPARE(account->freeNumberCap, 1);
    QCOMPARE(account->capSetAt.date(), later.date());
}

QTEST_GUILESS_MAIN(TestFreeNumberLink)
#include "TestFreeNumberLink.moc"
