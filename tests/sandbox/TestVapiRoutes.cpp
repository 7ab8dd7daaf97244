// SPDX-License-Identifier: Apache-2.0
// The Vapi side of the sandbox: /assistant, /phone-number and /v2/phone-number, their
// authentication, whitelists, caps and Twilio imports, against an embedded server.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

using namespace Switchboard::Sandbox;
using Switchboard::Test::SandboxReply;
using Switchboard::Test::SandboxTestClient;

namespace {

const QString acmeKey = QStringLiteral("acme-private-key");
const QString otherKey = QStringLiteral("other-private-key");
const QString euKey = QStringLiteral("eu-private-key");
const QString twilioSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString twilioToken = QStringLiteral("feedfacefeedfacefeedfacefeedface");
const QString twilioKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
const QString twilioKeySecret = QStringLiteral("key-secret-value");
const QString ownedNumber = QStringLiteral("+14155550142");
const QString strangerSid = QStringLiteral("ACffffffffffffffffffffffffffffffff");
const QString strangerNumber = QStringLiteral("+13035550177");

} // namespace

class TestVapiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingKeyIsRefused();
    void wrongKeyIsRefused();
    void unknownRouteAnswersLikeNest();
    void assistantLifecycle();
    void assistantKeepsMetadataAsSent();
    void assistantWhitelistAndTypes();
    void assistantListLimitAndDateFilters();
    void assistantsAreSeparatedByOrganization();
    void invalidAndUnknownIds();

    void freeNumberStartsActivatingThenActive();
    void freeNumberAreaCodeRules_data();
    void freeNumberAreaCodeRules();
    void freeNumberWithoutAreaCodeUsesTheDefault();
    void unavailableAreaCodeIsRefused();
    void freeNumberCapIsEnforced();
    void deletingAFreeNumberFreesItsSlot();
    void sipUriNumbersAreUniquePerRegion();
    void unknownPropertyIsRefused();
    void assistantIdMustExist();
    void nestedObjectsAreChecked();
    void phoneNumberListLimitAndDateFilters();
    void paginatedListSearchesAndPages();
    void paginatedListValidatesItsQuery();
    void updateAssignsAndUnassigns();
    void updateRefusesOtherProvidersProperties();

    void twilioImportWithAuthToken();
    void twilioImportWithApiKey();
    void twilioImportChecksCredentials();
    void twilioImportChecksOwnership();
    void twilioImportWithSmsDisabledLeavesSmsAlone();
    void twilioImportTwiceIsRefused();

private:
    SandboxReply createFree(const QJsonObject &extra = {}, const QString &key = acmeKey);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestVapiRoutes::init()
{
    World world;
    world.settings.activationDelayMs = 0;
    world.settings.defaultFreeNumberCap = 10;
    world.settings.unavailableAreaCodes = {QStringLiteral("212")};
    m_server = std::make_unique<SandboxServer>(world);
    SandboxState &state = m_server->state();
    state.addVapiAccount(acmeKey, 3, QStringLiteral("Acme"));
    state.addVapiAccount(otherKey);
    const QString euOrg = state.addVapiAccount(euKey);
    state.vapiOrg(euOrg)->region = QStringLiteral("eu");
    state.addTwilioAccount(twilioSid, twilioToken, {ownedNumber});
    state.addTwilioApiKey(twilioSid, twilioKeySid, twilioKeySecret);
    state.addTwilioAccount(
            strangerSid, QStringLiteral("ffffffffffffffffffffffffffffffff"), {strangerNumber});
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestVapiRoutes::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SandboxReply TestVapiRoutes::createFree(const QJsonObject &extra, const QString &key)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("provider"), QStringLiteral("vapi"));
    if (!body.contains(QStringLiteral("sipUri"))
            && !body.contains(QStringLiteral("numberDesiredAreaCode")))
        body.insert(QStringLiteral("numberDesiredAreaCode"), QStringLiteral("415"));
    return m_client->vapi("POST", QStringLiteral("/phone-number"), key, body);
}

