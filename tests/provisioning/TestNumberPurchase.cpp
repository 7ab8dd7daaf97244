// SPDX-License-Identifier: Apache-2.0
// A Twilio number bought by a person for an organization's pool (issue 17), judged from what
// the sandbox's Twilio holds: the right account pays, never past the month's limit, the
// purchase is on record and the number is free in the pool.
#include "EngineFixture.h"

#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/NumberPurchase.h"
#include "core/provisioning/Reconciliation.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/world/TwilioAccountRecord.h"

using namespace Switchboard;
using Switchboard::Test::EngineFixture;

class TestNumberPurchase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buysInTheOrganizationsOwnAccountAndRecordsIt();
    void neverBuysPastTheMonthsLimitEvenWhenAskedTwiceAtOnce();
    void buyingOffBuysNothing();
    void theWorkspacePaysForAnOrganizationWithoutItsOwnAccount();
    void aNumberSoldMeanwhileSaysSearchAgainAndFreesTheSlot();
    void aLostAnswerIsFoundAgainAtOnce();
    void aLostAnswerKeepsCountingUntilTheNextStartFindsIt();

private:
    static int ownedBy(EngineFixture &f, const char *twilioSid);
    static int purchasePosts(EngineFixture &f);
    static QList<TwilioAvailableNumber> offers(
            EngineFixture &f, NumberPurchase &purchase, qint64 organizationId, QString *error);
    static NumberPurchase::Outcome buy(
            NumberPurchase &purchase, qint64 organizationId, const PhoneAddress &number);
};

int TestNumberPurchase::ownedBy(EngineFixture &f, const char *twilioSid)
{
    const auto *account = f.sandbox.state().twilioAccount(QLatin1String(twilioSid));
    return account ? int(account->numbers.size()) : -1;
}

int TestNumberPurchase::purchasePosts(EngineFixture &f)
{
    return int(f.sandbox.requestLog()
                       .matching(QStringLiteral("POST"),
                               QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json"))
                       .size());
}

QList<TwilioAvailableNumber> TestNumberPurchase::offers(
        EngineFixture &, NumberPurchase &purchase, qint64 organizationId, QString *error)
{
    QList<TwilioAvailableNumber> found;
    bool done = false;
    purchase.search(organizationId, QStringLiteral("415"),
            [&](const QList<TwilioAvailableNumber> &numbers, const QString &why) {
                found = numbers;
                *error = why;
                done = true;
            });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        *error = QStringLiteral("no answer");
    return found;
}

NumberPurchase::Outcome TestNumberPurchase::buy(
        NumberPurchase &purchase, qint64 organizationId, const PhoneAddress &number)
{
    NumberPurchase::Outcome outcome;
    outcome.message = QStringLiteral("no answer");
    bool done = false;
    purchase.buy(organizationId, number, [&](const NumberPurchase::Outcome &result) {
        outcome = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the purchase did not finish");
    return outcome;
}

void TestNumberPurchase::buysInTheOrganizationsOwnAccountAndRecordsIt()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 3);
    NumberPurchase purchase(f.services);

    QString why;
    const auto target = purchase.target(acme.id, &why);
    QVERIFY2(target, qPrintable(why));
    QCOMPARE(target->payer, QStringLiteral("the Twilio account of acme"));
    QCOMPARE(target->monthlyLimit, 3);
    QCOMPARE(target->boughtThisMonth, 0);

    QString error;
    const QList<TwilioAvailableNumber> found = offers(f, purchase, acme.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!found.isEmpty());
    QVERIFY(found.constFirst().phoneNumber.toString().startsWith(QStringLiteral("+1415")));

    const NumberPurchase::Outcome bought = buy(purchase, acme.id, found.constFirst().phoneNumber);
    QVERIFY2(bought.ok, qPrintable(bought.message));
    QVERIFY(bought.message.contains(QStringLiteral("free for the next assistant")));

    // Twilio holds it in the organization's account, nowhere else.
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
    QCOMPARE(f.sandbox.state()
                     .twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid))
                     ->numbers.constFirst()
                     .phoneNumber,
            found.constFirst().phoneNumber.toString());
    // Free in its pool, on record, and counted.
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    const QList<PoolNumber> pool = f.pool.numbers(account->id);
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.constFirst().state == PoolNumber::State::Available);
    QCOMPARE(pool.constFirst().number, found.constFirst().phoneNumber);
    QCOMPARE(f.events(EventKind::NumberPurchased).size(), 1);
    QCOMPARE(purchase.target(acme.id, &why)->boughtThisMonth, 1);
}

