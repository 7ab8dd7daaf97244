// SPDX-License-Identifier: Apache-2.0
// The Twilio side of the sandbox: Accounts, IncomingPhoneNumbers and AvailablePhoneNumbers,
// with HTTP Basic (auth token or API key), subaccounts, paging and Twilio's error codes.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Switchboard::Sandbox;
using Switchboard::Test::SandboxReply;
using Switchboard::Test::SandboxTestClient;

namespace {

const QString mainSid = QStringLiteral("AC11111111111111111111111111111111");
const QString mainToken = QStringLiteral("main-auth-token");
const QString subSid = QStringLiteral("AC22222222222222222222222222222222");
const QString subToken = QStringLiteral("sub-auth-token");
const QString keySid = QStringLiteral("SK33333333333333333333333333333333");
const QString keySecret = QStringLiteral("key-secret");
const QString otherSid = QStringLiteral("AC44444444444444444444444444444444");
const QString otherToken = QStringLiteral("other-auth-token");

QString numbersPath(const QString &accountSid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid
            + QStringLiteral("/IncomingPhoneNumbers.json");
}

QString numberPath(const QString &accountSid, const QString &sid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid
            + QStringLiteral("/IncomingPhoneNumbers/") + sid + QStringLiteral(".json");
}

QString availablePath(const QString &accountSid, const QString &type, const QString &query = {})
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid
            + QStringLiteral("/AvailablePhoneNumbers/US/") + type + QStringLiteral(".json")
            + (query.isEmpty() ? QString() : u'?' + query);
}

} // namespace

class TestTwilioRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingCredentialsAreRefused();
    void wrongCredentialsAreRefused();
    void apiKeyAuthenticates();
    void subaccountRules();
    void fetchAndListAccounts();
    void createSubaccountReturnsItsTokenOnce();
    void apiKeysCannotManageAccounts();

    void incomingNumberHasAllProperties();
    void listFiltersByPhoneNumberAndFriendlyName();
    void pagingFollowsNextPageUriOverThreePages();
    void pagingSurvivesDeletionBetweenPages();
    void buyByPhoneNumber();
    void buyByAreaCode();
    void testNumbers_data();
    void testNumbers();
    void ownedNumberIsNotAvailable();
    void buyNeedsANumberOrAreaCode();
    void updateSetsUrlsAndName();
    void updateRefusesBadValues();
    void applicationAndTrunkReplaceEachOtherAndClear();
    void phoneNumberFilterAsTwilioReadsIt();
    void transferBetweenSubaccounts();
    void releaseReturnsTheNumberToTheInventory();
    void trialAccountOwnsOneNumber();
    void unknownNumberAndWrongMethod();

    void availableLocalNumbers();
    void availableTollFreeNumbers();
    void availableSearchIsCappedAtThirty();
    void availableContainsPatterns();
    void availableBadFilters();
    void availableCapabilitiesAsTwilioSpellsThem();

private:
    SandboxReply buy(const QString &e164, const QString &account = mainSid);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestTwilioRoutes::init()
{
    World world;
    InventoryRule local;
    local.areaCodes = {QStringLiteral("415"), QStringLiteral("303")};
    local.count = 40;
    world.inventoryRules.append(local);
    InventoryRule tollFree;
    tollFree.type = QStringLiteral("toll-free");
    tollFree.areaCodes = {QStringLiteral("833")};
    tollFree.count = 10;
    world.inventoryRules.append(tollFree);
    InventoryNumber faxOnly; // cannot take calls
    faxOnly.phoneNumber = QStringLiteral("+14155559000");
    faxOnly.voice = faxOnly.sms = faxOnly.mms = false;
    faxOnly.fax = true;
    world.inventoryNumbers.append(faxOnly);
    m_server = std::make_unique<SandboxServer>(world);
    SandboxState &state = m_server->state();
    state.addTwilioAccount(
            mainSid, mainToken, {QStringLiteral("+14155550100"), QStringLiteral("+14155550101")});
    state.addTwilioApiKey(mainSid, keySid, keySecret);
    state.addTwilioAccount(subSid, subToken, {QStringLiteral("+13035550100")}, mainSid);
    state.addTwilioAccount(otherSid, otherToken);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestTwilioRoutes::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SandboxReply TestTwilioRoutes::buy(const QString &e164, const QString &account)
{
    return m_client->twilio("POST", numbersPath(account), mainSid, mainToken,
            {{QStringLiteral("PhoneNumber"), e164}});
}

void TestTwilioRoutes::missingCredentialsAreRefused()
{
    const SandboxReply reply = m_client->twilio("GET", numbersPath(mainSid), QString(), QString());
    QCOMPARE(reply.status, 401);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("code")).toInt(), 20003);
    QCOMPARE(body.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(body.value(QStringLiteral("more_info")).toString(),
            QStringLiteral("https://www.twilio.com/docs/errors/20003"));
    QVERIFY(body.value(QStringLiteral("message")).isString());
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
}