void TestVapiRoutes::missingKeyIsRefused()
{
    for (const char *path : {"/assistant", "/phone-number", "/v2/phone-number"}) {
        const SandboxReply reply = m_client->vapi("GET", QLatin1String(path), QString());
        QCOMPARE(reply.status, 401);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(QStringLiteral("statusCode")).toInt(), 401);
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Unauthorized"));
        QVERIFY(body.value(QStringLiteral("message")).isString());
    }
    QCOMPARE(m_server->requestLog()
                     .matching(QStringLiteral("GET"), QStringLiteral("/**"), 401)
                     .size(),
            3);
}

void TestVapiRoutes::wrongKeyIsRefused()
{
    const SandboxReply reply
            = m_client->vapi("GET", QStringLiteral("/phone-number"), QStringLiteral("not-a-key"));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Invalid Key")));
    const SandboxReply basic
            = m_client->twilio("GET", QStringLiteral("/assistant"), acmeKey, QStringLiteral("x"));
    QCOMPARE(basic.status, 401);
}

void TestVapiRoutes::unknownRouteAnswersLikeNest()
{
    const SandboxReply reply = m_client->vapi("PUT", QStringLiteral("/assistant"), acmeKey);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Cannot PUT /assistant"));
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/nothing-here"), acmeKey).status, 404);
}

void TestVapiRoutes::assistantLifecycle()
{
    const QJsonObject model{{QStringLiteral("provider"), QStringLiteral("openai")},
            {QStringLiteral("model"), QStringLiteral("gpt-4o")}};
    SandboxReply created = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey,
            {{QStringLiteral("name"), QStringLiteral("Front Desk")},
                    {QStringLiteral("model"), model}});
    QCOMPARE(created.status, 201);
    const QJsonObject assistant = created.object();
    const QString id = assistant.value(QStringLiteral("id")).toString();
    QVERIFY(QUuid::fromString(id).isNull() == false);
    for (const char *required : {"id", "orgId", "createdAt", "updatedAt"})
        QVERIFY2(assistant.value(QLatin1String(required)).isString(), required);
    QCOMPARE(assistant.value(QStringLiteral("orgId")).toString(),
            m_server->state().vapiOrgByKey(acmeKey)->orgId);
    QCOMPARE(assistant.value(QStringLiteral("model")).toObject(), model);

    SandboxReply fetched = m_client->vapi("GET", QStringLiteral("/assistant/") + id, acmeKey);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), assistant);

    SandboxReply updated = m_client->vapi("PATCH", QStringLiteral("/assistant/") + id, acmeKey,
            {{QStringLiteral("firstMessage"), QStringLiteral("Hello")},
                    {QStringLiteral("name"), QJsonValue::Null}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(QStringLiteral("firstMessage")).toString(),
            QStringLiteral("Hello"));
    QVERIFY(!updated.object().contains(QStringLiteral("name")));
    QVERIFY(updated.object().value(QStringLiteral("updatedAt")).toString()
            > assistant.value(QStringLiteral("updatedAt")).toString());

    SandboxReply list = m_client->vapi("GET", QStringLiteral("/assistant"), acmeKey);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 1);

    SandboxReply deleted = m_client->vapi("DELETE", QStringLiteral("/assistant/") + id, acmeKey);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant/") + id, acmeKey).status, 404);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant"), acmeKey).array().size(), 0);
}

void TestVapiRoutes::assistantKeepsMetadataAsSent()
{
    const QJsonObject metadata{{QStringLiteral("tenant"), QStringLiteral("acme")},
            {QStringLiteral("nested"),
                    QJsonObject{{QStringLiteral("n"), 1.5},
                            {QStringLiteral("list"), QJsonArray{1, u"two"_qs, true}}}},
            {QStringLiteral("empty"), QJsonValue::Null}};
    SandboxReply created = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey,
            {{QStringLiteral("metadata"), metadata}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("metadata")).toObject(), metadata);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant/") + id, acmeKey)
                     .object()
                     .value(QStringLiteral("metadata"))
                     .toObject(),
            metadata);
}

