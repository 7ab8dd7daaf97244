// SPDX-License-Identifier: Apache-2.0
#include "EngineFixture.h"

#include "core/provisioning/PoolNumberCheck.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/world/IncomingNumberRecord.h"
#include "sandbox/world/TwilioAccountRecord.h"
#include "sandbox/world/VapiNumberRecord.h"
#include "sandbox/world/VapiOrgRecord.h"

using namespace Switchboard;
using Test::EngineFixture;

namespace {

const QString A = QStringLiteral("+14155550171");
const QString B = QStringLiteral("+14155550172");
const QString Trunk = QStringLiteral("TK0123456789abcdef0123456789abcdef");

} // namespace

// Pool numbers are asked about in Twilio before they are imported, judged by what the sandbox
// holds and was asked: a number Twilio does not hold, cannot take calls on, or routes to an
// application or trunk is marked, skipped with its reason, and not asked about on every job.
class TestPoolNumberChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNumberThatLeftTwilioIsFoundMarkedAndNotRetried();
    void aNumberMarkedMissingIsSkippedWithItsReason();
    void anOldMarkIsAskedAboutAgain();
    void aTransientFailureMarksNothing();
    void aRoutedNumberIsSkippedAndClearedWithConsent();
    void aNumberWithoutVoiceIsSkipped();

private:
    static PoolNumber poolNumber(EngineFixture &f, const Organization &org, const QString &e164);
    static int lookupsOf(EngineFixture &f, const QString &e164);
    static Sandbox::IncomingNumberRecord *sandboxNumber(EngineFixture &f, const QString &e164);
    static QStringList stepReasons(const ProvisioningResult &result);
};

PoolNumber TestPoolNumberChecks::poolNumber(
        EngineFixture &f, const Organization &org, const QString &e164)
{
    for (const PoolNumber &n : f.pool.numbers(f.accounts.organizationTwilioAccount(org.id)->id)) {
        if (n.number.toString() == e164)
            return n;
    }
    return {};
}

// The GETs that asked Twilio about one number.
int TestPoolNumberChecks::lookupsOf(EngineFixture &f, const QString &e164)
{
    const QString query = QStringLiteral("PhoneNumber=%2B") + e164.mid(1);
    int count = 0;
    for (const auto &entry : f.sandbox.requestLog().matching(QStringLiteral("GET"),
                 QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json"))) {
        if (entry.target.contains(query))
            ++count;
    }
    return count;
}

Sandbox::IncomingNumberRecord *TestPoolNumberChecks::sandboxNumber(
        EngineFixture &f, const QString &e164)
{
    auto *account = f.sandbox.state().twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid));
    for (auto &n : account->numbers) {
        if (n.phoneNumber == e164)
            return &n;
    }
    return nullptr;
}

QStringList TestPoolNumberChecks::stepReasons(const ProvisioningResult &result)
{
    QStringList reasons;
    for (const ProvisioningStep &step : result.steps)
        reasons << toString(step.status) + u": " + step.reason;
    return reasons;
}

static bool vapiHolds(EngineFixture &f, const QString &e164)
{
    const auto *org = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    for (const auto &n : org->phoneNumbers) {
        if (n.number() == e164)
            return true;
    }
    return false;
}

void TestPoolNumberChecks::aNumberThatLeftTwilioIsFoundMarkedAndNotRetried()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A, B});
    const QStringList assistants = f.createAssistants(acme, 2);
    QCOMPARE(assistants.size(), 2);
    // Released in Twilio after it was put in the pool.
    auto *account = f.sandbox.state().twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid));
    account->numbers.removeIf(
            [](const Sandbox::IncomingNumberRecord &n) { return n.phoneNumber == A; });

    const ProvisioningResult first = f.provision(acme, assistants.at(0));
    QCOMPARE(toString(first.outcome), toString(AttemptOutcome::Succeeded));
    QCOMPARE(first.number.address.toString(), B);
    QVERIFY(vapiHolds(f, B));
    QVERIFY(!vapiHolds(f, A)); // never offered to Vapi
    QCOMPARE(lookupsOf(f, A), 1);
    const PoolNumber marked = poolNumber(f, acme, A);
    QCOMPARE(toString(marked.twilioCheck), toString(PoolNumber::TwilioCheck::Missing));
    QVERIFY(marked.state == PoolNumber::State::Available);
    QVERIFY(marked.twilioCheckedAt.isValid());
    QVERIFY2(marked.twilioCheckDetail.contains(QLatin1String(EngineFixture::OrgTwilioSid)),
            qPrintable(marked.twilioCheckDetail));
    const QString reasons = stepReasons(first).join(u'\n');
    QVERIFY2(reasons.contains(QStringLiteral("skipped: Pool number +1 415-555-0171 was not "
                                             "imported: Twilio account ")),
            qPrintable(reasons));
    QCOMPARE(toString(poolNumber(f, acme, B).twilioCheck), toString(PoolNumber::TwilioCheck::Ok));

    // The next job does not ask again, and says why the pool gave nothing.
    const ProvisioningResult second = f.provision(acme, assistants.at(1));
    QCOMPARE(toString(second.outcome), toString(AttemptOutcome::ManualQueued));
    QCOMPARE(lookupsOf(f, A), 1);
    const QString secondReasons = stepReasons(second).join(u'\n');
    QVERIFY2(secondReasons.contains(QStringLiteral("pool number"))
                    && secondReasons.contains(QStringLiteral("passed over")),
            qPrintable(secondReasons));
    QCOMPARE(f.sandbox.requestLog()
                     .matching(QStringLiteral("POST"), QStringLiteral("/phone-number"))
                     .size(),
            1); // only B was ever imported
}