void TestTwilioRoutes::wrongCredentialsAreRefused()
{
    QCOMPARE(m_client->twilio("GET", numbersPath(mainSid), mainSid, QStringLiteral("wrong")).status,
            401);
    QCOMPARE(m_client->twilio("GET", numbersPath(mainSid), keySid, QStringLiteral("wrong")).status,
            401);
    QCOMPARE(m_client->vapi("GET", numbersPath(mainSid), mainToken).status, 401);
    QCOMPARE(m_client->twilio("GET", QStringLiteral("/2010-04-01/Accounts.json"), otherSid,
                             mainToken)
                     .object()
                     .value(QStringLiteral("code"))
                     .toInt(),
            20003);
}

void TestTwilioRoutes::apiKeyAuthenticates()
{
    const SandboxReply reply = m_client->twilio("GET", numbersPath(mainSid), keySid, keySecret);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 2);
    // The key of the main account reaches its subaccounts, not other accounts.
    QCOMPARE(m_client->twilio("GET", numbersPath(subSid), keySid, keySecret).status, 200);
    QCOMPARE(m_client->twilio("GET", numbersPath(otherSid), keySid, keySecret).status, 401);
}

void TestTwilioRoutes::subaccountRules()
{
    QCOMPARE(m_client->twilio("GET", numbersPath(subSid), mainSid, mainToken).status, 200);
    QCOMPARE(m_client->twilio("GET", numbersPath(subSid), subSid, subToken).status, 200);
    const SandboxReply parent = m_client->twilio("GET", numbersPath(mainSid), subSid, subToken);
    QCOMPARE(parent.status, 401);
    QCOMPARE(parent.object().value(QStringLiteral("code")).toInt(), 20003);
    const SandboxReply unknown = m_client->twilio("GET",
            numbersPath(QStringLiteral("AC99999999999999999999999999999999")), mainSid, mainToken);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(QStringLiteral("code")).toInt(), 20404);
}

void TestTwilioRoutes::fetchAndListAccounts()
{
    const SandboxReply fetched = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + subSid + QStringLiteral(".json"), mainSid,
            mainToken);
    QCOMPARE(fetched.status, 200);
    const QJsonObject account = fetched.object();
    QCOMPARE(account.value(QStringLiteral("sid")).toString(), subSid);
    QCOMPARE(account.value(QStringLiteral("owner_account_sid")).toString(), mainSid);
    QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(account.value(QStringLiteral("auth_token")).isNull());
    QVERIFY(!fetched.body.contains(subToken.toUtf8()));
    QVERIFY(QDateTime::fromString(
            account.value(QStringLiteral("date_created")).toString(), Qt::RFC2822Date)
                    .isValid());

    const SandboxReply list = m_client->twilio(
            "GET", QStringLiteral("/2010-04-01/Accounts.json"), mainSid, mainToken);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("accounts")).toArray().size(), 2);
    const SandboxReply own = m_client->twilio(
            "GET", QStringLiteral("/2010-04-01/Accounts.json"), subSid, subToken);
    QCOMPARE(own.object().value(QStringLiteral("accounts")).toArray().size(), 1);
    const SandboxReply byName = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts.json?FriendlyName=") + subSid, mainSid, mainToken);
    QCOMPARE(byName.object().value(QStringLiteral("accounts")).toArray().size(), 1);
}

void TestTwilioRoutes::createSubaccountReturnsItsTokenOnce()
{
    const SandboxReply created
            = m_client->twilio("POST", QStringLiteral("/2010-04-01/Accounts.json"), mainSid,
                    mainToken, {{QStringLiteral("FriendlyName"), QStringLiteral("tenant-1")}});
    QCOMPARE(created.status, 201);
    const QJsonObject account = created.object();
    const QString sid = account.value(QStringLiteral("sid")).toString();
    const QString token = account.value(QStringLiteral("auth_token")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^AC[0-9a-f]{32}$")).match(sid).hasMatch());
    QCOMPARE(token.size(), 32);
    QCOMPARE(account.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("tenant-1"));
    QCOMPARE(account.value(QStringLiteral("owner_account_sid")).toString(), mainSid);

    const SandboxReply fetched = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + sid + QStringLiteral(".json"), sid, token);
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.object().value(QStringLiteral("auth_token")).isNull());
    QCOMPARE(m_client->twilio("GET", numbersPath(sid), sid, token).status, 200);
    // A subaccount cannot create subaccounts.
    QCOMPARE(m_client->twilio("POST", QStringLiteral("/2010-04-01/Accounts.json"), sid, token)
                     .status,
            401);

    const SandboxReply defaultName = m_client->twilio(
            "POST", QStringLiteral("/2010-04-01/Accounts.json"), mainSid, mainToken);
    QVERIFY(defaultName.object()
                    .value(QStringLiteral("friendly_name"))
                    .toString()
                    .startsWith(QStringLiteral("SubAccount Created at ")));
}

