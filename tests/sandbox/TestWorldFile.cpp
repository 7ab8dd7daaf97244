// SPDX-License-Identifier: Apache-2.0
// World files (and state files, the same format): reading with every mistake named, writing,
// the demo world, ids drawn from the seed, state surviving a restart, and the command line's
// account specs.
#include "SandboxTestClient.h"
#include "TestSupport.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/twilio/TwilioJson.h"
#include "sandbox/world/AccountSpec.h"
#include "sandbox/world/WorldFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard::Sandbox;
using Switchboard::Test::SandboxTestClient;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray minimalWorld = R"({
  "seed": 99,
  "vapi": {"accounts": [{"apiKey": "k1", "assistants": [{"name": "A"}], "phoneNumbers": ["+14155555000"]}]},
  "twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "t",
                           "incomingPhoneNumbers": ["+13035550100"]}],
             "inventory": {"generate": [{"areaCodes": ["303"], "count": 5}]}}
})";

} // namespace

class TestWorldFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWorldRoundTrips();
    void demoWorldTellsItsStory();
    void missingIdsComeFromTheSeed();
    void seedsUpToTwoToTheSixtyFour();
    void mistakesAreNamed_data();
    void mistakesAreNamed();
    void fileProblemsAreOneLine();
    void stateSurvivesARestart();
    void persistenceFailureIsReported();
    void accountSpecs_data();
    void accountSpecs();
    void accountSpecClashes();
    void incomingNumberCapabilitiesAndRouting();
};

// A world file can give a number no voice and a trunk in front of its voice URL; both are
// answered as Twilio would, and survive a write and a read.
void TestWorldFile::incomingNumberCapabilitiesAndRouting()
{
    const QByteArray json
            = R"({"twilio": {"accounts": [{"sid": "AC11111111111111111111111111111111",
        "authToken": "t", "incomingPhoneNumbers": [{"phoneNumber": "+14155550100",
        "capabilities": {"voice": false}, "trunk_sid": "TK0123456789abcdef0123456789abcdef"},
        "+14155550101"]}]}})";
    QString error;
    const std::optional<World> world
            = WorldFile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(world, qPrintable(error));
    const std::optional<World> again = WorldFile::fromJson(WorldFile::toJson(*world), &error);
    QVERIFY2(again, qPrintable(error));
    const auto &numbers = again->twilioAccounts.constFirst().numbers;
    QCOMPARE(numbers.size(), 2);
    QVERIFY(!numbers.at(0).voice);
    QVERIFY(numbers.at(0).sms);
    QVERIFY(numbers.at(1).voice);
    const QJsonObject answered
            = TwilioJson::incomingNumber(again->twilioAccounts.constFirst().sid, numbers.at(0));
    QCOMPARE(answered.value(QStringLiteral("capabilities"))
                     .toObject()
                     .value(QStringLiteral("voice"))
                     .toBool(true),
            false);
    QCOMPARE(answered.value(QStringLiteral("trunk_sid")).toString(),
            QStringLiteral("TK0123456789abcdef0123456789abcdef"));
}

