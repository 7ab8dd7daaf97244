// SPDX-License-Identifier: Apache-2.0
// Releasing a number against the sandbox: from Vapi, the pool number goes back to its pool and
// stays in (and billed by) the Twilio account; only when asked is it released on Twilio too.
// Judged by what the sandbox holds, and by the history.
#include "EngineFixture.h"

#include "core/provisioning/NumberRelease.h"

using namespace Switchboard;
using Test::EngineFixture;

namespace {

const QString PoolNumber1 = QStringLiteral("+14155550175");

NumberRelease::Outcome wait(const std::function<void(NumberRelease::Finished)> &start)
{
    NumberRelease::Outcome outcome;
    int calls = 0;
    start([&](const NumberRelease::Outcome &o) {
        outcome = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 15000))
        qWarning("no outcome");
    QTest::qWait(20); // a second call would show here
    if (calls != 1)
        qWarning("the outcome came %d times", calls);
    return outcome;
}

} // namespace

class TestNumberRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releaseFromVapiKeepsItInThePool();
    void releaseOnTwilioWithConsent();
    void aNumberTakenMeanwhileIsNotReleasedOnTwilio();

private:
    // acme with a one-number pool, its assistant given that number: returns the Vapi number.
    PhoneNumber importedPoolNumber(EngineFixture &f, Organization *organization);
    bool inTwilio(EngineFixture &f, const QString &e164);
    bool inVapi(EngineFixture &f, const QString &id);
};

PhoneNumber TestNumberRelease::importedPoolNumber(EngineFixture &f, Organization *organization)
{
    if (!f.setUpVapi(0))
        return {};
    *organization = f.addOrganization(QStringLiteral("acme"), {PoolNumber1});
    const QStringList assistants = f.createAssistants(*organization, 1);
    const ProvisioningResult result = f.provision(*organization, assistants.value(0));
    if (!result.succeeded() || result.strategy != Strategy::OrganizationTwilio)
        return {};
    return f.directory.number(result.number.id).value_or(PhoneNumber{});
}

bool TestNumberRelease::inTwilio(EngineFixture &f, const QString &e164)
{
    for (const auto &number :
            f.sandbox.state().twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid))->numbers) {
        if (number.phoneNumber == e164)
            return true;
    }
    return false;
}

bool TestNumberRelease::inVapi(EngineFixture &f, const QString &id)
{
    for (const auto &number :
            f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey))->phoneNumbers) {
        if (number.id == id)
            return true;
    }
    return false;
}

void TestNumberRelease::releaseFromVapiKeepsItInThePool()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Organization acme;
    const PhoneNumber number = importedPoolNumber(f, &acme);
    QVERIFY(!number.id.isEmpty());
    QVERIFY(inVapi(f, number.id));
    const int historyBefore = f.history.count({});

    NumberRelease release(f.services);
    const NumberRelease::Outcome outcome
            = wait([&](auto done) { release.releaseFromVapi(number, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.poolNumber);
    QVERIFY(outcome.poolNumber->state == PoolNumber::State::Available);

    // Gone from Vapi, still owned in Twilio, available in the pool with no Vapi id.
    QVERIFY(!inVapi(f, number.id));
    QVERIFY(inTwilio(f, PoolNumber1));
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    const QList<PoolNumber> pool = f.pool.numbers(account->id);
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.first().state == PoolNumber::State::Available);
    QVERIFY(pool.first().vapiPhoneNumberId.isEmpty());
    QCOMPARE(f.pool.availableCount(account->id), 1);
    QVERIFY(!f.directory.number(number.id));
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("DELETE"), QStringLiteral("/2010-04-01/**"))
                     .size(),
            0);

    // On record as an event of its own (not a provisioning attempt), with the assistant it
    // served and who released it.
    QCOMPARE(f.history.count({}), historyBefore);
    const QList<WorkspaceEvent> events = f.events(EventKind::NumberReleased);
    QCOMPARE(events.size(), 1);
    const WorkspaceEvent &recorded = events.first();
    QVERIFY(!recorded.failed);
    QCOMPARE(recorded.assistantId, number.assistantId);
    QCOMPARE(recorded.phoneNumberId, number.id);
    QCOMPARE(recorded.organizationSlug, QStringLiteral("acme"));
    QCOMPARE(recorded.operatorName, f.workspace.database().operatorName());
    QVERIFY(!recorded.operatorName.isEmpty());
    QVERIFY2(recorded.summary.contains(QStringLiteral("Released +1 415-555-0175 from Vapi")),
            qPrintable(recorded.summary));
    QVERIFY(recorded.summary.contains(QStringLiteral("Twilio still bills")));

    // The pool offers it to the next assistant, who gets it.
    const QStringList next = f.createAssistants(acme, 1);
    const ProvisioningResult again = f.provision(acme, next.value(0));
    QVERIFY2(again.succeeded(), qPrintable(again.summary));
    QCOMPARE(again.number.address.toString(), PoolNumber1);
}