void TestTwilioRoutes::apiKeysCannotManageAccounts()
{
    QCOMPARE(m_client->twilio("GET", QStringLiteral("/2010-04-01/Accounts.json"), keySid, keySecret)
                     .status,
            401);
    QCOMPARE(
            m_client->twilio("POST", QStringLiteral("/2010-04-01/Accounts.json"), keySid, keySecret)
                    .status,
            401);
    QCOMPARE(m_client->twilio("GET",
                             QStringLiteral("/2010-04-01/Accounts/") + mainSid
                                     + QStringLiteral(".json"),
                             keySid, keySecret)
                     .status,
            401);
}

void TestTwilioRoutes::incomingNumberHasAllProperties()
{
    const SandboxReply list = m_client->twilio("GET", numbersPath(mainSid), mainSid, mainToken);
    const QJsonObject number = list.object()
                                       .value(QStringLiteral("incoming_phone_numbers"))
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(number.size(), 35);
    QVERIFY(QRegularExpression(QStringLiteral("^PN[0-9a-f]{32}$"))
                    .match(number.value(QStringLiteral("sid")).toString())
                    .hasMatch());
    QCOMPARE(number.value(QStringLiteral("account_sid")).toString(), mainSid);
    QCOMPARE(number.value(QStringLiteral("phone_number")).toString(),
            QStringLiteral("+14155550100"));
    QCOMPARE(number.value(QStringLiteral("friendly_name")).toString(),
            QStringLiteral("(415) 555-0100"));
    QCOMPARE(number.value(QStringLiteral("status")).toString(), QStringLiteral("in-use"));
    QCOMPARE(number.value(QStringLiteral("capabilities"))
                     .toObject()
                     .value(QStringLiteral("voice"))
                     .toBool(),
            true);
    QVERIFY(number.value(QStringLiteral("voice_url")).isNull());
    const QString created = number.value(QStringLiteral("date_created")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} "
                                               "\\d{2}:\\d{2}:\\d{2} \\+0000$"))
                     .match(created)
                     .hasMatch(),
            qPrintable(created));
    QVERIFY(QDateTime::fromString(created, Qt::RFC2822Date).isValid());
    QCOMPARE(number.value(QStringLiteral("uri")).toString(),
            numberPath(mainSid, number.value(QStringLiteral("sid")).toString()));
}

void TestTwilioRoutes::listFiltersByPhoneNumberAndFriendlyName()
{
    const QString path = numbersPath(mainSid);
    SandboxReply reply = m_client->twilio(
            "GET", path + QStringLiteral("?PhoneNumber=%2B14155550101"), mainSid, mainToken);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 1);
    QVERIFY(reply.object()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .contains(QStringLiteral("PhoneNumber=%2B14155550101")));
    reply = m_client->twilio(
            "GET", path + QStringLiteral("?PhoneNumber=555010*"), mainSid, mainToken);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 2);
    reply = m_client->twilio(
            "GET", path + QStringLiteral("?PhoneNumber=%2B1303"), mainSid, mainToken);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 0);
    reply = m_client->twilio(
            "GET", path + QStringLiteral("?FriendlyName=%28415%29%20555-0100"), mainSid, mainToken);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 1);
    reply = m_client->twilio("GET", path + QStringLiteral("?FriendlyName=415"), mainSid, mainToken);
    QCOMPARE(reply.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 0);
}

void TestTwilioRoutes::pagingFollowsNextPageUriOverThreePages()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(buy(QStringLiteral("+1415555011") + QString::number(i)).status, 201);
    QStringList seen;
    QString next = numbersPath(mainSid) + QStringLiteral("?PageSize=3");
    int pages = 0;
    while (!next.isEmpty()) {
        const SandboxReply reply = m_client->twilio("GET", next, keySid, keySecret);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QCOMPARE(page.value(QStringLiteral("page")).toInt(), pages);
        QCOMPARE(page.value(QStringLiteral("page_size")).toInt(), 3);
        QCOMPARE(page.value(QStringLiteral("start")).toInt(), pages * 3);
        QVERIFY(page.value(QStringLiteral("first_page_uri"))
                        .toString()
                        .endsWith(QStringLiteral("PageSize=3&Page=0")));
        QCOMPARE(page.value(QStringLiteral("previous_page_uri")).isNull(), pages == 0);
        const QJsonArray numbers = page.value(QStringLiteral("incoming_phone_numbers")).toArray();
        QCOMPARE(page.value(QStringLiteral("end")).toInt(),
                qsizetype(pages) * 3 + numbers.size() - 1);
        for (const QJsonValue number : numbers)
            seen.append(number.toObject().value(QStringLiteral("phone_number")).toString());
        next = page.value(QStringLiteral("next_page_uri")).toString();
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 7);
}

