// SPDX-License-Identifier: Apache-2.0
#include "EngineFixture.h"

#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/Reconciliation.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/world/TwilioAccountRecord.h"
#include "sandbox/world/VapiNumberRecord.h"
#include "sandbox/world/VapiOrgRecord.h"

#include <QHash>
#include <QSqlQuery>

using namespace Switchboard;
using Test::EngineFixture;

// The chain's promises about money and customers, judged by what the sandbox (Vapi and Twilio)
// holds, not by the workspace's own bookkeeping: a crash never leaves the workspace stuck, a
// purchase limit is a ceiling, and one customer's account never serves another's assistant.
class TestChainSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashDuringALostImportIsReconciled();
    void liveWorkOfAnotherEngineIsLeftAlone();
    void purchaseLimitHoldsUnderConcurrency();
    void purchaseLimitHoldsAcrossTwoEngines();
    void aPurchaseWhoseAnswerWasLostIsFoundAndCounted();
    void anotherOrganizationsAssistantIsRefused();
    void anAssistantThatDoesNotExistIsRefused();
    void aNumberIsInOnePoolOnly();

private:
    static void addFault(EngineFixture &f, const QString &spec);
    static bool reconcile(EngineFixture &f, Reconciliation::Summary *summary = nullptr);
    static int ownedBy(EngineFixture &f, const char *twilioSid);
    static int postsTo(EngineFixture &f);
};

void TestChainSafety::addFault(EngineFixture &f, const QString &spec)
{
    QString error;
    const auto rules = Sandbox::FaultRule::parseList(spec, &error);
    QVERIFY2(rules, qPrintable(error));
    for (const Sandbox::FaultRule &rule : *rules)
        f.sandbox.faults().add(rule);
}

bool TestChainSafety::reconcile(EngineFixture &f, Reconciliation::Summary *summary)
{
    Reconciliation *reconciliation = f.engine->reconcile();
    QSignalSpy finished(reconciliation, &Reconciliation::finished);
    reconciliation->start();
    // A reconciliation that loops never returns to the event loop: the wait fails (or, for a
    // loop that never yields, ctest's timeout ends the test).
    const bool ok = finished.wait(20000);
    if (ok && summary)
        *summary = reconciliation->summary();
    reconciliation->deleteLater();
    return ok;
}

int TestChainSafety::ownedBy(EngineFixture &f, const char *twilioSid)
{
    const auto *account = f.sandbox.state().twilioAccount(QLatin1String(twilioSid));
    return account ? int(account->numbers.size()) : -1;
}

// Everything that creates, buys or imports: the requests that spend a customer's money.
int TestChainSafety::postsTo(EngineFixture &f)
{
    return int(
            f.sandbox.requestLog().matching(QStringLiteral("POST"), QStringLiteral("/**")).size());
}

void TestChainSafety::crashDuringALostImportIsReconciled()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0)); // no free numbers: the pool's number is imported
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+14155550180")});
    const QStringList assistants = f.createAssistants(acme, 1);
    QCOMPARE(assistants.size(), 1);

    // Vapi applies the import, and its answer never comes; the process dies meanwhile.
    addFault(f, QStringLiteral("lost:hang@POST /phone-number,count=1"));
    QString error;
    QVERIFY(f.engine->provision(acme.id, assistants.constFirst(), &error));
    QTRY_VERIFY_WITH_TIMEOUT(
            !f.sandbox.requestLog()
                     .matching(QStringLiteral("POST"), QStringLiteral("/phone-number"), 201)
                     .isEmpty(),
            10000);
    f.engine.reset(); // the kill: nothing more of that process runs
    f.sandbox.faults().clear();
    HistoryFilter inFlight;
    inFlight.outcome = AttemptOutcome::InFlight;
    QCOMPARE(f.history.count(inFlight), 1);

    f.engine = std::make_unique<ProvisioningEngine>(f.services);
    Reconciliation::Summary summary;
    QVERIFY2(reconcile(f, &summary), "reconciliation did not end");
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(f.history.count(inFlight), 0);
    const QList<PoolNumber> pool
            = f.pool.numbers(f.accounts.organizationTwilioAccount(acme.id)->id);
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.constFirst().state == PoolNumber::State::Imported);
    QCOMPARE(pool.constFirst().reservedByAttemptId, 0);

    // And the next start is not stuck either: it has nothing left to do.
    QVERIFY2(reconcile(f, &summary), "the second reconciliation did not end");
    QCOMPARE(summary.succeeded + summary.failed + summary.pending, 0);
    const auto *org = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    QCOMPARE(org->phoneNumbers.size(), 1); // imported once, never twice
}