void TestVapiRoutes::assistantWhitelistAndTypes()
{
    SandboxReply reply = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey,
            {{QStringLiteral("serverUrl"), QStringLiteral("https://example.com")},
                    {QStringLiteral("name"), QString(41, u'x')},
                    {QStringLiteral("maxDurationSeconds"), 5},
                    {QStringLiteral("firstMessageMode"), QStringLiteral("shout")},
                    {QStringLiteral("model"),
                            QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai")}}},
                    {QStringLiteral("server"),
                            QJsonObject{{QStringLiteral("secret"), QStringLiteral("x")}}}});
    QCOMPARE(reply.status, 400);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
    const QJsonArray messages = body.value(QStringLiteral("message")).toArray();
    QStringList texts;
    for (const QJsonValue message : messages)
        texts.append(message.toString());
    QVERIFY2(texts.contains(QStringLiteral("property serverUrl should not exist")),
            qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("name must be shorter than or equal to 40 characters")));
    QVERIFY(texts.contains(QStringLiteral("maxDurationSeconds must not be less than 10")));
    QVERIFY(texts.contains(QStringLiteral("model.model must be a string")));
    QVERIFY(texts.contains(QStringLiteral("server.property secret should not exist")));
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.startsWith(QStringLiteral("firstMessageMode must be one of"));
    }));
    QCOMPARE(m_server->state().vapiOrgByKey(acmeKey)->assistants.size(), 0);

    QNetworkRequest raw(m_client->url(QStringLiteral("/assistant")));
    raw.setRawHeader("Authorization", "Bearer " + acmeKey.toUtf8());
    raw.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const SandboxReply broken = m_client->send(raw, "POST", "{\"name\": ");
    QCOMPARE(broken.status, 400);
    QVERIFY(broken.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("JSON")));
}

void TestVapiRoutes::assistantListLimitAndDateFilters()
{
    QStringList created;
    for (int i = 0; i < 5; ++i) {
        const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey,
                {{QStringLiteral("name"), QStringLiteral("A%1").arg(i)}});
        created.append(reply.object().value(QStringLiteral("createdAt")).toString());
    }
    QCOMPARE(
            m_client->vapi("GET", QStringLiteral("/assistant?limit=2"), acmeKey).array().size(), 2);
    const QJsonArray newestFirst
            = m_client->vapi("GET", QStringLiteral("/assistant"), acmeKey).array();
    QCOMPARE(newestFirst.first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("A4"));
    const SandboxReply after = m_client->vapi(
            "GET", QStringLiteral("/assistant?createdAtGt=") + created.at(2), acmeKey);
    QCOMPARE(after.array().size(), 2);
    const SandboxReply upTo = m_client->vapi(
            "GET", QStringLiteral("/assistant?createdAtLe=") + created.at(2), acmeKey);
    QCOMPARE(upTo.array().size(), 3);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant?limit=1001"), acmeKey).status, 400);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant?limit=nan"), acmeKey).status, 400);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant?createdAtGt=yesterday"), acmeKey)
                     .status,
            400);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant?page=2"), acmeKey).status, 400);
}

void TestVapiRoutes::assistantsAreSeparatedByOrganization()
{
    const QString id = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey, {})
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant/") + id, otherKey).status, 404);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant"), otherKey).array().size(), 0);
    QCOMPARE(m_client->vapi("DELETE", QStringLiteral("/assistant/") + id, otherKey).status, 404);
}

void TestVapiRoutes::invalidAndUnknownIds()
{
    const SandboxReply invalid
            = m_client->vapi("GET", QStringLiteral("/phone-number/not-a-uuid"), acmeKey);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Validation failed (uuid is expected)"));
    const QString unknown = QStringLiteral("/phone-number/00000000-0000-4000-8000-000000000000");
    for (const QByteArray method : {"GET", "PATCH", "DELETE"})
        QCOMPARE(m_client->vapi(method, unknown, acmeKey).status, 404);
}

void TestVapiRoutes::freeNumberStartsActivatingThenActive()
{
    m_server->state().setWorld([&] {
        World world = m_server->state().world();
        world.settings.activationDelayMs = 300;
        return world;
    }());
    const SandboxReply created
            = createFree({{QStringLiteral("name"), QStringLiteral("Main line")}});
    QCOMPARE(created.status, 201);
    const QJsonObject number = created.object();
    QCOMPARE(number.value(QStringLiteral("status")).toString(), QStringLiteral("activating"));
    QCOMPARE(number.value(QStringLiteral("provider")).toString(), QStringLiteral("vapi"));
    QCOMPARE(number.value(QStringLiteral("numberDesiredAreaCode")).toString(),
            QStringLiteral("415"));
    QVERIFY(number.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("+1415")));
    for (const char *required : {"id", "orgId", "provider", "createdAt", "updatedAt"})
        QVERIFY2(number.value(QLatin1String(required)).isString(), required);
    const QString path
            = QStringLiteral("/phone-number/") + number.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->vapi("GET", path, acmeKey)
                                      .object()
                                      .value(QStringLiteral("status"))
                                      .toString(),
            QStringLiteral("active"), 3000);
}