void TestTwilioRoutes::pagingSurvivesDeletionBetweenPages()
{
    for (int i = 0; i < 4; ++i)
        buy(QStringLiteral("+1415555012") + QString::number(i));
    const QJsonObject first
            = m_client->twilio("GET", numbersPath(mainSid) + QStringLiteral("?PageSize=2"), mainSid,
                              mainToken)
                      .object();
    const QJsonArray firstNumbers = first.value(QStringLiteral("incoming_phone_numbers")).toArray();
    // Releasing a number already seen must not make the next page skip one.
    const QString released = firstNumbers.at(0).toObject().value(QStringLiteral("sid")).toString();
    QCOMPARE(m_client->twilio("DELETE", numberPath(mainSid, released), mainSid, mainToken).status,
            204);
    const QJsonObject second
            = m_client->twilio("GET", first.value(QStringLiteral("next_page_uri")).toString(),
                              mainSid, mainToken)
                      .object();
    QCOMPARE(second.value(QStringLiteral("incoming_phone_numbers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("phone_number"))
                     .toString(),
            QStringLiteral("+14155550120"));
}

void TestTwilioRoutes::buyByPhoneNumber()
{
    const SandboxReply reply = m_client->twilio("POST", numbersPath(subSid), subSid, subToken,
            {{QStringLiteral("PhoneNumber"), QStringLiteral("+14155550105")},
                    {QStringLiteral("VoiceUrl"), QStringLiteral("https://example.com/voice")},
                    {QStringLiteral("FriendlyName"), QStringLiteral("Tenant line")}});
    QCOMPARE(reply.status, 201);
    const QJsonObject number = reply.object();
    QCOMPARE(number.value(QStringLiteral("phone_number")).toString(),
            QStringLiteral("+14155550105"));
    QCOMPARE(number.value(QStringLiteral("account_sid")).toString(), subSid);
    QCOMPARE(number.value(QStringLiteral("voice_url")).toString(),
            QStringLiteral("https://example.com/voice"));
    QCOMPARE(number.value(QStringLiteral("friendly_name")).toString(),
            QStringLiteral("Tenant line"));
    QCOMPARE(number.value(QStringLiteral("type")).toString(), QStringLiteral("local"));
    const SandboxReply fetched = m_client->twilio("GET",
            numberPath(subSid, number.value(QStringLiteral("sid")).toString()), subSid, subToken);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), number);
    QCOMPARE(
            m_server->requestLog()
                    .matching(QStringLiteral("POST"),
                            QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json"), 201)
                    .size(),
            1);
}

void TestTwilioRoutes::buyByAreaCode()
{
    const SandboxReply reply = m_client->twilio("POST", numbersPath(mainSid), mainSid, mainToken,
            {{QStringLiteral("AreaCode"), QStringLiteral("303")}});
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.object()
                    .value(QStringLiteral("phone_number"))
                    .toString()
                    .startsWith(QStringLiteral("+1303")));
    // +13035550100 belongs to the subaccount, so the next free one is sold.
    QCOMPARE(reply.object().value(QStringLiteral("phone_number")).toString(),
            QStringLiteral("+13035550101"));
    const SandboxReply none = m_client->twilio("POST", numbersPath(mainSid), mainSid, mainToken,
            {{QStringLiteral("AreaCode"), QStringLiteral("512")}});
    QCOMPARE(none.status, 400);
    QCOMPARE(none.object().value(QStringLiteral("code")).toInt(), 21452);
    const SandboxReply invalid = m_client->twilio("POST", numbersPath(mainSid), mainSid, mainToken,
            {{QStringLiteral("AreaCode"), QStringLiteral("4x5")}});
    QCOMPARE(invalid.object().value(QStringLiteral("code")).toInt(), 21451);
}

