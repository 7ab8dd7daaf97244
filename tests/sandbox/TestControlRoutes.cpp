// SPDX-License-Identifier: Apache-2.0
// The control endpoint under /__sandbox/: fault rules at run time, the request log (which never
// holds a secret), accounts added while running, and the summary.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

using namespace Switchboard::Sandbox;
using Switchboard::Test::SandboxReply;
using Switchboard::Test::SandboxTestClient;

namespace {

const QString vapiKey = QStringLiteral("control-secret-key-123");
const QString twilioSid = QStringLiteral("AC66666666666666666666666666666666");
const QString twilioToken = QStringLiteral("control-secret-token-456");

} // namespace

class TestControlRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void health();
    void faultsCanBeAddedListedAndRemoved();
    void faultSpecErrorsAreExplained();
    void faultRuleObjects();
    void requestLogRecordsWithoutSecrets();
    void requestLogSinceAndClear();
    void requestLogSignalsEachEntry();
    void accountsCanBeAddedWhileRunning();
    void badAccountsAreRefused();
    void summaryCountsWithoutSecrets();
    void unknownControlPath();

private:
    SandboxReply control(
            const QByteArray &method, const QString &path, const QJsonValue &body = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestControlRoutes::init()
{
    World world;
    world.settings.activationDelayMs = 0;
    m_server = std::make_unique<SandboxServer>(world);
    m_server->state().addVapiAccount(vapiKey, 2);
    m_server->state().addTwilioAccount(twilioSid, twilioToken, {QStringLiteral("+14155550100")});
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestControlRoutes::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SandboxReply TestControlRoutes::control(
        const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QNetworkRequest request(m_client->url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray data = body.isArray() ? QJsonDocument(body.toArray()).toJson()
            : body.isObject()              ? QJsonDocument(body.toObject()).toJson()
                                           : QByteArray();
    return m_client->send(request, method, data);
}

void TestControlRoutes::health()
{
    const SandboxReply reply = control("GET", QStringLiteral("/__sandbox/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(m_server->requestLog().entries().isEmpty());
}

void TestControlRoutes::faultsCanBeAddedListedAndRemoved()
{
    SandboxReply added = control("POST", QStringLiteral("/__sandbox/faults"),
            QJsonObject{{QStringLiteral("spec"),
                    QStringLiteral("503@GET /assistant,count=1;latency:10@/phone-number")}});
    QCOMPARE(added.status, 201);
    const QJsonArray rules = added.object().value(QStringLiteral("faults")).toArray();
    QCOMPARE(rules.size(), 2);
    const int firstId = rules.at(0).toObject().value(QStringLiteral("id")).toInt();
    const int secondId = rules.at(1).toObject().value(QStringLiteral("id")).toInt();

    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey).status, 503);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey).status, 200);
    const QJsonArray listed = control("GET", QStringLiteral("/__sandbox/faults"))
                                      .object()
                                      .value(QStringLiteral("faults"))
                                      .toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("hits")).toInt(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("remaining")).toInt(), 0);
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("ms")).toInt(), 10);

    QCOMPARE(control("DELETE", QStringLiteral("/__sandbox/faults/%1").arg(secondId)).status, 204);
    QCOMPARE(control("DELETE", QStringLiteral("/__sandbox/faults/%1").arg(secondId)).status, 404);
    QCOMPARE(m_server->faults().rules().size(), 1);
    QCOMPARE(m_server->faults().rules().first().id, firstId);
    QCOMPARE(control("DELETE", QStringLiteral("/__sandbox/faults")).status, 204);
    QVERIFY(m_server->faults().rules().isEmpty());
}