void TestVapiRoutes::freeNumberAreaCodeRules_data()
{
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("US") << QStringLiteral("303") << 201 << QString();
    QTest::newRow("two digits") << QStringLiteral("41") << 400
                                << QStringLiteral("longer than or equal to 3");
    QTest::newRow("four digits") << QStringLiteral("4155") << 400
                                 << QStringLiteral("shorter than or equal to 3");
    QTest::newRow("letters") << QStringLiteral("abc") << 400
                             << QStringLiteral("supported US area code");
    QTest::newRow("Canada") << QStringLiteral("416") << 400
                            << QStringLiteral("supported US area code");
    QTest::newRow("starts with 1")
            << QStringLiteral("155") << 400 << QStringLiteral("supported US area code");
}

void TestVapiRoutes::freeNumberAreaCodeRules()
{
    QFETCH(QString, areaCode);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const SandboxReply reply = createFree({{QStringLiteral("numberDesiredAreaCode"), areaCode}});
    QCOMPARE(reply.status, status);
    if (status == 201) {
        QVERIFY(reply.object()
                        .value(QStringLiteral("number"))
                        .toString()
                        .startsWith(QStringLiteral("+1") + areaCode));
        return;
    }
    const QJsonArray messages = reply.object().value(QStringLiteral("message")).toArray();
    QVERIFY2(!messages.isEmpty() && messages.first().toString().contains(messagePart),
            reply.body.constData());
}

void TestVapiRoutes::freeNumberWithoutAreaCodeUsesTheDefault()
{
    const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("vapi")}});
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.object()
                    .value(QStringLiteral("number"))
                    .toString()
                    .startsWith(QStringLiteral("+1415")));
}

void TestVapiRoutes::unavailableAreaCodeIsRefused()
{
    const SandboxReply reply
            = createFree({{QStringLiteral("numberDesiredAreaCode"), QStringLiteral("212")}});
    QCOMPARE(reply.status, 400);
    // As the real Vapi words it, with hints from the sandbox's stock (never the code refused).
    const QString message = reply.object().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral(
                     "This area code is currently not available. Hint: Try one of ")),
            qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("212")), qPrintable(message));
    // The hint changes from call to call, as Vapi's does.
    const QString again
            = createFree({{QStringLiteral("numberDesiredAreaCode"), QStringLiteral("212")}})
                      .object()
                      .value(QStringLiteral("message"))
                      .toString();
    QVERIFY(again != message);
}

void TestVapiRoutes::freeNumberCapIsEnforced()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(createFree().status, 201);
    const SandboxReply refused = createFree();
    QCOMPARE(refused.status, 400);
    const QJsonObject body = refused.object();
    QCOMPARE(body.value(QStringLiteral("statusCode")).toInt(), 400);
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
    QVERIFY(body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("limit reached")));
    QCOMPARE(m_server->state().freeNumberCount(*m_server->state().vapiOrgByKey(acmeKey)), 3);
    // The cap is per account: another org still has room.
    QCOMPARE(createFree({}, otherKey).status, 201);
}

void TestVapiRoutes::deletingAFreeNumberFreesItsSlot()
{
    QString id;
    for (int i = 0; i < 3; ++i)
        id = createFree().object().value(QStringLiteral("id")).toString();
    QCOMPARE(createFree().status, 400);
    const SandboxReply deleted
            = m_client->vapi("DELETE", QStringLiteral("/phone-number/") + id, acmeKey);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(createFree().status, 201);
}