void TestChainSafety::liveWorkOfAnotherEngineIsLeftAlone()
{
    // A console opened while a script provisions (or two consoles on a team database): its
    // start-up must not fail the other's live attempt, nor take back the number it imports.
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+14155550185")});
    const QStringList assistants = f.createAssistants(acme, 1);
    QCOMPARE(assistants.size(), 1);
    addFault(f, QStringLiteral("latency:1500@POST /phone-number,count=1"));
    QString error;
    ProvisioningJob *job = f.engine->provision(acme.id, assistants.constFirst(), &error);
    QVERIFY(job);
    QSignalSpy finished(job, &ProvisioningJob::finished);
    const qint64 twilioAccount = f.accounts.organizationTwilioAccount(acme.id)->id;
    // The pool number is claimed just before the import goes out (and takes 1.5 s).
    QTRY_VERIFY_WITH_TIMEOUT(f.pool.availableCount(twilioAccount) == 0, 10000);

    ProvisioningEngine other(f.services); // its own lease holder
    Reconciliation *reconciliation = other.reconcile();
    QSignalSpy reconciled(reconciliation, &Reconciliation::finished);
    reconciliation->start();
    QVERIFY(reconciled.wait(10000));
    QCOMPARE(reconciliation->summary().busy, 1);
    QCOMPARE(reconciliation->summary().failed, 0);

    QVERIFY(finished.wait(10000));
    const auto result = finished.constFirst().constFirst().value<ProvisioningResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.summary));
    QCOMPARE(f.history.lease(result.attemptId).first, QString()); // dropped once completed
    QVERIFY(f.pool.numbers(twilioAccount).constFirst().state == PoolNumber::State::Imported);
}

void TestChainSafety::purchaseLimitHoldsUnderConcurrency()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const int limit = 5;
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, limit);
    const QStringList assistants = f.createAssistants(acme, 16);
    QCOMPARE(assistants.size(), 16);
    // A slow search keeps every job between "the limit allows it" and "bought".
    addFault(f, QStringLiteral("latency:300@GET /2010-04-01/**"));

    ProvisioningBatch *batch = f.engine->provisionAll(acme.id, assistants, 16);
    QSignalSpy finished(batch, &ProvisioningBatch::finished);
    batch->start();
    QVERIFY(finished.wait(60000));

    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), limit); // Twilio's truth
    int succeeded = 0;
    for (const ProvisioningResult &r : batch->results())
        succeeded += r.succeeded() ? 1 : 0;
    QCOMPARE(succeeded, limit);
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QCOMPARE(f.pool.purchasesSince(account->id, startOfMonth(QDateTime::currentDateTimeUtc())),
            limit);
}

void TestChainSafety::purchaseLimitHoldsAcrossTwoEngines()
{
    // Two consoles (or a console and a script) on one workspace: each has its own connection
    // and its own engine; only the database stands between them and the limit.
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const int limit = 4;
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, limit);
    const QStringList assistants = f.createAssistants(acme, 12);
    QCOMPARE(assistants.size(), 12);
    addFault(f, QStringLiteral("latency:200@GET /2010-04-01/**"));

    DatabaseError openError;
    auto second = f.workspace.openAnother(&openError);
    QVERIFY2(second, qPrintable(openError.message));
    OrganizationStore organizations(*second);
    AccountStore accounts(*second);
    NumberPoolStore pool(*second);
    HistoryStore history(*second);
    ManualTaskStore tasks(*second);
    DirectoryStore directory(*second);
    WorkspaceSettings settings(*second);
    ProvisioningServices services = f.services;
    services.organizations = &organizations;
    services.accounts = &accounts;
    services.pool = &pool;
    services.history = &history;
    services.tasks = &tasks;
    services.directory = &directory;
    services.settings = &settings;
    ProvisioningEngine otherEngine(services);

    ProvisioningBatch *first = f.engine->provisionAll(acme.id, assistants.mid(0, 6), 6);
    ProvisioningBatch *other = otherEngine.provisionAll(acme.id, assistants.mid(6), 6);
    QSignalSpy firstDone(first, &ProvisioningBatch::finished);
    QSignalSpy otherDone(other, &ProvisioningBatch::finished);
    first->start();
    other->start();
    QVERIFY(firstDone.wait(60000) || firstDone.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(otherDone.size(), 1, 60000);

    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), limit);
}