void TestWorldFile::demoWorldRoundTrips()
{
    const QJsonObject json = WorldFile::toJson(World::demo());
    QString error;
    const std::optional<World> again = WorldFile::fromJson(json, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(WorldFile::toJson(*again), json);
    QCOMPARE(again->idCounter, World::demo().idCounter);
}

void TestWorldFile::demoWorldTellsItsStory()
{
    SandboxState state(World::demo());
    QCOMPARE(state.world().vapiOrgs.size(), 3);
    int pastCap = 0;
    for (const VapiOrgRecord &org : state.world().vapiOrgs) {
        if (state.freeNumberCount(org) >= state.freeNumberCap(org))
            ++pastCap;
    }
    QCOMPARE(pastCap, 1);
    const VapiOrgRecord *copperline
            = state.vapiOrgByKey(QStringLiteral("c3c3c3c3-0000-4000-8000-000000000003"));
    QVERIFY(copperline);
    QCOMPARE(copperline->phoneNumbers.first().provider, QStringLiteral("twilio"));
    const TwilioAccountRecord *owner
            = state.twilioOwnerOf(copperline->phoneNumbers.first().number());
    QVERIFY(owner);
    QVERIFY(owner->isSubaccount());
    QVERIFY(state.inventory().size() > 300);
}

void TestWorldFile::missingIdsComeFromTheSeed()
{
    QString error;
    const std::optional<World> first = WorldFile::fromJson(parse(minimalWorld), &error);
    QVERIFY2(first, qPrintable(error));
    const std::optional<World> second = WorldFile::fromJson(parse(minimalWorld), &error);
    const std::optional<World> reseeded = WorldFile::fromJson(parse(minimalWorld), &error, 100);
    QVERIFY(second && reseeded);
    const VapiOrgRecord &org = first->vapiOrgs.first();
    QVERIFY(!QUuid::fromString(org.orgId).isNull());
    QCOMPARE(org.orgId, second->vapiOrgs.first().orgId);
    QVERIFY(org.orgId != reseeded->vapiOrgs.first().orgId);
    QCOMPARE(reseeded->settings.seed, quint64(100));
    QCOMPARE(org.phoneNumbers.first().provider, QStringLiteral("vapi"));
    QCOMPARE(org.phoneNumbers.first().number(), QStringLiteral("+14155555000"));
    QCOMPARE(org.assistants.first().fields.value(QStringLiteral("name")).toString(),
            QStringLiteral("A"));
    const IncomingNumberRecord &owned = first->twilioAccounts.first().numbers.first();
    QVERIFY(owned.sid.startsWith(QStringLiteral("PN")) && owned.sid.size() == 34);
    QCOMPARE(owned.friendlyName, QStringLiteral("(303) 555-0100"));
    QCOMPARE(first->idCounter, quint64(4)); // org, assistant, free number, incoming number
}

// A seed is any unsigned 64-bit number; one above 2^63 was refused by a conversion to qint64
// that has no value there (found by fuzz/fuzz_world_file).
void TestWorldFile::seedsUpToTwoToTheSixtyFour()
{
    QString error;
    const std::optional<World> world = WorldFile::fromJson(parse(R"({"seed": 1e19})"), &error);
    QVERIFY2(world, qPrintable(error));
    QCOMPARE(world->settings.seed, quint64(10'000'000'000'000'000'000ULL));
    QVERIFY(!WorldFile::fromJson(parse(R"({"seed": 2e19})"), &error));
}

void TestWorldFile::mistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("application and trunk")
            << QByteArray(R"({"twilio": {"accounts": [{"sid": "AC11111111111111111111111111111111",
               "authToken": "t", "incomingPhoneNumbers": [{"phoneNumber": "+14155550100",
               "voice_application_sid": "AP0123456789abcdef0123456789abcdef",
               "trunk_sid": "TK0123456789abcdef0123456789abcdef"}]}]}})")
            << QStringLiteral("twilio.accounts[0].incomingPhoneNumbers[0]: has both "
                              "voice_application_sid and trunk_sid");
    QTest::newRow("capabilities")
            << QByteArray(R"({"twilio": {"accounts": [{"sid": "AC11111111111111111111111111111111",
               "authToken": "t", "incomingPhoneNumbers": [{"phoneNumber": "+14155550100",
               "capabilities": {"voice": "no"}}]}]}})")
            << QStringLiteral("twilio.accounts[0].incomingPhoneNumbers[0].capabilities.voice: "
                              "must be true or false");
    // Found by fuzz/fuzz_world_file: numbers beyond qint64 were converted before they were
    // checked (undefined behaviour).
    QTest::newRow("huge seed") << QByteArray(R"({"seed": 1e50})")
                               << QStringLiteral("seed: must be a whole number of at least 0");
    QTest::newRow("huge version") << QByteArray(R"({"version": 1e300})")
                                  << QStringLiteral("version: must be a whole number from 1 to 1");
    QTest::newRow("unknown top level")
            << QByteArray(R"({"vapy": {}})") << QStringLiteral("vapy: unknown property");
    QTest::newRow("version") << QByteArray(R"({"version": 2})")
                             << QStringLiteral("version: must be a whole number from 1 to 1");
    QTest::newRow("missing key") << QByteArray(R"({"vapi": {"accounts": [{}]}})")
                                 << QStringLiteral(
                                            "vapi.accounts[0].apiKey: missing; it is required");
    QTest::newRow("duplicate key")
            << QByteArray(R"({"vapi": {"accounts": [{"apiKey": "k"}, {"apiKey": "k"}]}})")
            << QStringLiteral("vapi.accounts[1].apiKey: another Vapi account has the same key");
    QTest::newRow("orgId") << QByteArray(
            R"({"vapi": {"accounts": [{"apiKey": "k", "orgId": "org-1"}]}})")
                           << QStringLiteral("vapi.accounts[0].orgId: must be a UUID");
    QTest::newRow("region") << QByteArray(
            R"({"vapi": {"accounts": [{"apiKey": "k", "region": "asia"}]}})")
                            << QStringLiteral("vapi.accounts[0].region: must be \"us\" or \"eu\"");
    QTest::newRow("cap")
            << QByteArray(R"({"vapi": {"accounts": [{"apiKey": "k", "freeNumberCap": -1}]}})")
            << QStringLiteral("vapi.accounts[0].freeNumberCap: must be a whole number from 0");
    QTest::newRow("typo") << QByteArray(
            R"({"vapi": {"accounts": [{"apiKey": "k", "freeNumberCapp": 3}]}})")
                          << QStringLiteral("vapi.accounts[0].freeNumberCapp: unknown property");
    QTest::newRow("provider") << QByteArray(
            R"({"vapi": {"accounts": [{"apiKey": "k", "phoneNumbers": [{"provider": "vonage", "number": "+14155550100"}]}]}})")
                              << QStringLiteral("vapi.accounts[0].phoneNumbers[0].provider: must "
                                                "be \"vapi\" or \"twilio\"");
    QTest::newRow("free number address") << QByteArray(
            R"({"vapi": {"accounts": [{"apiKey": "k", "phoneNumbers": [{"provider": "vapi"}]}]}})")
                                         << QStringLiteral("vapi.accounts[0].phoneNumbers[0]: a "
                                                           "free Vapi number needs");
    QTest::newRow("sid")
            << QByteArray(R"({"twilio": {"accounts": [{"sid": "AC123", "authToken": "t"}]}})")
            << QStringLiteral(
                       "twilio.accounts[0].sid: must be AC followed by 32 hexadecimal digits");
    QTest::newRow("token") << QByteArray(
            R"({"twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001"}]}})")
                           << QStringLiteral("twilio.accounts[0].authToken: missing");
    QTest::newRow("owner") << QByteArray(
            R"({"twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "t", "ownerAccountSid": "AC00000000000000000000000000000002"}]}})")
                           << QStringLiteral("twilio.accounts[0].ownerAccountSid: must be the sid "
                                             "of a main account");
    QTest::newRow("owned number") << QByteArray(
            R"({"twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "t", "incomingPhoneNumbers": ["555-0100"]}]}})")
                                  << QStringLiteral("twilio.accounts[0].incomingPhoneNumbers[0]."
                                                    "phoneNumber:");
    QTest::newRow("owned twice") << QByteArray(
            R"({"twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "t", "incomingPhoneNumbers": ["+14155550100", "+1 415 555 0100"]}]}})")
                                 << QStringLiteral("twilio.accounts[0].incomingPhoneNumbers[1]."
                                                   "phoneNumber: +14155550100 is owned twice");
    QTest::newRow("key sid") << QByteArray(
            R"({"twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "t", "apiKeys": [{"sid": "AC00000000000000000000000000000001", "secret": "s"}]}]}})")
                             << QStringLiteral("twilio.accounts[0].apiKeys[0].sid: must be SK");
    QTest::newRow("inventory area code")
            << QByteArray(R"({"twilio": {"inventory": {"generate": [{"areaCodes": ["41"]}]}}})")
            << QStringLiteral("twilio.inventory.generate[0].areaCodes[0]: must be three digits");
    QTest::newRow("inventory count") << QByteArray(
            R"({"twilio": {"inventory": {"generate": [{"areaCodes": ["415"], "count": 0}]}}})")
                                     << QStringLiteral("twilio.inventory.generate[0].count: must "
                                                       "be a whole number from 1 to 1000");
    QTest::newRow("default area code")
            << QByteArray(R"({"settings": {"defaultAreaCode": "12"}})")
            << QStringLiteral("settings.defaultAreaCode: must be three digits");
    QTest::newRow("delay") << QByteArray(R"({"settings": {"activationDelayMs": "soon"}})")
                           << QStringLiteral("settings.activationDelayMs: must be a whole number");
}