void TestPoolNumberChecks::aNumberMarkedMissingIsSkippedWithItsReason()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A, B});
    const QStringList assistants = f.createAssistants(acme, 1);
    const qint64 accountId = f.accounts.organizationTwilioAccount(acme.id)->id;
    QVERIFY(f.pool.recordCheck(accountId, PhoneAddress::fromNumber(A),
            PoolNumber::TwilioCheck::Missing, QStringLiteral("Twilio account said no."), {},
            QDateTime::currentDateTimeUtc().addSecs(-3600)));
    QCOMPARE(f.pool.availableCount(accountId), 1);

    const ProvisioningResult result = f.provision(acme, assistants.at(0));
    QCOMPARE(toString(result.outcome), toString(AttemptOutcome::Succeeded));
    QCOMPARE(result.number.address.toString(), B);
    QCOMPARE(lookupsOf(f, A), 0); // a fresh mark is trusted
    QCOMPARE(lookupsOf(f, B), 1);
    bool recorded = false;
    for (const ProvisioningStep &step : result.steps) {
        recorded |= step.strategy == Strategy::OrganizationTwilio
                && step.status == StepStatus::Skipped
                && step.reason.contains(QStringLiteral("+1 415-555-0171"))
                && step.reason.contains(QStringLiteral("Twilio account said no."));
    }
    QVERIFY2(recorded, qPrintable(stepReasons(result).join(u'\n')));
    // And the history has it too.
    const auto attempt = f.history.attempt(result.attemptId);
    QVERIFY(attempt);
    bool inHistory = false;
    for (const ProvisioningStep &step : attempt->steps)
        inHistory |= step.reason.contains(QStringLiteral("+1 415-555-0171"));
    QVERIFY(inHistory);
}

void TestPoolNumberChecks::anOldMarkIsAskedAboutAgain()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A});
    const QStringList assistants = f.createAssistants(acme, 1);
    const qint64 accountId = f.accounts.organizationTwilioAccount(acme.id)->id;
    // Marked two days ago; the number has come back to the account since.
    QVERIFY(f.pool.recordCheck(accountId, PhoneAddress::fromNumber(A),
            PoolNumber::TwilioCheck::Missing, QStringLiteral("gone"), {},
            QDateTime::currentDateTimeUtc().addDays(-2)));
    QCOMPARE(f.pool.availableCount(accountId), 1);

    const ProvisioningResult result = f.provision(acme, assistants.at(0));
    QCOMPARE(toString(result.outcome), toString(AttemptOutcome::Succeeded));
    QCOMPARE(lookupsOf(f, A), 1);
    QVERIFY(vapiHolds(f, A));
    QCOMPARE(toString(poolNumber(f, acme, A).twilioCheck), toString(PoolNumber::TwilioCheck::Ok));
}