void TestVapiRoutes::sipUriNumbersAreUniquePerRegion()
{
    const SandboxReply created = createFree(
            {{QStringLiteral("sipUri"), QStringLiteral("sip:Front-Desk@sip.vapi.ai")}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("sipUri")).toString(),
            QStringLiteral("sip:front-desk@sip.vapi.ai"));
    QVERIFY(!created.object().contains(QStringLiteral("number")));

    const SandboxReply taken = createFree(
            {{QStringLiteral("sipUri"), QStringLiteral("sip:front-desk@sip.vapi.ai")}}, otherKey);
    QCOMPARE(taken.status, 400);
    QVERIFY(taken.body.contains("already in use"));
    QCOMPARE(createFree(
                     {{QStringLiteral("sipUri"), QStringLiteral("sip:front-desk@sip.eu.vapi.ai")}},
                     euKey)
                     .status,
            201);
    QCOMPARE(createFree(
                     {{QStringLiteral("sipUri"), QStringLiteral("sip:front-desk@sip.eu.vapi.ai")}},
                     acmeKey)
                     .status,
            400);
    QCOMPARE(createFree({{QStringLiteral("sipUri"), QStringLiteral("front-desk@sip.vapi.ai")}})
                     .status,
            400);

    // Renaming a SIP number: the same URI in other case stays as stored; a taken one is refused.
    const QString path = QStringLiteral("/phone-number/")
            + created.object().value(QStringLiteral("id")).toString();
    SandboxReply same = m_client->vapi("PATCH", path, acmeKey,
            {{QStringLiteral("sipUri"), QStringLiteral("SIP:FRONT-DESK@sip.vapi.ai")}});
    QCOMPARE(same.status, 200);
    QCOMPARE(same.object().value(QStringLiteral("sipUri")).toString(),
            QStringLiteral("sip:front-desk@sip.vapi.ai"));
    createFree({{QStringLiteral("sipUri"), QStringLiteral("sip:back-office@sip.vapi.ai")}});
    QCOMPARE(m_client->vapi("PATCH", path, acmeKey,
                             {{QStringLiteral("sipUri"),
                                     QStringLiteral("sip:back-office@sip.vapi.ai")}})
                     .status,
            400);
    SandboxReply renamed = m_client->vapi("PATCH", path, acmeKey,
            {{QStringLiteral("sipUri"), QStringLiteral("sip:Reception@sip.vapi.ai")}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object().value(QStringLiteral("sipUri")).toString(),
            QStringLiteral("sip:reception@sip.vapi.ai"));
    // The old URI is free again.
    QCOMPARE(createFree({{QStringLiteral("sipUri"), QStringLiteral("sip:front-desk@sip.vapi.ai")}},
                     otherKey)
                     .status,
            201);
    QCOMPARE(createFree({{QStringLiteral("sipUri"), QStringLiteral("sip:x@sip.vapi.ai")},
                                {QStringLiteral("numberDesiredAreaCode"), QStringLiteral("415")}})
                     .status,
            400);
}

void TestVapiRoutes::unknownPropertyIsRefused()
{
    const SandboxReply reply
            = createFree({{QStringLiteral("serverUrl"), QStringLiteral("https://example.com")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("message")).toArray(),
            QJsonArray{QStringLiteral("property serverUrl should not exist")});
    const SandboxReply provider = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("plivo")}});
    QCOMPARE(provider.status, 400);
    QVERIFY(provider.body.contains("provider must be one of the following values"));
}

void TestVapiRoutes::assistantIdMustExist()
{
    const SandboxReply missing = createFree({{QStringLiteral("assistantId"),
            QStringLiteral("00000000-0000-4000-8000-000000000000")}});
    QCOMPARE(missing.status, 400);
    const QString id = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey, {})
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    const SandboxReply assigned = createFree({{QStringLiteral("assistantId"), id}});
    QCOMPARE(assigned.status, 201);
    QCOMPARE(assigned.object().value(QStringLiteral("assistantId")).toString(), id);
}