void TestControlRoutes::faultSpecErrorsAreExplained()
{
    const SandboxReply reply = control("POST", QStringLiteral("/__sandbox/faults"),
            QJsonObject{{QStringLiteral("spec"), QStringLiteral("teapot@/x")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("unknown fault")));
    QCOMPARE(m_client->send(QNetworkRequest(m_client->url(QStringLiteral("/__sandbox/faults"))),
                             "POST", "{oops")
                     .status,
            400);
    QVERIFY(m_server->faults().rules().isEmpty());
}

void TestControlRoutes::faultRuleObjects()
{
    const SandboxReply reply = control("POST", QStringLiteral("/__sandbox/faults"),
            QJsonArray{QJsonObject{{QStringLiteral("kind"), 429},
                               {QStringLiteral("route"), QStringLiteral("POST /phone-number")},
                               {QStringLiteral("count"), 1}, {QStringLiteral("retryAfter"), 4}},
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("lost")},
                            {QStringLiteral("mode"), QStringLiteral("hang")},
                            {QStringLiteral("route"), QStringLiteral("POST /2010-04-01/**")},
                            {QStringLiteral("rate"), 0.5}}});
    QCOMPARE(reply.status, 201);
    const QList<FaultRule> rules = m_server->faults().rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).retryAfterSeconds, 4);
    QCOMPARE(rules.at(1).lostMode, FaultRule::LostMode::Hang);
    QCOMPARE(rules.at(1).rate, 0.5);
    const SandboxReply limited = m_client->vapi("POST", QStringLiteral("/phone-number"), vapiKey,
            {{QStringLiteral("provider"), QStringLiteral("vapi")}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("4"));
}

void TestControlRoutes::requestLogRecordsWithoutSecrets()
{
    m_client->vapi("POST", QStringLiteral("/phone-number"), vapiKey,
            {{QStringLiteral("provider"), QStringLiteral("vapi")}});
    m_client->vapi("GET", QStringLiteral("/phone-number?limit=5"), vapiKey);
    m_client->vapi("GET", QStringLiteral("/phone-number"), QStringLiteral("wrong-key"));
    m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + twilioSid
                    + QStringLiteral("/IncomingPhoneNumbers.json"),
            twilioSid, twilioToken);
    m_client->vapi("POST", QStringLiteral("/phone-number"), vapiKey,
            {{QStringLiteral("provider"), QStringLiteral("twilio")},
                    {QStringLiteral("number"), QStringLiteral("+14155550100")},
                    {QStringLiteral("twilioAccountSid"), twilioSid},
                    {QStringLiteral("twilioAuthToken"), twilioToken}});

    const SandboxReply reply = control("GET", QStringLiteral("/__sandbox/requests"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains(vapiKey.toUtf8()));
    QVERIFY(!reply.body.contains(twilioToken.toUtf8()));
    QVERIFY(!reply.body.contains("wrong-key"));
    const QJsonArray entries = reply.object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 5);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/phone-number"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 201);
    QCOMPARE(first.value(QStringLiteral("api")).toString(), QStringLiteral("vapi"));
    QCOMPARE(first.value(QStringLiteral("account")).toString(),
            m_server->state().vapiOrgByKey(vapiKey)->orgId);
    QVERIFY(first.value(QStringLiteral("latencyMs")).isDouble());
    QVERIFY(first.value(QStringLiteral("fault")).isNull());
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("/phone-number?limit=5"));
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("account")).toString(), QString());
    QCOMPARE(entries.at(3).toObject().value(QStringLiteral("api")).toString(),
            QStringLiteral("twilio"));
    QCOMPARE(entries.at(3).toObject().value(QStringLiteral("account")).toString(), twilioSid);
}

void TestControlRoutes::requestLogSinceAndClear()
{
    for (int i = 0; i < 3; ++i)
        m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey);
    const SandboxReply since = control("GET", QStringLiteral("/__sandbox/requests?since=2"));
    QCOMPARE(since.object().value(QStringLiteral("entries")).toArray().size(), 1);
    QCOMPARE(since.object().value(QStringLiteral("lastSequence")).toInt(), 3);
    QCOMPARE(control("DELETE", QStringLiteral("/__sandbox/requests")).status, 204);
    QCOMPARE(control("GET", QStringLiteral("/__sandbox/requests"))
                     .object()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
            0);
    m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey);
    QCOMPARE(m_server->requestLog().entries().first().sequence, quint64(4));
}

void TestControlRoutes::requestLogSignalsEachEntry()
{
    QSignalSpy appended(&m_server->requestLog(), &RequestLog::appended);
    m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.first().first().toULongLong(), quint64(1));
}