void TestChainSafety::aPurchaseWhoseAnswerWasLostIsFoundAndCounted()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);
    const QStringList assistants = f.createAssistants(acme, 2);
    QCOMPARE(assistants.size(), 2);
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(account);

    // Twilio sells the number, its answer is lost, and the process dies before it can ask.
    addFault(f,
            QStringLiteral("lost:hang@POST /2010-04-01/Accounts/*/IncomingPhoneNumbers.json,"
                           "count=1"));
    QString error;
    QVERIFY(f.engine->provision(acme.id, assistants.at(0), &error));
    QTRY_COMPARE_WITH_TIMEOUT(ownedBy(f, EngineFixture::OrgTwilioSid), 1, 10000);
    f.engine.reset(); // the kill
    const QDateTime month = startOfMonth(QDateTime::currentDateTimeUtc());
    QCOMPARE(f.pool.purchasesSince(account->id, month), 1); // it counts while unknown
    QVERIFY(f.pool.numbers(account->id).isEmpty());
    f.engine = std::make_unique<ProvisioningEngine>(f.services);

    // The next start finds it in Twilio by its tag: in the pool, with Twilio's date, counted.
    f.sandbox.faults().clear();
    Reconciliation::Summary summary;
    QVERIFY(reconcile(f, &summary));
    QCOMPARE(summary.purchasesFound, 1);
    const QList<PoolNumber> pool = f.pool.numbers(account->id);
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.constFirst().state == PoolNumber::State::Available);
    QCOMPARE(pool.constFirst().number.toString(),
            f.sandbox.state()
                    .twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid))
                    ->numbers.constFirst()
                    .phoneNumber);
    QSqlQuery dated(f.workspace.database().connection());
    QVERIFY(dated.exec(QStringLiteral("SELECT purchased_at FROM number_pool")));
    QVERIFY(dated.next());
    QVERIFY(!dated.value(0).isNull());
    QCOMPARE(f.pool.purchasesSince(account->id, month), 1);

    // The recovered number serves the next assistant; nothing more is bought (limit 1).
    const ProvisioningResult second = f.provision(acme, assistants.at(1));
    QVERIFY2(second.succeeded(), qPrintable(second.summary));
    QCOMPARE(second.number.address, pool.constFirst().number);
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
}

void TestChainSafety::anotherOrganizationsAssistantIsRefused()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    // ctl pays from its own Twilio account, and would buy for anyone who asks.
    const Organization ctl
            = f.addOrganization(QStringLiteral("ctl"), {QStringLiteral("+14155550190")}, true, 10);
    const QStringList acmeAssistants = f.createAssistants(acme, 1);
    QCOMPARE(acmeAssistants.size(), 1);
    const int postsBefore = postsTo(f);
    const int attemptsBefore = f.history.count({});

    const ProvisioningResult result = f.provision(ctl, acmeAssistants.constFirst());
    QVERIFY(result.refused);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.attemptId, 0);
    QVERIFY2(
            result.summary.contains(QStringLiteral("belongs to acme")), qPrintable(result.summary));
    QCOMPARE(postsTo(f), postsBefore); // nothing bought, created or imported
    QCOMPARE(f.history.count({}), attemptsBefore); // nothing written
    QVERIFY(f.tasks.tasks().isEmpty());
    QCOMPARE(f.pool.availableCount(f.accounts.organizationTwilioAccount(ctl.id)->id), 1);
}

void TestChainSafety::anAssistantThatDoesNotExistIsRefused()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization ctl = f.addOrganization(QStringLiteral("ctl"), {}, true, 10);
    const int postsBefore = postsTo(f);

    const ProvisioningResult result
            = f.provision(ctl, QStringLiteral("3f2b8c1e-0000-4000-8000-00000000dead"));
    QVERIFY(result.refused);
    QCOMPARE(result.attemptId, 0);
    QVERIFY2(result.summary.contains(QStringLiteral("no assistant")), qPrintable(result.summary));
    QCOMPARE(postsTo(f), postsBefore);
    QCOMPARE(f.history.count({}), 0);
    QVERIFY(f.tasks.tasks().isEmpty());
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 0);
}

void TestChainSafety::aNumberIsInOnePoolOnly()
{
    // The database's own rule, the backstop behind every form that adds pool numbers.
    EngineFixture f;
    QVERIFY(f.isValid());
    const QString number = QStringLiteral("+14155550195");
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {number});
    TwilioAccount workspaceTwilio;
    workspaceTwilio.accountSid = QLatin1String(EngineFixture::WorkspaceTwilioSid);
    QVERIFY(f.accounts.saveTwilioAccount(workspaceTwilio));
    QVERIFY(f.pool.add(workspaceTwilio.id, {PhoneAddress::fromNumber(number)}).kind()
            == WriteResult::Kind::Refused);
    QVERIFY(f.pool.numbers(workspaceTwilio.id).isEmpty());
    QCOMPARE(f.pool.numbers(f.accounts.organizationTwilioAccount(acme.id)->id).size(), 1);
}

QTEST_GUILESS_MAIN(TestChainSafety)
#include "TestChainSafety.moc"