void TestNumberPurchase::neverBuysPastTheMonthsLimitEvenWhenAskedTwiceAtOnce()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);
    NumberPurchase purchase(f.services);
    NumberPurchase otherConsole(f.services);
    QString error;
    const QList<TwilioAvailableNumber> found = offers(f, purchase, acme.id, &error);
    QVERIFY(found.size() >= 2);

    // Two buys at once (a double click, two consoles): one slot, one purchase.
    QList<NumberPurchase::Outcome> outcomes;
    purchase.buy(acme.id, found.at(0).phoneNumber,
            [&outcomes](const NumberPurchase::Outcome &o) { outcomes << o; });
    otherConsole.buy(acme.id, found.at(1).phoneNumber,
            [&outcomes](const NumberPurchase::Outcome &o) { outcomes << o; });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 10000);
    QCOMPARE(int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                     [](const NumberPurchase::Outcome &o) { return o.ok; })),
            1);
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
    QCOMPARE(purchasePosts(f), 1);

    // Now the limit is reached: said before anything is asked of Twilio, and held to.
    QString why;
    QVERIFY(!purchase.target(acme.id, &why));
    QVERIFY2(why.contains(QStringLiteral("limit of 1 is reached")), qPrintable(why));
    const NumberPurchase::Outcome refused = buy(purchase, acme.id, found.at(2).phoneNumber);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("limit")), qPrintable(refused.message));
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
    QCOMPARE(purchasePosts(f), 1);
}

void TestNumberPurchase::buyingOffBuysNothing()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+14155550180")});
    NumberPurchase purchase(f.services);
    QString why;
    QVERIFY(!purchase.target(acme.id, &why));
    QVERIFY2(why.startsWith(QStringLiteral("Buying is off for the Twilio account of acme")),
            qPrintable(why));
    const NumberPurchase::Outcome refused
            = buy(purchase, acme.id, PhoneAddress::fromNumber(QStringLiteral("+14155550111")));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.message, why);
    QCOMPARE(purchasePosts(f), 0);
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1); // only the pool number it had
}

void TestNumberPurchase::theWorkspacePaysForAnOrganizationWithoutItsOwnAccount()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    NumberPurchase purchase(f.services);
    QString why;
    QVERIFY(!purchase.target(acme.id, &why));
    QVERIFY2(why.contains(QStringLiteral("Neither acme nor the workspace")), qPrintable(why));

    f.sandbox.state().addTwilioAccount(QLatin1String(EngineFixture::WorkspaceTwilioSid),
            QLatin1String(EngineFixture::WorkspaceTwilioToken), {});
    TwilioAccount workspaceTwilio;
    workspaceTwilio.accountSid = QLatin1String(EngineFixture::WorkspaceTwilioSid);
    QVERIFY(f.accounts.saveTwilioAccount(workspaceTwilio));
    QVERIFY(f.setSecret(SecretKey::forAccount(workspaceTwilio),
            QLatin1String(EngineFixture::WorkspaceTwilioToken)));
    QVERIFY(!purchase.target(acme.id, &why)); // buying is off until the workspace allows it
    QVERIFY(f.settings.setWorkspacePurchasePolicy(true, 2));

    const auto target = purchase.target(acme.id, &why);
    QVERIFY2(target, qPrintable(why));
    QCOMPARE(target->payer, QStringLiteral("the workspace's Twilio account"));
    QString error;
    const QList<TwilioAvailableNumber> found = offers(f, purchase, acme.id, &error);
    QVERIFY2(!found.isEmpty(), qPrintable(error));
    const NumberPurchase::Outcome bought = buy(purchase, acme.id, found.constFirst().phoneNumber);
    QVERIFY2(bought.ok, qPrintable(bought.message));
    QCOMPARE(ownedBy(f, EngineFixture::WorkspaceTwilioSid), 1);
    QCOMPARE(f.pool.numbers(workspaceTwilio.id).size(), 1);
}