void TestTwilioRoutes::testNumbers_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("+15005550006 buys")
            << QStringLiteral("PhoneNumber") << QStringLiteral("+15005550006") << 201 << 0;
    QTest::newRow("+15005550000 unavailable")
            << QStringLiteral("PhoneNumber") << QStringLiteral("+15005550000") << 400 << 21422;
    QTest::newRow("+15005550001 invalid")
            << QStringLiteral("PhoneNumber") << QStringLiteral("+15005550001") << 400 << 21421;
    QTest::newRow("AreaCode 533 none")
            << QStringLiteral("AreaCode") << QStringLiteral("533") << 400 << 21452;
    QTest::newRow("AreaCode 500 buys")
            << QStringLiteral("AreaCode") << QStringLiteral("500") << 201 << 0;
    QTest::newRow("not a number") << QStringLiteral("PhoneNumber") << QStringLiteral("12") << 400
                                  << 21421;
}

void TestTwilioRoutes::testNumbers()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(int, code);
    const SandboxReply reply = m_client->twilio(
            "POST", numbersPath(mainSid), mainSid, mainToken, {{parameter, value}});
    QCOMPARE(reply.status, status);
    if (status == 201) {
        QCOMPARE(reply.object().value(QStringLiteral("phone_number")).toString(),
                QStringLiteral("+15005550006"));
        return;
    }
    QCOMPARE(reply.object().value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toInt(), status);
}

void TestTwilioRoutes::ownedNumberIsNotAvailable()
{
    const SandboxReply reply = buy(QStringLiteral("+13035550100"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("code")).toInt(), 21422);
    QCOMPARE(buy(QStringLiteral("+12065550100")).object().value(QStringLiteral("code")).toInt(),
            21422);
}