void TestVapiRoutes::nestedObjectsAreChecked()
{
    const QJsonObject fallback{{QStringLiteral("type"), QStringLiteral("number")},
            {QStringLiteral("number"), QStringLiteral("+14155550123")}};
    const QJsonArray hooks{QJsonObject{{QStringLiteral("on"), QStringLiteral("call.ringing")},
            {QStringLiteral("do"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("say")},
                            {QStringLiteral("exact"), QStringLiteral("Hi")}}}}}};
    const QJsonObject server{{QStringLiteral("url"), QStringLiteral("https://example.com/hook")},
            {QStringLiteral("timeoutSeconds"), 20}};
    const SandboxReply created = createFree({{QStringLiteral("fallbackDestination"), fallback},
            {QStringLiteral("hooks"), hooks}, {QStringLiteral("server"), server}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("fallbackDestination")).toObject(), fallback);
    QCOMPARE(created.object().value(QStringLiteral("hooks")).toArray(), hooks);
    QCOMPARE(created.object().value(QStringLiteral("server")).toObject(), server);

    const SandboxReply badType = createFree({{QStringLiteral("fallbackDestination"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("phone")}}}});
    QCOMPARE(badType.status, 400);
    QVERIFY(badType.body.contains("fallbackDestination.type must be one of the following values"));
    const SandboxReply noNumber = createFree({{QStringLiteral("fallbackDestination"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}});
    QVERIFY(noNumber.body.contains("fallbackDestination.number must be a string"));
    const SandboxReply badHook = createFree({{QStringLiteral("hooks"),
            QJsonArray{QJsonObject{{QStringLiteral("on"), QStringLiteral("ring")}}}}});
    QCOMPARE(badHook.status, 400);
    QVERIFY(badHook.body.contains("hooks.0.on must be one of the following values"));
    QVERIFY(badHook.body.contains("hooks.0.do must be an array"));
    const SandboxReply badServer = createFree(
            {{QStringLiteral("server"), QJsonObject{{QStringLiteral("timeoutSeconds"), 0}}}});
    QVERIFY(badServer.body.contains("server.timeoutSeconds must not be less than 1"));
}

void TestVapiRoutes::phoneNumberListLimitAndDateFilters()
{
    QStringList createdAt;
    for (int i = 0; i < 3; ++i)
        createdAt.append(createFree().object().value(QStringLiteral("createdAt")).toString());
    const SandboxReply all = m_client->vapi("GET", QStringLiteral("/phone-number"), acmeKey);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.array().size(), 3);
    QCOMPARE(all.array().first().toObject().value(QStringLiteral("createdAt")).toString(),
            createdAt.last());
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?limit=1"), acmeKey).array().size(),
            1);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?limit=0"), acmeKey).array().size(),
            0);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?createdAtLt=") + createdAt.at(1),
                             acmeKey)
                     .array()
                     .size(),
            1);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?createdAtGe=") + createdAt.at(1),
                             acmeKey)
                     .array()
                     .size(),
            2);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?updatedAtGt=") + createdAt.at(2),
                             acmeKey)
                     .array()
                     .size(),
            0);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?limit=-1"), acmeKey).status, 400);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number?search=x"), acmeKey).status, 400);
}

void TestVapiRoutes::paginatedListSearchesAndPages()
{
    for (int i = 0; i < 5; ++i)
        createFree({{QStringLiteral("name"), QStringLiteral("Line %1").arg(i)}}, otherKey);
    const SandboxReply page = m_client->vapi(
            "GET", QStringLiteral("/v2/phone-number?limit=2&page=2&sortOrder=ASC"), otherKey);
    QCOMPARE(page.status, 200);
    const QJsonObject body = page.object();
    const QJsonArray results = body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Line 2"));
    const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("itemsPerPage")).toInt(), 2);
    QCOMPARE(metadata.value(QStringLiteral("totalItems")).toInt(), 5);
    QCOMPARE(metadata.value(QStringLiteral("currentPage")).toInt(), 2);
    // PaginationMeta's optional fields are left out unless the world asks for them.
    QVERIFY(!metadata.contains(QStringLiteral("totalPages")));
    QVERIFY(!metadata.contains(QStringLiteral("hasNextPage")));
    World world = m_server->state().world();
    world.settings.fullPaginationMetadata = true;
    m_server->state().setWorld(world);
    const QJsonObject full
            = m_client->vapi("GET", QStringLiteral("/v2/phone-number?limit=2&page=2&sortOrder=ASC"),
                              otherKey)
                      .object()
                      .value(QStringLiteral("metadata"))
                      .toObject();
    QCOMPARE(full.value(QStringLiteral("totalPages")).toInt(), 3);
    QCOMPARE(full.value(QStringLiteral("hasNextPage")).toBool(), true);

    const SandboxReply newest
            = m_client->vapi("GET", QStringLiteral("/v2/phone-number?limit=1"), otherKey);
    QCOMPARE(newest.object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Line 4"));
    const SandboxReply search
            = m_client->vapi("GET", QStringLiteral("/v2/phone-number?search=LINE%203"), otherKey);
    QCOMPARE(search.object().value(QStringLiteral("results")).toArray().size(), 1);
    QCOMPARE(search.object()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("hasNextPage"))
                     .toBool(),
            false);
    const QString digits
            = m_server->state().vapiOrgByKey(otherKey)->phoneNumbers.first().number().mid(5);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/v2/phone-number?search=") + digits, otherKey)
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .size(),
            1);
}

