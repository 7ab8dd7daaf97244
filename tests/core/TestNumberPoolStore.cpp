// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"

#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Switchboard;

class TestNumberPoolStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addSkipsDuplicatesAndSipUris();
    void claimsInOrderAndNeverTwice();
    void releaseAndImport();
    void poolsAreSeparatePerAccount();
    void purchasesAreCountedPerMonth();
    void twilioMarksSetNumbersAsideForADay();

private:
    PhoneAddress number(const char *e164) { return PhoneAddress::fromNumber(QLatin1String(e164)); }

    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<AccountStore> m_accounts;
    TwilioAccount m_account;
};

void TestNumberPoolStore::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_accounts = std::make_unique<AccountStore>(m_ws->database());
    m_account = {};
    m_account.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(m_accounts->saveTwilioAccount(m_account));
}

// What Twilio said is kept with its date; an unusable mark keeps the number out of claims and
// counts for a day (no request for it on every job), then it is offered again (to be asked).
void TestNumberPoolStore::twilioMarksSetNumbersAsideForADay()
{
    NumberPoolStore pool(m_ws->database());
    const PhoneAddress a = PhoneAddress::fromNumber(QStringLiteral("+14155550100"));
    const PhoneAddress b = PhoneAddress::fromNumber(QStringLiteral("+14155550101"));
    QCOMPARE(Test::addToPool(pool, m_account.id, {a, b}), 2);
    const QDateTime now
            = QDateTime::fromString(QStringLiteral("2026-12-05T10:00:00Z"), Qt::ISODate);
    QVERIFY(pool.recordCheck(m_account.id, a, PoolNumber::TwilioCheck::Missing,
            QStringLiteral("not in the account"), {}, now.addSecs(-60)));
    QVERIFY(pool.recordCheck(m_account.id, b, PoolNumber::TwilioCheck::Ok, QStringLiteral("ok"),
            QStringLiteral("PN0123456789abcdef0123456789abcdef"), now));
    // A number the pool does not hold changes nothing, and is no error.
    QVERIFY(pool.recordCheck(m_account.id, PhoneAddress::fromNumber(QStringLiteral("+14155550199")),
            PoolNumber::TwilioCheck::Missing, {}, {}, now));

    const QList<PoolNumber> numbers = pool.numbers(m_account.id);
    QCOMPARE(toString(numbers.at(0).twilioCheck), QStringLiteral("missing"));
    QCOMPARE(numbers.at(0).twilioCheckDetail, QStringLiteral("not in the account"));
    QCOMPARE(numbers.at(0).twilioCheckedAt, now.addSecs(-60));
    QVERIFY(numbers.at(0).isSetAside(now));
    QCOMPARE(numbers.at(1).twilioSid, QStringLiteral("PN0123456789abcdef0123456789abcdef"));

    QCOMPARE(pool.availableCount(m_account.id, now), 1);
    QCOMPARE(pool.setAside(m_account.id, now).size(), 1);
    const auto claimed = pool.claimNext(m_account.id, 1, now);
    QVERIFY(claimed);
    QCOMPARE(claimed->number, b); // a passed over
    QVERIFY(pool.releaseClaim(claimed->id));

    // A day later the mark is old: a is offered again, to be asked about before use.
    const QDateTime later = now.addDays(1);
    QCOMPARE(pool.availableCount(m_account.id, later), 2);
    QVERIFY(pool.setAside(m_account.id, later).isEmpty());
    QCOMPARE(pool.claimNext(m_account.id, 2, later)->number, a);
}

void TestNumberPoolStore::cleanup()
{
    m_accounts.reset();
    m_ws.reset();
}

void TestNumberPoolStore::addSkipsDuplicatesAndSipUris()
{
    NumberPoolStore pool(m_ws->database());
    const QList<PhoneAddress> first{number("+14155550100"), number("+14155550101")};
    QCOMPARE(Test::addToPool(pool, m_account.id, first), 2);
    const QList<PhoneAddress> second{number("+14155550101"), number("+14155550102"),
            PhoneAddress::fromSipUri(QStringLiteral("sip:a@sip.vapi.ai"))};
    QCOMPARE(Test::addToPool(pool, m_account.id, second), 1);
    QCOMPARE(pool.numbers(m_account.id).size(), 3);
    QCOMPARE(pool.availableCount(m_account.id), 3);
}

void TestNumberPoolStore::claimsInOrderAndNeverTwice()
{
    NumberPoolStore pool(m_ws->database());
    QCOMPARE(Test::addToPool(pool, m_account.id, {number("+14155550100"), number("+14155550101")}),
            2);

    const auto a = pool.claimNext(m_account.id, 1);
    const auto b = pool.claimNext(m_account.id, 2);
    QVERIFY(a && b);
    QCOMPARE(a->number.toString(), QStringLiteral("+14155550100"));
    QCOMPARE(b->number.toString(), QStringLiteral("+14155550101"));
    QVERIFY(a->state == PoolNumber::State::Reserved);
    QCOMPARE(a->reservedByAttemptId, 1);
    QVERIFY(!pool.claimNext(m_account.id, 3)); // used up
    QCOMPARE(pool.availableCount(m_account.id), 0);
    QCOMPARE(pool.claimsOf(2).constFirst().id, b->id);
}

