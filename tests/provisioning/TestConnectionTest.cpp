// SPDX-License-Identifier: Apache-2.0
// "Test connection" against the sandbox's Vapi and Twilio: a key that works says which account
// it reaches, one that does not says why without repeating the secret, each report comes once
// and from the event loop, and a dialog closed meanwhile gets none.
#include "EngineFixture.h"

#include "core/setup/ConnectionTest.h"

using namespace Switchboard;
using Test::EngineFixture;

namespace {

struct Outcome
{
    ConnectionTest::Report report;
    int calls = 0;
    bool inside = false; // reported inside the call that asked (a caller's state half set up)
};

// Starts a test and waits for its report; counts the reports, one of them synchronous.
Outcome run(const std::function<void(const ConnectionTest::Reported &)> &start)
{
    Outcome outcome;
    bool returned = false;
    start([&](const ConnectionTest::Report &report) {
        outcome.inside = outcome.inside || !returned;
        outcome.report = report;
        ++outcome.calls;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 15000))
        qWarning("no report");
    QTest::qWait(20); // a second report would show here
    return outcome;
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vapiKeyTypedIn();
    void vapiKeyRefusedWithoutRepeatingIt();
    void vapiStoredKeyOrNone();
    void twilioSecretTypedIn();
    void twilioStoredSecretOnlyForItsAccount();
    void aClosedDialogGetsNoReport();
};

void TestConnectionTest::vapiKeyTypedIn()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    ConnectionTest test(f.clients, f.accounts);
    QObject dialog;
    const Outcome outcome = run([&](const ConnectionTest::Reported &done) {
        test.testVapi(Region::Us, QLatin1String(EngineFixture::VapiKey), &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.report.ok, qPrintable(outcome.report.message));
    QVERIFY(outcome.report.message.startsWith(QStringLiteral("Connected")));
}

void TestConnectionTest::vapiKeyRefusedWithoutRepeatingIt()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    ConnectionTest test(f.clients, f.accounts);
    QObject dialog;
    const QString wrong = QStringLiteral("not-the-key-0123456789");
    const Outcome outcome = run([&](const ConnectionTest::Reported &done) {
        test.testVapi(Region::Us, wrong, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.report.ok);
    QVERIFY(!outcome.report.message.isEmpty());
    QVERIFY2(!outcome.report.message.contains(wrong), qPrintable(outcome.report.message));
    QVERIFY(outcome.report.vapiOrgId.isEmpty());
    QVERIFY(outcome.report.refused); // Vapi said no: a form does not go on with it
}

void TestConnectionTest::vapiStoredKeyOrNone()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    ConnectionTest test(f.clients, f.accounts);
    QObject dialog;
    // No workspace account yet: said at once (from the event loop), nothing sent.
    Outcome outcome = run([&](const ConnectionTest::Reported &done) {
        test.testVapi(Region::Us, {}, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.inside);
    QVERIFY(!outcome.report.ok);
    QVERIFY2(outcome.report.message.contains(QStringLiteral("no Vapi account yet")),
            qPrintable(outcome.report.message));
    QVERIFY(!outcome.report.refused); // nothing was asked: no refusal

    QVERIFY(f.setUpVapi(10));
    outcome = run([&](const ConnectionTest::Reported &done) {
        test.testVapi(Region::Us, {}, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.report.ok, qPrintable(outcome.report.message));
}

void TestConnectionTest::twilioSecretTypedIn()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addTwilioAccount(QLatin1String(EngineFixture::WorkspaceTwilioSid),
            QLatin1String(EngineFixture::WorkspaceTwilioToken), {});
    ConnectionTest test(f.clients, f.accounts);
    QObject dialog;
    const QString sid = QLatin1String(EngineFixture::WorkspaceTwilioSid);
    Outcome outcome = run([&](const ConnectionTest::Reported &done) {
        test.testTwilio(sid, {}, QLatin1String(EngineFixture::WorkspaceTwilioToken), &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.report.ok, qPrintable(outcome.report.message));
    QVERIFY(outcome.report.message.contains(sid));

    const QString wrong = QStringLiteral("0123456789abcdef0123456789abcdef");
    outcome = run([&](const ConnectionTest::Reported &done) {
        test.testTwilio(sid, {}, wrong, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.report.ok);
    QVERIFY2(!outcome.report.message.contains(wrong), qPrintable(outcome.report.message));
    QVERIFY(outcome.report.refused);
}

void TestConnectionTest::twilioStoredSecretOnlyForItsAccount()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const QString sid = QLatin1String(EngineFixture::WorkspaceTwilioSid);
    f.sandbox.state().addTwilioAccount(sid, QLatin1String(EngineFixture::WorkspaceTwilioToken), {});
    TwilioAccount workspaceTwilio;
    workspaceTwilio.accountSid = sid;
    QVERIFY(f.accounts.saveTwilioAccount(workspaceTwilio));
    QVERIFY(f.setSecret(SecretKey::forAccount(workspaceTwilio),
            QLatin1String(EngineFixture::WorkspaceTwilioToken)));
    ConnectionTest test(f.clients, f.accounts);
    QObject dialog;
    Outcome outcome = run([&](const ConnectionTest::Reported &done) {
        test.testTwilio(sid, {}, {}, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.report.ok, qPrintable(outcome.report.message));

    // Another SID typed in without its secret: the stored one is never sent for it.
    outcome = run([&](const ConnectionTest::Reported &done) {
        test.testTwilio(QLatin1String(EngineFixture::OrgTwilioSid), {}, {}, &dialog, done);
    });
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.inside);
    QVERIFY(!outcome.report.ok);
    QVERIFY2(outcome.report.message.contains(QStringLiteral("Enter the account's secret")),
            qPrintable(outcome.report.message));
}

void TestConnectionTest::aClosedDialogGetsNoReport()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    f.sandbox.state().addVapiAccount(QLatin1String(EngineFixture::VapiKey), 10);
    ConnectionTest test(f.clients, f.accounts);
    int reports = 0;
    {
        QObject dialog;
        test.testVapi(Region::Us, QLatin1String(EngineFixture::VapiKey), &dialog,
                [&reports](const ConnectionTest::Report &) { ++reports; });
        test.testVapi(
                Region::Us, {}, &dialog, [&reports](const ConnectionTest::Report &) { ++reports; });
    } // closed before any answer
    QTest::qWait(1000);
    QCOMPARE(reports, 0);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