void TestVapiRoutes::paginatedListValidatesItsQuery()
{
    for (const char *query : {"page=0", "sortOrder=UP", "sortBy=name", "limit=5000", "cursor=abc",
                 // Found by fuzz/fuzz_form_fields: NaN passed the range checks.
                 "limit=nan", "page=NaN"}) {
        const SandboxReply reply = m_client->vapi(
                "GET", QStringLiteral("/v2/phone-number?") + QLatin1String(query), acmeKey);
        QVERIFY2(reply.status == 400, query);
        QVERIFY(reply.object().value(QStringLiteral("message")).isArray());
    }
}

void TestVapiRoutes::updateAssignsAndUnassigns()
{
    const QString assistantId = m_client->vapi("POST", QStringLiteral("/assistant"), acmeKey, {})
                                        .object()
                                        .value(QStringLiteral("id"))
                                        .toString();
    const QString path = QStringLiteral("/phone-number/")
            + createFree().object().value(QStringLiteral("id")).toString();
    SandboxReply assigned = m_client->vapi("PATCH", path, acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("vapi")},
                    {QStringLiteral("assistantId"), assistantId},
                    {QStringLiteral("name"), QStringLiteral("Renamed")}});
    QCOMPARE(assigned.status, 200);
    QCOMPARE(assigned.object().value(QStringLiteral("assistantId")).toString(), assistantId);
    QCOMPARE(assigned.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));

    // Leaving assistantId out leaves it; null unassigns.
    SandboxReply untouched = m_client->vapi(
            "PATCH", path, acmeKey, {{QStringLiteral("name"), QStringLiteral("Again")}});
    QCOMPARE(untouched.object().value(QStringLiteral("assistantId")).toString(), assistantId);
    SandboxReply unassigned = m_client->vapi(
            "PATCH", path, acmeKey, {{QStringLiteral("assistantId"), QJsonValue::Null}});
    QCOMPARE(unassigned.status, 200);
    QVERIFY(!unassigned.object().contains(QStringLiteral("assistantId")));
    QVERIFY(!m_client->vapi("GET", path, acmeKey).object().contains(QStringLiteral("assistantId")));
}

void TestVapiRoutes::updateRefusesOtherProvidersProperties()
{
    const QString path = QStringLiteral("/phone-number/")
            + createFree().object().value(QStringLiteral("id")).toString();
    const SandboxReply reply = m_client->vapi("PATCH", path, acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("twilioAuthToken"), QStringLiteral("x")},
                    {QStringLiteral("numberDesiredAreaCode"), QStringLiteral("303")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("provider must be one of the following values: vapi"));
    QVERIFY(reply.body.contains("property twilioAuthToken should not exist"));
    QVERIFY(reply.body.contains("property numberDesiredAreaCode should not exist"));
}