void TestNumberPoolStore::releaseAndImport()
{
    NumberPoolStore pool(m_ws->database());
    QCOMPARE(Test::addToPool(pool, m_account.id, {number("+14155550100")}), 1);
    auto claimed = pool.claimNext(m_account.id, 7);
    QVERIFY(claimed);
    QVERIFY(pool.releaseClaim(claimed->id));
    QCOMPARE(pool.availableCount(m_account.id), 1);

    claimed = pool.claimNext(m_account.id, 8);
    QVERIFY(pool.markImported(claimed->id, QStringLiteral("vapi-id-1"),
            QStringLiteral("PN0123456789abcdef0123456789abcdef")));
    const PoolNumber imported = pool.numbers(m_account.id).constFirst();
    QVERIFY(imported.state == PoolNumber::State::Imported);
    QCOMPARE(imported.vapiPhoneNumberId, QStringLiteral("vapi-id-1"));
    QCOMPARE(imported.twilioSid, QStringLiteral("PN0123456789abcdef0123456789abcdef"));
    QVERIFY(!pool.releaseClaim(claimed->id) || pool.availableCount(m_account.id) == 0);
    QCOMPARE(pool.availableCount(m_account.id), 0); // an imported number is not released by mistake

    QVERIFY(pool.markAvailable(m_account.id, number("+14155550100")));
    QCOMPARE(pool.availableCount(m_account.id), 1);
}

void TestNumberPoolStore::poolsAreSeparatePerAccount()
{
    TwilioAccount other;
    other.accountSid = QStringLiteral("AC22222222222222222222222222222222");
    // A second workspace account is refused (one per owner), so give it an organization.
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO organizations (slug, name, created_at) VALUES ('o', "
                                  "'O', '2026-01-01T00:00:00.000Z')")));
    other.organizationId = 1;
    QVERIFY(m_accounts->saveTwilioAccount(other));

    NumberPoolStore pool(m_ws->database());
    QCOMPARE(Test::addToPool(pool, m_account.id, {number("+14155550100")}), 1);
    QCOMPARE(Test::addToPool(pool, other.id, {number("+14155550101")}), 1);
    // A number is in one pool of the workspace only: one customer's number must never be
    // imported for another's assistant.
    const WriteResult refused = pool.add(other.id, {number("+14155550100")});
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(refused.field(), QStringLiteral("pool"));
    QVERIFY2(refused.message().contains(QStringLiteral("one pool only")),
            qPrintable(refused.message()));
    QVERIFY(pool.claimNext(m_account.id, 1));
    QCOMPARE(pool.availableCount(other.id), 1);
}

void TestNumberPoolStore::purchasesAreCountedPerMonth()
{
    NumberPoolStore pool(m_ws->database());
    const QDateTime october(QDate(2026, 10, 30), QTime(12, 0), Qt::UTC);
    const QDateTime november(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
    const QDateTime octoberStart(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const QDateTime monthStart(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

    const auto octoberSlot = pool.reservePurchase(
            m_account.id, 4, QStringLiteral("t-4"), 1, octoberStart, october);
    QVERIFY(octoberSlot);
    QVERIFY(pool.completePurchase(octoberSlot->id, number("+14155550150"),
            QStringLiteral("PN0123456789abcdef0123456789abcdef"), october));
    const auto bought = pool.addPurchased(m_account.id, number("+14155550150"),
            QStringLiteral("PN0123456789abcdef0123456789abcdef"), 4, october);
    QVERIFY(bought);
    QVERIFY(bought->state == PoolNumber::State::Reserved); // for the attempt that bought it
    QCOMPARE(bought->reservedByAttemptId, 4);

    // November, limit 2: two reservations, then none; a released one makes room again.
    QString error;
    const auto first
            = pool.reservePurchase(m_account.id, 5, QStringLiteral("t-5"), 2, monthStart, november);
    const auto second
            = pool.reservePurchase(m_account.id, 6, QStringLiteral("t-6"), 2, monthStart, november);
    QVERIFY(first && second);
    QVERIFY(!pool.reservePurchase(
            m_account.id, 7, QStringLiteral("t-7"), 2, monthStart, november, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // the limit, not a database error
    QCOMPARE(pool.purchasesSince(m_account.id, monthStart), 2); // reserved ones count
    QVERIFY(pool.releasePurchase(second->id));
    QCOMPARE(pool.purchasesSince(m_account.id, monthStart), 1);
    QVERIFY(pool.reservePurchase(m_account.id, 7, QStringLiteral("t-7"), 2, monthStart, november));
    QCOMPARE(pool.purchasesSince(m_account.id, october.addDays(-1)), 3);
    // Reserved purchases of attempts that are not in flight wait for Twilio to be asked.
    QCOMPARE(pool.unsettledPurchases(QDateTime::currentDateTimeUtc()).size(), 2);
}

QTEST_GUILESS_MAIN(TestNumberPoolStore)
#include "TestNumberPoolStore.moc"