void TestTwilioRoutes::buyNeedsANumberOrAreaCode()
{
    const SandboxReply reply = m_client->twilio("POST", numbersPath(mainSid), mainSid, mainToken,
            {{QStringLiteral("FriendlyName"), QStringLiteral("x")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("PhoneNumber or an AreaCode")));
}

void TestTwilioRoutes::updateSetsUrlsAndName()
{
    const QString sid = m_server->state().twilioAccount(mainSid)->numbers.first().sid;
    const SandboxReply reply = m_client->twilio("POST", numberPath(mainSid, sid), mainSid,
            mainToken,
            {{QStringLiteral("VoiceUrl"), QStringLiteral("https://api.example.com/voice?x=1&y=2")},
                    {QStringLiteral("SmsUrl"), QStringLiteral("https://api.example.com/sms")},
                    {QStringLiteral("VoiceMethod"), QStringLiteral("get")},
                    {QStringLiteral("FriendlyName"), QStringLiteral("Front desk")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject number = reply.object();
    QCOMPARE(number.value(QStringLiteral("voice_url")).toString(),
            QStringLiteral("https://api.example.com/voice?x=1&y=2"));
    QCOMPARE(number.value(QStringLiteral("sms_url")).toString(),
            QStringLiteral("https://api.example.com/sms"));
    QCOMPARE(number.value(QStringLiteral("voice_method")).toString(), QStringLiteral("GET"));
    QCOMPARE(
            number.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("Front desk"));

    const SandboxReply cleared = m_client->twilio("POST", numberPath(mainSid, sid), keySid,
            keySecret, {{QStringLiteral("SmsUrl"), QString()}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.object().value(QStringLiteral("sms_url")).isNull());
    QCOMPARE(cleared.object().value(QStringLiteral("voice_url")).toString(),
            QStringLiteral("https://api.example.com/voice?x=1&y=2"));
}

// "Setting a voice_application_sid will automatically delete your trunk_sid and vice versa";
// an empty value clears either (how Switchboard clears them, with the user's consent).
void TestTwilioRoutes::applicationAndTrunkReplaceEachOtherAndClear()
{
    const QString sid = m_server->state().twilioAccount(mainSid)->numbers.first().sid;
    const QString app = QStringLiteral("AP0123456789abcdef0123456789abcdef");
    const QString trunk = QStringLiteral("TK0123456789abcdef0123456789abcdef");
    SandboxReply reply = m_client->twilio("POST", numberPath(mainSid, sid), mainSid, mainToken,
            {{QStringLiteral("VoiceApplicationSid"), app}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("voice_application_sid")).toString(), app);
    reply = m_client->twilio("POST", numberPath(mainSid, sid), mainSid, mainToken,
            {{QStringLiteral("TrunkSid"), trunk}});
    QCOMPARE(reply.object().value(QStringLiteral("trunk_sid")).toString(), trunk);
    QVERIFY(reply.object().value(QStringLiteral("voice_application_sid")).isNull());
    reply = m_client->twilio("POST", numberPath(mainSid, sid), mainSid, mainToken,
            {{QStringLiteral("TrunkSid"), QString()}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.object().value(QStringLiteral("trunk_sid")).isNull());
    QVERIFY(reply.object().value(QStringLiteral("voice_application_sid")).isNull());
    QVERIFY(!m_server->state().twilioAccount(mainSid)->numbers.first().settings.contains(
            QStringLiteral("trunk_sid")));
}

// PhoneNumber is "a full or partial number"; "*" is any one digit. A bare "+" in a query is a
// space by the form encoding Twilio reads, so "+1415…" unencoded is the partial "1415…", which
// still finds the number; "%2B1415…" is the number from its start.
void TestTwilioRoutes::phoneNumberFilterAsTwilioReadsIt()
{
    const QString path = numbersPath(mainSid);
    const auto count = [&](const char *query) {
        return m_client->twilio("GET", path + QLatin1String(query), mainSid, mainToken)
                .object()
                .value(QStringLiteral("incoming_phone_numbers"))
                .toArray()
                .size();
    };
    QCOMPARE(count("?PhoneNumber=%2B14155550101"), 1);
    QCOMPARE(count("?PhoneNumber=+14155550101"), 1);
    QCOMPARE(count("?PhoneNumber=4155550101"), 1);
    QCOMPARE(count("?PhoneNumber=%2B4155550101"), 0); // anchored at the start
    QCOMPARE(count("?PhoneNumber=%2B1415555010*"), 2);
    QCOMPARE(count("?PhoneNumber=%2B13035550100"), 0); // another account's number
    // A number another account holds is not listed, however it is asked for.
    QCOMPARE(m_client->twilio("GET",
                             numbersPath(subSid) + QStringLiteral("?PhoneNumber=%2B14155550101"),
                             subSid, subToken)
                     .object()
                     .value(QStringLiteral("incoming_phone_numbers"))
                     .toArray()
                     .size(),
            0);
}

void TestTwilioRoutes::updateRefusesBadValues()
{
    const QString sid = m_server->state().twilioAccount(mainSid)->numbers.first().sid;
    for (const auto &[name, value] : {std::pair{"VoiceUrl", "not a url"},
                 std::pair{"VoiceMethod", "PUT"}, std::pair{"VoiceApplicationSid", "AP123"},
                 std::pair{"VoiceCallerIdLookup", "maybe"}}) {
        const SandboxReply reply = m_client->twilio("POST", numberPath(mainSid, sid), mainSid,
                mainToken, {{QLatin1String(name), QLatin1String(value)}});
        QVERIFY2(reply.status == 400, name);
        QVERIFY(reply.object()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String(name)));
    }
    QVERIFY(!m_server->state().twilioAccount(mainSid)->numbers.first().settings.contains(
            QStringLiteral("voice_url")));
}

void TestTwilioRoutes::transferBetweenSubaccounts()
{
    const QString sid = m_server->state().twilioAccount(mainSid)->numbers.first().sid;
    const SandboxReply byKey = m_client->twilio("POST", numberPath(mainSid, sid), subSid, subToken,
            {{QStringLiteral("AccountSid"), subSid}});
    QCOMPARE(byKey.status, 401);
    const SandboxReply moved = m_client->twilio("POST", numberPath(mainSid, sid), mainSid,
            mainToken, {{QStringLiteral("AccountSid"), subSid}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.object().value(QStringLiteral("account_sid")).toString(), subSid);
    QCOMPARE(m_client->twilio("GET", numberPath(subSid, sid), subSid, subToken).status, 200);
    QCOMPARE(m_client->twilio("GET", numberPath(mainSid, sid), mainSid, mainToken).status, 404);
    const SandboxReply back = m_client->twilio("POST", numberPath(subSid, sid), subSid, subToken,
            {{QStringLiteral("AccountSid"), mainSid}});
    QCOMPARE(back.object().value(QStringLiteral("code")).toInt(), 21474);
    const SandboxReply elsewhere = m_client->twilio("POST", numberPath(subSid, sid), mainSid,
            mainToken, {{QStringLiteral("AccountSid"), otherSid}});
    QCOMPARE(elsewhere.status, 400);
}

void TestTwilioRoutes::releaseReturnsTheNumberToTheInventory()
{
    const QString sid = m_server->state().twilioAccount(mainSid)->numbers.first().sid;
    const QString available
            = availablePath(mainSid, QStringLiteral("Local"), QStringLiteral("Contains=5550100"));
    QCOMPARE(m_client->twilio("GET", available, mainSid, mainToken)
                     .object()
                     .value(QStringLiteral("available_phone_numbers"))
                     .toArray()
                     .size(),
            0);
    const SandboxReply released
            = m_client->twilio("DELETE", numberPath(mainSid, sid), mainSid, mainToken);
    QCOMPARE(released.status, 204);
    QVERIFY(released.body.isEmpty());
    QCOMPARE(m_client->twilio("GET", numberPath(mainSid, sid), mainSid, mainToken).status, 404);
    QCOMPARE(m_client->twilio("GET", available, mainSid, mainToken)
                     .object()
                     .value(QStringLiteral("available_phone_numbers"))
                     .toArray()
                     .size(),
            1);
    QCOMPARE(buy(QStringLiteral("+14155550100")).status, 201);
}

void TestTwilioRoutes::unknownNumberAndWrongMethod()
{
    const QString unknown
            = numberPath(mainSid, QStringLiteral("PN00000000000000000000000000000000"));
    const SandboxReply missing = m_client->twilio("GET", unknown, mainSid, mainToken);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(QStringLiteral("code")).toInt(), 20404);
    QVERIFY(missing.object().value(QStringLiteral("message")).toString().contains(unknown));
    const SandboxReply wrongMethod
            = m_client->twilio("PUT", numbersPath(mainSid), mainSid, mainToken);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(m_client->twilio("GET",
                             QStringLiteral("/2010-04-01/Accounts/") + mainSid
                                     + QStringLiteral("/IncomingPhoneNumbers"),
                             mainSid, mainToken)
                     .object()
                     .value(QStringLiteral("code"))
                     .toInt(),
            20404);
}

void TestTwilioRoutes::availableLocalNumbers()
{
    const SandboxReply reply = m_client->twilio("GET",
            availablePath(
                    mainSid, QStringLiteral("Local"), QStringLiteral("AreaCode=303&PageSize=5")),
            keySid, keySecret);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    const QJsonArray numbers = body.value(QStringLiteral("available_phone_numbers")).toArray();
    QCOMPARE(numbers.size(), 5);
    QVERIFY(body.value(QStringLiteral("next_page_uri")).isNull());
    QVERIFY(body.value(QStringLiteral("uri")).toString().contains(QStringLiteral("AreaCode=303")));
    const QJsonObject first = numbers.first().toObject();
    // +13035550100 is owned, so it is not offered.
    QCOMPARE(
            first.value(QStringLiteral("phone_number")).toString(), QStringLiteral("+13035550101"));
    QCOMPARE(first.value(QStringLiteral("friendly_name")).toString(),
            QStringLiteral("(303) 555-0101"));
    QCOMPARE(first.value(QStringLiteral("region")).toString(), QStringLiteral("CO"));
    QCOMPARE(first.value(QStringLiteral("iso_country")).toString(), QStringLiteral("US"));
    QVERIFY(first.value(QStringLiteral("latitude")).isDouble());
    QCOMPARE(m_client->twilio("GET",
                             availablePath(mainSid, QStringLiteral("Local"),
                                     QStringLiteral("InRegion=CA")),
                             mainSid, mainToken)
                     .object()
                     .value(QStringLiteral("available_phone_numbers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("locality"))
                     .toString(),
            QStringLiteral("San Francisco"));
    // Same request, same answer.
    QCOMPARE(m_client->twilio("GET",
                             availablePath(mainSid, QStringLiteral("Local"),
                                     QStringLiteral("AreaCode=303&PageSize=5")),
                             keySid, keySecret)
                     .body,
            reply.body);
}

void TestTwilioRoutes::availableTollFreeNumbers()
{
    const SandboxReply reply = m_client->twilio(
            "GET", availablePath(mainSid, QStringLiteral("TollFree")), mainSid, mainToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray numbers
            = reply.object().value(QStringLiteral("available_phone_numbers")).toArray();
    QCOMPARE(numbers.size(), 10);
    QVERIFY(numbers.first()
                    .toObject()
                    .value(QStringLiteral("phone_number"))
                    .toString()
                    .startsWith(QStringLiteral("+1833")));
    const SandboxReply bought
            = buy(numbers.first().toObject().value(QStringLiteral("phone_number")).toString());
    QCOMPARE(bought.object().value(QStringLiteral("type")).toString(), QStringLiteral("toll-free"));
    QCOMPARE(m_client->twilio("GET", availablePath(mainSid, QStringLiteral("Voip")), mainSid,
                             mainToken)
                     .status,
            404);
}

void TestTwilioRoutes::availableSearchIsCappedAtThirty()
{
    const SandboxReply reply = m_client->twilio("GET",
            availablePath(mainSid, QStringLiteral("Local"), QStringLiteral("PageSize=100")),
            mainSid, mainToken);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("available_phone_numbers")).toArray().size(), 30);
    QVERIFY(body.value(QStringLiteral("next_page_uri")).isNull());
}

void TestTwilioRoutes::availableContainsPatterns()
{
    auto count = [this](const QString &query) {
        return m_client
                ->twilio("GET", availablePath(mainSid, QStringLiteral("Local"), query), mainSid,
                        mainToken)
                .object()
                .value(QStringLiteral("available_phone_numbers"))
                .toArray()
                .size();
    };
    QCOMPARE(count(QStringLiteral("Contains=5550139")), 2); // in 415 and 303
    QCOMPARE(count(QStringLiteral("Contains=%2B1303555013*")), 10);
    QCOMPARE(count(QStringLiteral("Contains=013*%24")), 20);
    QCOMPARE(count(QStringLiteral("Contains=JKL0139")), 2); // keypad letters: JKL = 555
    QCOMPARE(count(QStringLiteral("Contains=555%25139")), 2);
}

void TestTwilioRoutes::availableBadFilters()
{
    SandboxReply reply = m_client->twilio("GET",
            availablePath(mainSid, QStringLiteral("Local"), QStringLiteral("AreaCode=41")), mainSid,
            mainToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("code")).toInt(), 21451);
    reply = m_client->twilio("GET",
            availablePath(mainSid, QStringLiteral("Local"), QStringLiteral("Contains=5")), mainSid,
            mainToken);
    QCOMPARE(reply.status, 400);
    reply = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + mainSid
                    + QStringLiteral("/AvailablePhoneNumbers/usa/Local.json"),
            mainSid, mainToken);
    QCOMPARE(reply.status, 404);
    reply = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + mainSid
                    + QStringLiteral("/AvailablePhoneNumbers/GB/Local.json"),
            mainSid, mainToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("available_phone_numbers")).toArray().size(), 0);
}

void TestTwilioRoutes::trialAccountOwnsOneNumber()
{
    // otherSid owns nothing; as a trial account its first purchase goes through, the second
    // is refused as Twilio refuses it, and nothing is bought.
    m_server->state().twilioAccount(otherSid)->type = QStringLiteral("Trial");
    const auto buyOther = [this](const QString &e164) {
        return m_client->twilio("POST", numbersPath(otherSid), otherSid, otherToken,
                {{QStringLiteral("PhoneNumber"), e164}});
    };
    QCOMPARE(buyOther(QStringLiteral("+14155550110")).status, 201);
    const SandboxReply refused = buyOther(QStringLiteral("+14155550111"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value(QStringLiteral("code")).toInt(), 21404);
    QCOMPARE(refused.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Trial accounts are allowed only one Twilio number. To purchase "
                           "additional numbers, please upgrade your account."));
    QCOMPARE(refused.object().value(QStringLiteral("more_info")).toString(),
            QStringLiteral("https://www.twilio.com/docs/errors/21404"));
    QCOMPARE(m_server->state().twilioAccount(otherSid)->numbers.size(), 1);
    // A full account is not limited.
    QCOMPARE(buy(QStringLiteral("+14155550111")).status, 201);
}

void TestTwilioRoutes::availableCapabilitiesAsTwilioSpellsThem()
{
    // The live API sends "voice", "SMS", "MMS" on AvailablePhoneNumbers (twilio-api.md, corrected
    // 2026-12), not the lower case of the spec's example.
    const auto search = [this](const QString &query) {
        return m_client
                ->twilio("GET", availablePath(mainSid, QStringLiteral("Local"), query), mainSid,
                        mainToken)
                .object()
                .value(QStringLiteral("available_phone_numbers"))
                .toArray();
    };
    const QJsonArray all = search(QStringLiteral("Contains=%2B14155559000"));
    QCOMPARE(all.size(), 1);
    const QJsonObject capabilities
            = all.first().toObject().value(QStringLiteral("capabilities")).toObject();
    QCOMPARE(capabilities.value(QStringLiteral("voice")), QJsonValue(false));
    QCOMPARE(capabilities.value(QStringLiteral("SMS")), QJsonValue(false));
    QCOMPARE(capabilities.value(QStringLiteral("MMS")), QJsonValue(false));
    QCOMPARE(capabilities.value(QStringLiteral("fax")), QJsonValue(true));
    QVERIFY(!capabilities.contains(QStringLiteral("sms")));
    // VoiceEnabled=true leaves out the number that cannot take calls; false filters nothing.
    QVERIFY(search(QStringLiteral("Contains=%2B14155559000&VoiceEnabled=true")).isEmpty());
    QCOMPARE(search(QStringLiteral("Contains=%2B14155559000&VoiceEnabled=false")).size(), 1);
    const QJsonArray voice = search(QStringLiteral("AreaCode=415&VoiceEnabled=true"));
    QVERIFY(!voice.isEmpty());
    for (const QJsonValue number : voice)
        QVERIFY(number.toObject()
                        .value(QStringLiteral("capabilities"))
                        .toObject()
                        .value(QStringLiteral("voice"))
                        .toBool());
}

QTEST_GUILESS_MAIN(TestTwilioRoutes)
#include "TestTwilioRoutes.moc"