void TestControlRoutes::accountsCanBeAddedWhileRunning()
{
    const SandboxReply vapi = control("POST", QStringLiteral("/__sandbox/vapi-accounts"),
            QJsonObject{{QStringLiteral("apiKey"), QStringLiteral("new-key")},
                    {QStringLiteral("freeNumberCap"), 1}});
    QCOMPARE(vapi.status, 201);
    QVERIFY(QUuid::fromString(vapi.object().value(QStringLiteral("orgId")).toString()).isNull()
            == false);
    const QJsonObject freeNumber{{QStringLiteral("provider"), QStringLiteral("vapi")}};
    QCOMPARE(m_client->vapi("POST", QStringLiteral("/phone-number"), QStringLiteral("new-key"),
                             freeNumber)
                     .status,
            201);
    QCOMPARE(m_client->vapi("POST", QStringLiteral("/phone-number"), QStringLiteral("new-key"),
                             freeNumber)
                     .status,
            400);

    const QString sid = QStringLiteral("AC77777777777777777777777777777777");
    const QString keySid = QStringLiteral("SK77777777777777777777777777777777");
    const SandboxReply twilio = control("POST", QStringLiteral("/__sandbox/twilio-accounts"),
            QJsonObject{{QStringLiteral("sid"), sid},
                    {QStringLiteral("authToken"), QStringLiteral("t")},
                    {QStringLiteral("ownerAccountSid"), twilioSid},
                    {QStringLiteral("numbers"), QJsonArray{QStringLiteral("+13035550177")}},
                    {QStringLiteral("apiKeys"),
                            QJsonArray{QJsonObject{{QStringLiteral("sid"), keySid},
                                    {QStringLiteral("secret"), QStringLiteral("s")}}}}});
    QCOMPARE(twilio.status, 201);
    const SandboxReply list = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + sid
                    + QStringLiteral("/IncomingPhoneNumbers.json"),
            keySid, QStringLiteral("s"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 1);
    QCOMPARE(m_server->state().twilioAccount(sid)->ownerAccountSid, twilioSid);
}

void TestControlRoutes::badAccountsAreRefused()
{
    QCOMPARE(
            control("POST", QStringLiteral("/__sandbox/vapi-accounts"), QJsonObject{}).status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/vapi-accounts"),
                     QJsonObject{{QStringLiteral("apiKey"), vapiKey}})
                     .status,
            409);
    const SandboxReply badSid = control("POST", QStringLiteral("/__sandbox/twilio-accounts"),
            QJsonObject{{QStringLiteral("sid"), QStringLiteral("AC12")},
                    {QStringLiteral("authToken"), QStringLiteral("t")}});
    QCOMPARE(badSid.status, 400);
    QVERIFY(badSid.object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QStringLiteral("sid:")));
    const SandboxReply taken = control("POST", QStringLiteral("/__sandbox/twilio-accounts"),
            QJsonObject{
                    {QStringLiteral("sid"), QStringLiteral("AC88888888888888888888888888888888")},
                    {QStringLiteral("authToken"), QStringLiteral("t")},
                    {QStringLiteral("numbers"), QJsonArray{QStringLiteral("+14155550100")}}});
    QCOMPARE(taken.status, 400);
    QVERIFY(!m_server->state().twilioAccount(QStringLiteral("AC88888888888888888888888888888888")));
}

void TestControlRoutes::summaryCountsWithoutSecrets()
{
    m_client->vapi("POST", QStringLiteral("/phone-number"), vapiKey,
            {{QStringLiteral("provider"), QStringLiteral("vapi")}});
    const SandboxReply reply = control("GET", QStringLiteral("/__sandbox/summary"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains(vapiKey.toUtf8()));
    QVERIFY(!reply.body.contains(twilioToken.toUtf8()));
    const QJsonObject org
            = reply.object().value(QStringLiteral("vapi")).toArray().first().toObject();
    QCOMPARE(org.value(QStringLiteral("freeNumbers")).toInt(), 1);
    QCOMPARE(org.value(QStringLiteral("freeNumberCap")).toInt(), 2);
    const QJsonObject account
            = reply.object().value(QStringLiteral("twilio")).toArray().first().toObject();
    QCOMPARE(account.value(QStringLiteral("numbers")).toArray(),
            QJsonArray{QStringLiteral("+14155550100")});
}

void TestControlRoutes::unknownControlPath()
{
    QCOMPARE(control("GET", QStringLiteral("/__sandbox/nothing")).status, 404);
    QCOMPARE(control("PUT", QStringLiteral("/__sandbox/faults")).status, 404);
}

QTEST_GUILESS_MAIN(TestControlRoutes)
#include "TestControlRoutes.moc"