void TestVapiRoutes::twilioImportWithAuthToken()
{
    const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("number"), ownedNumber},
                    {QStringLiteral("twilioAccountSid"), twilioSid},
                    {QStringLiteral("twilioAuthToken"), twilioToken},
                    {QStringLiteral("name"), QStringLiteral("Imported")}});
    QCOMPARE(reply.status, 201);
    const QJsonObject number = reply.object();
    QCOMPARE(number.value(QStringLiteral("provider")).toString(), QStringLiteral("twilio"));
    QCOMPARE(number.value(QStringLiteral("number")).toString(), ownedNumber);
    QCOMPARE(number.value(QStringLiteral("twilioAccountSid")).toString(), twilioSid);
    QCOMPARE(number.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(number.value(QStringLiteral("smsEnabled")).toBool(), true);
    QVERIFY(!number.contains(QStringLiteral("twilioAuthToken")));
    QVERIFY(!reply.body.contains(twilioToken.toUtf8()));
    QVERIFY(!m_client->vapi("GET", QStringLiteral("/phone-number"), acmeKey)
                     .body.contains(twilioToken.toUtf8()));
    // Imports do not count against the free-number cap.
    QCOMPARE(m_server->state().freeNumberCount(*m_server->state().vapiOrgByKey(acmeKey)), 0);

    // Vapi points the Twilio number at itself.
    const IncomingNumberRecord &onTwilio
            = m_server->state().twilioAccount(twilioSid)->numbers.first();
    QCOMPARE(onTwilio.settings.value(QStringLiteral("voice_url")).toString(),
            m_server->state().world().settings.vapiVoiceUrl);
    QCOMPARE(onTwilio.settings.value(QStringLiteral("sms_url")).toString(),
            m_server->state().world().settings.vapiSmsUrl);
}

void TestVapiRoutes::twilioImportWithApiKey()
{
    const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/phone-number"), otherKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("number"), ownedNumber},
                    {QStringLiteral("twilioAccountSid"), twilioSid},
                    {QStringLiteral("twilioApiKey"), twilioKeySid},
                    {QStringLiteral("twilioApiSecret"), twilioKeySecret}});
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.body.contains(twilioKeySecret.toUtf8()));
    QVERIFY(!reply.object().contains(QStringLiteral("twilioApiSecret")));
}

void TestVapiRoutes::twilioImportChecksCredentials()
{
    const QJsonObject base{{QStringLiteral("provider"), QStringLiteral("twilio")},
            {QStringLiteral("number"), ownedNumber},
            {QStringLiteral("twilioAccountSid"), twilioSid}};
    QJsonObject wrongToken = base;
    wrongToken.insert(
            QStringLiteral("twilioAuthToken"), QStringLiteral("ffffffffffffffffffffffffffffffff"));
    SandboxReply reply
            = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey, wrongToken);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("20003"));

    SandboxReply noCredentials
            = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey, base);
    QCOMPARE(noCredentials.status, 400);
    QVERIFY(noCredentials.body.contains("twilioAuthToken, or twilioApiKey with twilioApiSecret"));

    const SandboxReply missing = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body.contains("number must be a string"));
    QVERIFY(missing.body.contains("twilioAccountSid must be a string"));
    QCOMPARE(m_server->state().vapiOrgByKey(acmeKey)->phoneNumbers.size(), 0);
}

void TestVapiRoutes::twilioImportChecksOwnership()
{
    const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("number"), strangerNumber},
                    {QStringLiteral("twilioAccountSid"), twilioSid},
                    {QStringLiteral("twilioAuthToken"), twilioToken}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("was not found on Twilio account")));
    const IncomingNumberRecord &stranger
            = m_server->state().twilioAccount(strangerSid)->numbers.first();
    QVERIFY(!stranger.settings.contains(QStringLiteral("voice_url")));
}

void TestVapiRoutes::twilioImportWithSmsDisabledLeavesSmsAlone()
{
    const SandboxReply reply = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("number"), ownedNumber},
                    {QStringLiteral("twilioAccountSid"), twilioSid},
                    {QStringLiteral("twilioAuthToken"), twilioToken},
                    {QStringLiteral("smsEnabled"), false}});
    QCOMPARE(reply.status, 201);
    const IncomingNumberRecord &onTwilio
            = m_server->state().twilioAccount(twilioSid)->numbers.first();
    QVERIFY(onTwilio.settings.contains(QStringLiteral("voice_url")));
    QVERIFY(!onTwilio.settings.contains(QStringLiteral("sms_url")));
}

void TestVapiRoutes::twilioImportTwiceIsRefused()
{
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("twilio")},
            {QStringLiteral("number"), ownedNumber},
            {QStringLiteral("twilioAccountSid"), twilioSid},
            {QStringLiteral("twilioAuthToken"), twilioToken}};
    QCOMPARE(m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey, body).status, 201);
    const SandboxReply again
            = m_client->vapi("POST", QStringLiteral("/phone-number"), acmeKey, body);
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains("already imported"));
}

QTEST_GUILESS_MAIN(TestVapiRoutes)
#include "TestVapiRoutes.moc"