void TestPoolNumberChecks::aTransientFailureMarksNothing()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A});
    const QStringList assistants = f.createAssistants(acme, 1);
    QString error;
    const auto rules = Sandbox::FaultRule::parseList(
            QStringLiteral("503@GET /2010-04-01/Accounts/*/IncomingPhoneNumbers.json"), &error);
    QVERIFY2(rules, qPrintable(error));
    for (const Sandbox::FaultRule &rule : *rules)
        f.sandbox.faults().add(rule);

    const ProvisioningResult result = f.provision(acme, assistants.at(0));
    QVERIFY(lookupsOf(f, A) >= 1);
    const PoolNumber number = poolNumber(f, acme, A);
    QCOMPARE(toString(number.twilioCheck), toString(PoolNumber::TwilioCheck::Unchecked));
    QVERIFY(!number.twilioCheckedAt.isValid());
    // Nothing is known against it: the import went ahead as before checks existed.
    QCOMPARE(toString(result.outcome), toString(AttemptOutcome::Succeeded));
    QVERIFY(vapiHolds(f, A));

    // Directly, too: an unanswered check says so and records nothing.
    f.sandbox.faults().clear();
    f.sandbox.faults().add(rules->constFirst());
    PoolCheckResult checked;
    bool done = false;
    f.clients.twilioClient(*f.accounts.organizationTwilioAccount(acme.id), this,
            [&](TwilioClient *client, const TwilioCredentials &, const QString &) {
                auto *run = new PoolCheckRun(*client, QLatin1String(EngineFixture::OrgTwilioSid),
                        {PhoneAddress::fromNumber(B)});
                run->recordIn(&f.pool, f.accounts.organizationTwilioAccount(acme.id)->id, {});
                connect(run, &PoolCheckRun::finished, this,
                        [&](const QList<PoolCheckResult> &results) {
                            checked = results.constFirst();
                            done = true;
                        });
                run->start();
            });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!checked.answered);
    QVERIFY(!checked.missing());
    QVERIFY(checked.error);
}

void TestPoolNumberChecks::aRoutedNumberIsSkippedAndClearedWithConsent()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A, B});
    const QStringList assistants = f.createAssistants(acme, 1);
    sandboxNumber(f, A)->settings.insert(QStringLiteral("trunk_sid"), Trunk);

    const ProvisioningResult result = f.provision(acme, assistants.at(0));
    QCOMPARE(toString(result.outcome), toString(AttemptOutcome::Succeeded));
    QCOMPARE(result.number.address.toString(), B);
    QVERIFY(!vapiHolds(f, A));
    PoolNumber routed = poolNumber(f, acme, A);
    QCOMPARE(toString(routed.twilioCheck), toString(PoolNumber::TwilioCheck::Routed));
    QVERIFY2(routed.twilioCheckDetail.contains(Trunk), qPrintable(routed.twilioCheckDetail));

    // Without consent a check only warns; with it, the trunk is cleared in Twilio.
    const TwilioAccount account = *f.accounts.organizationTwilioAccount(acme.id);
    for (bool consent : {false, true}) {
        QList<PoolCheckResult> results;
        bool done = false;
        f.clients.twilioClient(account, this,
                [&](TwilioClient *client, const TwilioCredentials &, const QString &) {
                    auto *run = new PoolCheckRun(
                            *client, account.accountSid, {PhoneAddress::fromNumber(A)});
                    run->setClearRouting(consent);
                    run->recordIn(&f.pool, account.id, {});
                    connect(run, &PoolCheckRun::finished, this,
                            [&](const QList<PoolCheckResult> &r) {
                                results = r;
                                done = true;
                            });
                    run->start();
                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(results.size(), 1);
        const QJsonValue trunk = sandboxNumber(f, A)->settings.value(QStringLiteral("trunk_sid"));
        if (!consent) {
            QCOMPARE(toString(results.constFirst().check),
                    toString(PoolNumber::TwilioCheck::Routed));
            QCOMPARE(trunk.toString(), Trunk);
            QCOMPARE(
                    f.sandbox.requestLog()
                            .matching(QStringLiteral("POST"),
                                    QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers/*"))
                            .size(),
                    0);
        } else {
            QVERIFY(results.constFirst().cleared);
            QVERIFY(trunk.isUndefined() || trunk.isNull());
            QCOMPARE(toString(poolNumber(f, acme, A).twilioCheck),
                    toString(PoolNumber::TwilioCheck::Ok));
        }
    }
}

void TestPoolNumberChecks::aNumberWithoutVoiceIsSkipped()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {A, B});
    const QStringList assistants = f.createAssistants(acme, 1);
    sandboxNumber(f, A)->voice = false;

    const ProvisioningResult result = f.provision(acme, assistants.at(0));
    QCOMPARE(toString(result.outcome), toString(AttemptOutcome::Succeeded));
    QCOMPARE(result.number.address.toString(), B);
    QCOMPARE(toString(poolNumber(f, acme, A).twilioCheck),
            toString(PoolNumber::TwilioCheck::NoVoice));
}

QTEST_GUILESS_MAIN(TestPoolNumberChecks)
#include "TestPoolNumberChecks.moc"
