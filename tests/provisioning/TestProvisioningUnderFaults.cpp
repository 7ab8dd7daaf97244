// SPDX-License-Identifier: Apache-2.0
#include "EngineFixture.h"

#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/Reconciliation.h"
#include "sandbox/faults/FaultRule.h"

#include <QHash>
#include <QSet>

using namespace Switchboard;
using Test::EngineFixture;

// 200 provisionings while a fifth of the requests misbehave — rate limits, server errors,
// resets, truncated and malformed answers, and creates that are applied but whose answer is
// lost — and then a second pass for what is left. Nothing may be duplicated or lost.
class TestProvisioningUnderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoHundredProvisioningsUnderFaults();

private:
    static bool runBatch(EngineFixture &f, const Organization &organization, const QStringList &ids,
            QList<ProvisioningResult> *results = nullptr);
};

bool TestProvisioningUnderFaults::runBatch(EngineFixture &f, const Organization &organization,
        const QStringList &ids, QList<ProvisioningResult> *results)
{
    ProvisioningBatch *batch = f.engine->provisionAll(organization.id, ids, 4);
    QSignalSpy finished(batch, &ProvisioningBatch::finished);
    batch->start();
    const bool done = finished.wait(240000);
    if (done && results)
        *results = batch->results();
    return done;
}

void TestProvisioningUnderFaults::twoHundredProvisioningsUnderFaults()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(60));
    QStringList pool;
    for (int i = 0; i < 40; ++i)
        pool << QStringLiteral("+1212555%1").arg(200 + i, 4, 10, QLatin1Char('0'));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), pool, true, 1000);
    const QStringList assistants = f.createAssistants(acme, 200);
    QCOMPARE(assistants.size(), 200);

    QString error;
    const auto rules = Sandbox::FaultRule::parseList(
            QStringLiteral(
                    "429,rate=0.04,retry-after=0;503,rate=0.04;reset,rate=0.03;"
                    "truncate,rate=0.03;malformed,rate=0.02;lost@POST /phone-number,rate=0.08;"
                    "lost@POST /2010-04-01/**,rate=0.08"),
            &error);
    QVERIFY2(rules, qPrintable(error));
    f.sandbox.faults().setSeed(20261124);
    for (const Sandbox::FaultRule &rule : *rules)
        f.sandbox.faults().add(rule);

    QList<ProvisioningResult> results;
    QVERIFY(runBatch(f, acme, assistants, &results));
    QCOMPARE(results.size(), 200);
    // An attempt is recorded once the assistant is confirmed as acme's (GET /assistant/{id});
    // when Vapi cannot be asked even that, nothing is recorded and nothing was requested.
    int unrecorded = 0;
    for (const ProvisioningResult &r : std::as_const(results)) {
        if (r.attemptId == 0) {
            ++unrecorded;
            QVERIFY2(!r.refused && r.summary.startsWith(QStringLiteral("Nothing was done")),
                    qPrintable(r.summary));
        }
    }
    QCOMPARE(f.history.count({}) + unrecorded, 200);
    HistoryFilter inFlight;
    inFlight.outcome = AttemptOutcome::InFlight;
    QCOMPARE(f.history.count(inFlight), 0); // every attempt has an outcome
    QVERIFY(f.sandbox.requestLog().entries().size() > 400);

    // The second pass, with the network healthy again: finish what is left.
    f.sandbox.faults().clear();
    Reconciliation *reconciliation = f.engine->reconcile();
    QSignalSpy reconciled(reconciliation, &Reconciliation::finished);
    reconciliation->start();
    QVERIFY(reconciled.wait(60000));
    QVERIFY(f.refresh());
    QStringList unassigned;
    for (const Assistant &a : f.directory.assistants(acme.id)) {
        if (!a.hasNumber())
            unassigned << a.id;
    }
    QVERIFY(runBatch(f, acme, unassigned));

    // In Vapi: every assistant has exactly one number.
    QHash<QString, int> numbersPerAssistant;
    for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs) {
        for (const Sandbox::VapiNumberRecord &number : org.phoneNumbers)
            ++numbersPerAssistant[number.fields.value(QStringLiteral("assistantId")).toString()];
    }
    for (const QString &id : assistants) {
        if (numbersPerAssistant.value(id) != 1) {
            HistoryFilter mine;
            mine.text = id;
            for (const ProvisioningAttempt &a : f.history.page(mine, 10)) {
                qDebug() << "attempt" << a.id << toString(a.outcome) << a.summary;
                for (const ProvisioningStep &s : f.history.steps(a.id))
                    qDebug() << "   " << toString(s.strategy) << toString(s.status) << s.reason
                             << s.providerMessage << s.requestTag;
            }
            for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs)
                for (const Sandbox::VapiNumberRecord &number : org.phoneNumbers)
                    if (number.fields.value(QStringLiteral("assistantId")).toString() == id)
                        qDebug() << "   number" << number.provider << number.fields;
        }
    }
    for (const QString &id : assistants)
        QVERIFY2(numbersPerAssistant.value(id) == 1,
                qPrintable(QStringLiteral("%1 has %2 numbers")
                                   .arg(id)
                                   .arg(numbersPerAssistant.value(id))));
    QCOMPARE(numbersPerAssistant.value(QString()), 0); // no number left without an assistant

    // In Twilio: every number bought is in Vapi or back in the pool; none was bought twice.
    const Sandbox::TwilioAccountRecord *twilio
            = f.sandbox.state().twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid));
    QSet<QString> owned;
    for (const Sandbox::IncomingNumberRecord &number : twilio->numbers) {
        QVERIFY2(!owned.contains(number.phoneNumber), qPrintable(number.phoneNumber));
        owned.insert(number.phoneNumber);
    }
    const qint64 accountId = f.accounts.organizationTwilioAccount(acme.id)->id;
    int imported = 0;
    for (const PoolNumber &number : f.pool.numbers(accountId)) {
        QVERIFY(owned.contains(number.number.toString()));
        QVERIFY2(number.state != PoolNumber::State::Reserved, qPrintable(number.number.toString()));
        imported += number.state == PoolNumber::State::Imported ? 1 : 0;
    }
    QCOMPARE(f.pool.numbers(accountId).size(), owned.size()); // no purchase unknown to the pool
    QCOMPARE(imported + 60, 200); // 60 free numbers, the rest from Twilio
    QCOMPARE(f.history.count(inFlight), 0);
}

QTEST_GUILESS_MAIN(TestProvisioningUnderFaults)
#include "TestProvisioningUnderFaults.moc"