void TestNumberRelease::releaseOnTwilioWithConsent()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Organization acme;
    const PhoneNumber number = importedPoolNumber(f, &acme);
    QVERIFY(!number.id.isEmpty());
    NumberRelease release(f.services);
    const NumberRelease::Outcome fromVapi
            = wait([&](auto done) { release.releaseFromVapi(number, done); });
    QVERIFY(fromVapi.ok && fromVapi.poolNumber);
    const int historyBefore = f.history.count({});

    const NumberRelease::Outcome onTwilio
            = wait([&](auto done) { release.releaseOnTwilio(*fromVapi.poolNumber, done); });
    QVERIFY2(onTwilio.ok, qPrintable(onTwilio.message));
    // Twilio no longer has it (no more bill), and the pool no longer offers it.
    QVERIFY(!inTwilio(f, PoolNumber1));
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("DELETE"),
                             QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers/*.json"),
                             204)
                     .size(),
            1);
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(f.pool.numbers(account->id).isEmpty());
    QCOMPARE(f.history.count({}), historyBefore);
    const QList<WorkspaceEvent> events = f.events(EventKind::NumberReleasedOnTwilio);
    QCOMPARE(events.size(), 1);
    const WorkspaceEvent &recorded = events.first();
    QVERIFY(!recorded.failed);
    QVERIFY2(recorded.summary.contains(QStringLiteral("Released +1 415-555-0175 on Twilio")),
            qPrintable(recorded.summary));
    QCOMPARE(recorded.organizationSlug, QStringLiteral("acme"));
    // Taken out of the pool: recorded as that too, in the same transaction as the removal.
    QCOMPARE(f.events(EventKind::PoolNumberRemoved).size(), 1);
}

void TestNumberRelease::aNumberTakenMeanwhileIsNotReleasedOnTwilio()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    Organization acme;
    const PhoneNumber number = importedPoolNumber(f, &acme);
    QVERIFY(!number.id.isEmpty());
    NumberRelease release(f.services);
    const NumberRelease::Outcome fromVapi
            = wait([&](auto done) { release.releaseFromVapi(number, done); });
    QVERIFY(fromVapi.ok && fromVapi.poolNumber);

    // While the user thinks about it, a job claims the number for another assistant.
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(f.pool.claimNext(account->id, 4242));
    const NumberRelease::Outcome refused
            = wait([&](auto done) { release.releaseOnTwilio(*fromVapi.poolNumber, done); });
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("not released on Twilio")),
            qPrintable(refused.message));
    QVERIFY(inTwilio(f, PoolNumber1));
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("DELETE"), QStringLiteral("/2010-04-01/**"))
                     .size(),
            0);
    QCOMPARE(f.pool.numbers(account->id).size(), 1);
}

QTEST_GUILESS_MAIN(TestNumberRelease)
#include "TestNumberRelease.moc"
