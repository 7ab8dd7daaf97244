// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "core/api/TwilioJson.h"

#include <QFile>
#include <QTest>

using namespace Switchboard;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(Test::dataFile(u"api/" + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestTwilioJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incomingNumber()
    {
        const auto number = TwilioJson::incomingNumberFromBody(
                fixture(QStringLiteral("twilio-incoming-create.json")));
        QVERIFY(number);
        QCOMPARE(number->sid, QStringLiteral("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(number->accountSid, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(number->phoneNumber.toString(), QStringLiteral("+18089255327"));
        QCOMPARE(number->friendlyName, QStringLiteral("friendly_name"));
        QCOMPARE(number->voiceUrl, QStringLiteral("https://example.com"));
        QCOMPARE(number->status, QStringLiteral("in-use"));
        QVERIFY(number->capabilities.voice);
        QVERIFY(!number->capabilities.sms);
        QVERIFY(number->capabilities.mms);
        QVERIFY(!number->capabilities.fax);
        QCOMPARE(number->dateCreated, QDateTime(QDate(2015, 7, 30), QTime(23, 19, 4), Qt::UTC));
    }

    void incomingPages()
    {
        const auto last = TwilioJson::incomingNumberPage(
                fixture(QStringLiteral("twilio-incoming-list.json")));
        QVERIFY(last);
        QCOMPARE(last->items.size(), 1);
        QVERIFY(last->nextPageUri.isEmpty()); // null
        QVERIFY(last->items.first().voiceUrl.isEmpty()); // null URL
        const auto more = TwilioJson::incomingNumberPage(
                fixture(QStringLiteral("twilio-incoming-list-next.json")));
        QVERIFY(more);
        QVERIFY(more->nextPageUri.startsWith(QStringLiteral("/2010-04-01/Accounts/")));
        QVERIFY(more->nextPageUri.contains(QStringLiteral("PageToken=")));
        QVERIFY(!TwilioJson::incomingNumberPage(QByteArray(R"({"accounts":[]})")));
        QVERIFY(!TwilioJson::incomingNumberPage(QByteArray("[]")));
    }

    void available()
    {
        const auto page = TwilioJson::availableNumberPage(
                fixture(QStringLiteral("twilio-available-local.json")));
        QVERIFY(page);
        QCOMPARE(page->items.size(), 1);
        const TwilioAvailableNumber &n = page->items.first();
        QCOMPARE(n.phoneNumber.toString(), QStringLiteral("+18089251571"));
        QCOMPARE(n.friendlyName, QStringLiteral("(808) 925-1571"));
        QCOMPARE(n.region, QStringLiteral("HI"));
        QCOMPARE(n.locality, QStringLiteral("Hilo"));
        QCOMPARE(n.postalCode, QStringLiteral("96720"));
        QCOMPARE(n.isoCountry, QStringLiteral("US"));
        QVERIFY(n.capabilities.voice && n.capabilities.mms && !n.capabilities.sms);
        QVERIFY(page->nextPageUri.isEmpty()); // the spec's example has no paging fields
    }

    void accounts()
    {
        const auto created = TwilioJson::newSubaccountFromBody(
                fixture(QStringLiteral("twilio-account-create.json")));
        QVERIFY(created);
        QCOMPARE(created->account.sid, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(created->account.status, QStringLiteral("active"));
        QCOMPARE(created->account.type, QStringLiteral("Full"));
        QCOMPARE(created->account.ownerAccountSid,
                QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(created->authToken, QStringLiteral("auth_token"));
        QCOMPARE(
                created->account.dateCreated, QDateTime(QDate(2015, 7, 30), QTime(20, 0), Qt::UTC));

        const auto list
                = TwilioJson::accountPage(fixture(QStringLiteral("twilio-account-list.json")));
        QVERIFY(list);
        QCOMPARE(list->items.size(), 1);
        QCOMPARE(list->items.first().friendlyName, QStringLiteral("friendly_name"));

        const auto withTokens = TwilioJson::accountWithTokenPage(
                fixture(QStringLiteral("twilio-account-list.json")));
        QVERIFY(withTokens);
        QCOMPARE(withTokens->items.first().authToken, QStringLiteral("auth_token"));
    }

    void lenient_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("parses");
        QTest::newRow("minimal") << QByteArray(R"({"sid":"PN1"})") << true;
        QTest::newRow("nulls") << QByteArray(
                R"({"sid":"PN1","phone_number":null,"capabilities":null,"date_created":null})")
                               << true;
        QTest::newRow("string capabilities")
                << QByteArray(R"({"sid":"PN1","capabilities":{"voice":"true"}})") << true;
        QTest::newRow("no sid") << QByteArray(R"({"phone_number":"+14155552671"})") << false;
        QTest::newRow("not json") << QByteArray("<Response/>") << false;
    }
    void lenient()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, parses);
        QCOMPARE(bool(TwilioJson::incomingNumberFromBody(body)), parses);
    }

    void capabilitiesInEitherCase()
    {
        // AvailablePhoneNumbers as the live API answers (twilio/twilio-node#833).
        const auto page = TwilioJson::availableNumberPage(
                QByteArray(R"({"available_phone_numbers":[{"phone_number":"+14155550100",)"
                           R"("capabilities":{"voice":true,"SMS":true,"MMS":false}}]})"));
        QVERIFY(page && page->items.size() == 1);
        const TwilioCapabilities c = page->items.first().capabilities;
        QVERIFY(c.voice && c.sms && !c.mms && !c.fax);
    }

    void stringCapability()
    {
        const auto n = TwilioJson::incomingNumberFromBody(
                QByteArray(R"({"sid":"PN1","capabilities":{"voice":"true","sms":"false"}})"));
        QVERIFY(n && n->capabilities.voice && !n->capabilities.sms);
    }
};

QTEST_GUILESS_MAIN(TestTwilioJson)
#include "TestTwilioJson.moc"