void TestWorldFile::mistakesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QString error;
    QVERIFY(!WorldFile::fromJson(document.object(), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestWorldFile::fileProblemsAreOneLine()
{
    QTemporaryDir dir(
            QDir(Switchboard::Test::outputDirectory()).filePath(QStringLiteral("world-XXXXXX")));
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!WorldFile::load(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"vapi\": ");
    file.close();
    QVERIFY(!WorldFile::load(broken, &error));
    QVERIFY2(error.startsWith(QStringLiteral("world file ") + broken
                     + QStringLiteral(": not valid JSON at byte")),
            qPrintable(error));
    QVERIFY(!error.contains(u'\n'));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[]");
    file.close();
    QVERIFY(!WorldFile::load(broken, &error));
    QVERIFY(error.contains(QStringLiteral("must hold a JSON object")));
}

void TestWorldFile::stateSurvivesARestart()
{
    QTemporaryDir dir(
            QDir(Switchboard::Test::outputDirectory()).filePath(QStringLiteral("state-XXXXXX")));
    QVERIFY(dir.isValid());
    const QString statePath = dir.filePath(QStringLiteral("state.json"));
    const QString key = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");
    const QString agencySid = QStringLiteral("ACc4b2af4722ee54e317672875b2d8cf49");
    const QString agencyToken = QStringLiteral("b188d1c1385425e20737b4a99c9d0c7a");
    QString error;
    QJsonArray numbersBefore;
    QString assistantId;
    QString subaccountSid;
    {
        SandboxServer server(World::demo());
        QVERIFY2(server.persistTo(statePath, &error), qPrintable(error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
        SandboxTestClient client(server.baseUrl());
        assistantId = client.vapi("POST", QStringLiteral("/assistant"), key,
                                    {{QStringLiteral("name"), QStringLiteral("Persisted")}})
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
        QCOMPARE(client.vapi("POST", QStringLiteral("/phone-number"), key,
                               {{QStringLiteral("provider"), QStringLiteral("vapi")},
                                       {QStringLiteral("assistantId"), assistantId}})
                         .status,
                201);
        QCOMPARE(client.twilio("POST",
                               QStringLiteral("/2010-04-01/Accounts/") + agencySid
                                       + QStringLiteral("/IncomingPhoneNumbers.json"),
                               agencySid, agencyToken,
                               {{QStringLiteral("AreaCode"), QStringLiteral("617")}})
                         .status,
                201);
        subaccountSid = client.twilio("POST", QStringLiteral("/2010-04-01/Accounts.json"),
                                      agencySid, agencyToken)
                                .object()
                                .value(QStringLiteral("sid"))
                                .toString();
        numbersBefore = client.vapi("GET", QStringLiteral("/phone-number"), key).array();
        QCOMPARE(numbersBefore.size(), 4);
        QVERIFY(server.persistenceError().isEmpty());
    }
    // Written atomically: the file and nothing else.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("state.json")});

    const std::optional<World> restored = WorldFile::load(statePath, &error);
    QVERIFY2(restored, qPrintable(error));
    SandboxServer server(*restored);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.vapi("GET", QStringLiteral("/phone-number"), key).array(), numbersBefore);
    QCOMPARE(client.vapi("GET", QStringLiteral("/assistant/") + assistantId, key).status, 200);
    QCOMPARE(client.twilio("GET",
                           QStringLiteral("/2010-04-01/Accounts/") + agencySid
                                   + QStringLiteral("/IncomingPhoneNumbers.json"),
                           agencySid, agencyToken)
                     .object()
                     .value(QStringLiteral("incoming_phone_numbers"))
                     .toArray()
                     .size(),
            3);
    QCOMPARE(client.twilio("GET",
                           QStringLiteral("/2010-04-01/Accounts/") + subaccountSid
                                   + QStringLiteral(".json"),
                           agencySid, agencyToken)
                     .status,
            200);
    // The id counter carried on: the next id is one no record has.
    QSet<QString> ids;
    for (const VapiOrgRecord &org : server.state().world().vapiOrgs) {
        for (const AssistantRecord &assistant : org.assistants)
            ids.insert(assistant.id);
        for (const VapiNumberRecord &number : org.phoneNumbers)
            ids.insert(number.id);
    }
    const QString newId = client.vapi("POST", QStringLiteral("/assistant"), key, {})
                                  .object()
                                  .value(QStringLiteral("id"))
                                  .toString();
    QVERIFY(!newId.isEmpty());
    QVERIFY(!ids.contains(newId));
}

void TestWorldFile::persistenceFailureIsReported()
{
    SandboxServer server;
    QString error;
    const QString path = QStringLiteral("/nonexistent-directory-for-sandbox/state.json");
    QVERIFY(!server.persistTo(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(server.persistenceError(), error);
}

void TestWorldFile::accountSpecs_data()
{
    QTest::addColumn<bool>("twilio");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("numbers");
    const QString sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QTest::newRow("vapi key") << false << QStringLiteral("key-1") << true << -1 << 0;
    QTest::newRow("vapi key and cap") << false << QStringLiteral("key-1:5") << true << 5 << 0;
    QTest::newRow("vapi bad cap") << false << QStringLiteral("key-1:many") << false << 0 << 0;
    QTest::newRow("vapi no key") << false << QStringLiteral(":5") << false << 0 << 0;
    QTest::newRow("twilio") << true << sid + QStringLiteral(":s3cret") << true << -1 << 0;
    QTest::newRow("twilio numbers")
            << true << sid + QStringLiteral(":s3cret:+14155550100,+1 303 555 0100") << true << -1
            << 2;
    QTest::newRow("twilio bad sid") << true << QStringLiteral("AC12:s3cret") << false << 0 << 0;
    QTest::newRow("twilio no token") << true << sid + QStringLiteral(":") << false << 0 << 0;
    QTest::newRow("twilio bad number")
            << true << sid + QStringLiteral(":s3cret:5550100") << false << 0 << 0;
}

void TestWorldFile::accountSpecs()
{
    QFETCH(bool, twilio);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, cap);
    QFETCH(int, numbers);
    QString error;
    const std::optional<AccountSpec> spec = twilio ? AccountSpec::parseTwilio(text, &error)
                                                   : AccountSpec::parseVapi(text, &error);
    QCOMPARE(spec.has_value(), valid);
    if (!valid) {
        QVERIFY(error.startsWith(
                twilio ? QStringLiteral("--twilio-account") : QStringLiteral("--vapi-account")));
        QVERIFY(!error.contains(QStringLiteral("s3cret"))); // secrets never reach a message
        return;
    }
    QCOMPARE(spec->freeNumberCap, cap);
    QCOMPARE(spec->numbers.size(), numbers);
    SandboxState state;
    QVERIFY2(spec->addTo(state, &error), qPrintable(error));
}

void TestWorldFile::accountSpecClashes()
{
    SandboxState state(World::demo());
    QString error;
    const auto vapi = AccountSpec::parseVapi(
            QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001:3"), &error);
    QVERIFY(!vapi->addTo(state, &error));
    QVERIFY(error.contains(QStringLiteral("already has this key")));
    const auto twilio = AccountSpec::parseTwilio(
            QStringLiteral("AC0123456789abcdef0123456789abcdef:t:+13125550100"), &error);
    QVERIFY(!twilio->addTo(state, &error));
    QVERIFY(error.contains(QStringLiteral("+13125550100 is already owned")));
}

QTEST_GUILESS_MAIN(TestWorldFile)
#include "TestWorldFile.moc"