void TestNumberPurchase::aNumberSoldMeanwhileSaysSearchAgainAndFreesTheSlot()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);
    NumberPurchase purchase(f.services);
    // Not for sale (never offered, or bought by someone else since the search).
    const NumberPurchase::Outcome refused
            = buy(purchase, acme.id, PhoneAddress::fromNumber(QStringLiteral("+13125550100")));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("search again")), qPrintable(refused.message));
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 0);
    // The slot went back: the month's only purchase is still to be made.
    QString why;
    const auto target = purchase.target(acme.id, &why);
    QVERIFY2(target, qPrintable(why));
    QCOMPARE(target->boughtThisMonth, 0);
    QVERIFY(f.events(EventKind::NumberPurchased).isEmpty());
}

void TestNumberPurchase::aLostAnswerIsFoundAgainAtOnce()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);
    NumberPurchase purchase(f.services);
    QString error;
    const QList<TwilioAvailableNumber> found = offers(f, purchase, acme.id, &error);
    QVERIFY(!found.isEmpty());
    QString parseError;
    const auto rules = Sandbox::FaultRule::parseList(
            QStringLiteral("lost@POST /2010-04-01/Accounts/*/IncomingPhoneNumbers.json,count=1"),
            &parseError);
    QVERIFY2(rules, qPrintable(parseError));
    f.sandbox.faults().add(rules->constFirst());

    // Sold, the answer lost: Twilio is asked for the number with its tag, and it is recorded.
    const NumberPurchase::Outcome bought = buy(purchase, acme.id, found.constFirst().phoneNumber);
    QVERIFY2(bought.ok, qPrintable(bought.message));
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
    QCOMPARE(purchasePosts(f), 1); // asked, not bought again
    QCOMPARE(f.pool.numbers(f.accounts.organizationTwilioAccount(acme.id)->id).size(), 1);
}

void TestNumberPurchase::aLostAnswerKeepsCountingUntilTheNextStartFindsIt()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    const Organization acme = f.addOrganization(QStringLiteral("acme"), {}, true, 1);
    const auto account = f.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(account);
    NumberPurchase purchase(f.services);
    QString error;
    const QList<TwilioAvailableNumber> found = offers(f, purchase, acme.id, &error);
    QVERIFY(!found.isEmpty());

    // Twilio sells it, its answer is lost, and Twilio cannot be asked afterwards either.
    QString parseError;
    const auto rules = Sandbox::FaultRule::parseList(
            QStringLiteral("lost@POST /2010-04-01/Accounts/*/IncomingPhoneNumbers.json,count=1;"
                           "503@GET /2010-04-01/Accounts/*/IncomingPhoneNumbers.json"),
            &parseError);
    QVERIFY2(rules, qPrintable(parseError));
    for (const Sandbox::FaultRule &rule : *rules)
        f.sandbox.faults().add(rule);
    const NumberPurchase::Outcome unknown = buy(purchase, acme.id, found.constFirst().phoneNumber);
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.message.contains(QStringLiteral("unknown whether Twilio sold")),
            qPrintable(unknown.message));
    QCOMPARE(ownedBy(f, EngineFixture::OrgTwilioSid), 1);
    QString why;
    QVERIFY(!purchase.target(acme.id, &why)); // it counts while unknown
    f.sandbox.faults().clear();

    // Another console starting now leaves a purchase that young to the console making it…
    const auto reconcile = [&f](Reconciliation::Summary *summary) {
        Reconciliation *reconciliation = f.engine->reconcile();
        QSignalSpy finished(reconciliation, &Reconciliation::finished);
        reconciliation->start();
        const bool ok = finished.wait(20000);
        *summary = reconciliation->summary();
        reconciliation->deleteLater();
        return ok;
    };
    Reconciliation::Summary summary;
    QVERIFY(reconcile(&summary));
    QCOMPARE(summary.purchasesFound, 0);
    QVERIFY(f.pool.numbers(account->id).isEmpty());
    QVERIFY(!purchase.target(acme.id, &why));

    // …and a start a quarter of an hour later finds it in Twilio by its tag: in the pool.
    f.clockOffsetSeconds = 960; // 16 minutes
    QVERIFY(reconcile(&summary));
    QCOMPARE(summary.purchasesFound, 1);
    const QList<PoolNumber> pool = f.pool.numbers(account->id);
    QCOMPARE(pool.size(), 1);
    QCOMPARE(pool.constFirst().number, found.constFirst().phoneNumber);
    QCOMPARE(f.pool.purchasesSince(account->id, startOfMonth(QDateTime::currentDateTimeUtc())), 1);
}

QTEST_GUILESS_MAIN(TestNumberPurchase)
#include "TestNumberPurchase.moc"
