// SPDX-License-Identifier: Apache-2.0
// Fault injection: the rule syntax, deterministic decisions for a seed, and every fault type
// as a client sees it — including "applied but lost", where the server did the work and the
// client never hears of it.
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/faults/FaultInjector.h"

#include <QTest>

#include <memory>

using namespace Switchboard::Sandbox;
using Switchboard::Test::SandboxReply;
using Switchboard::Test::SandboxTestClient;

namespace {

const QString vapiKey = QStringLiteral("fault-test-key");
const QString twilioSid = QStringLiteral("AC55555555555555555555555555555555");
const QString twilioToken = QStringLiteral("fault-test-token");

const QJsonObject freeNumberBody{{QStringLiteral("provider"), QStringLiteral("vapi")},
        {QStringLiteral("numberDesiredAreaCode"), QStringLiteral("415")}};

} // namespace

class TestFaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parsesRules_data();
    void parsesRules();
    void refusesBadRules_data();
    void refusesBadRules();
    void sameSeedSameDecisions();
    void countLimitsHits();
    void firstMatchingRuleWins();

    void statusFaults_data();
    void statusFaults();
    void tooManyRequestsCarriesRetryAfter();
    void latencyDelaysTheAnswer();
    void hangNeverAnswers();
    void resetDropsTheConnectionBeforeApplying();
    void truncateCutsTheBodyAfterApplying();
    void malformedJsonAfterApplying();
    void lostResponseWasApplied();
    void lostResponseWithResetIsResentByQtNetwork();
    void faultsOnlyHitTheirRoute();

private:
    int numbersOnServer() const;
    SandboxReply createNumber(int timeoutMs = 5000);
    void addFault(const QString &spec);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestFaultInjector::init()
{
    World world;
    world.settings.activationDelayMs = 0;
    world.settings.defaultFreeNumberCap = 1000;
    world.settings.seed = 42;
    m_server = std::make_unique<SandboxServer>(world);
    m_server->state().addVapiAccount(vapiKey);
    m_server->state().addTwilioAccount(twilioSid, twilioToken, {QStringLiteral("+14155550100")});
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestFaultInjector::cleanup()
{
    m_client.reset();
    m_server.reset();
}

int TestFaultInjector::numbersOnServer() const
{
    return int(m_server->state().vapiOrgByKey(vapiKey)->phoneNumbers.size());
}

SandboxReply TestFaultInjector::createNumber(int timeoutMs)
{
    return m_client->vapi(
            "POST", QStringLiteral("/phone-number"), vapiKey, freeNumberBody, timeoutMs);
}

void TestFaultInjector::addFault(const QString &spec)
{
    QString error;
    const std::optional<FaultRule> rule = FaultRule::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    m_server->faults().add(*rule);
}

void TestFaultInjector::parsesRules_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("route");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("remaining");
    QTest::newRow("status everywhere")
            << QStringLiteral("503") << QStringLiteral("503") << QStringLiteral("**") << 1.0 << -1;
    QTest::newRow("method and path")
            << QStringLiteral("429@POST /phone-number,count=2,retry-after=3")
            << QStringLiteral("429") << QStringLiteral("POST /phone-number") << 1.0 << 2;
    QTest::newRow("colon method") << QStringLiteral("500@get:/assistant/*,rate=0.25")
                                  << QStringLiteral("500") << QStringLiteral("GET /assistant/*")
                                  << 0.25 << -1;
    QTest::newRow("latency") << QStringLiteral("latency:800@/v2/**") << QStringLiteral("latency")
                             << QStringLiteral("/v2/**") << 1.0 << -1;
    QTest::newRow("lost hang") << QStringLiteral(" lost:hang@POST /phone-number , count=1 ")
                               << QStringLiteral("lost") << QStringLiteral("POST /phone-number")
                               << 1.0 << 1;
    QTest::newRow("any method") << QStringLiteral("reset@* /2010-04-01/**")
                                << QStringLiteral("reset") << QStringLiteral("/2010-04-01/**")
                                << 1.0 << -1;
}

void TestFaultInjector::parsesRules()
{
    QFETCH(QString, spec);
    QFETCH(QString, kind);
    QFETCH(QString, route);
    QFETCH(double, rate);
    QFETCH(int, remaining);
    QString error;
    const std::optional<FaultRule> rule = FaultRule::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kindName(), kind);
    QCOMPARE(rule->route.toString(), route);
    QCOMPARE(rule->rate, rate);
    QCOMPARE(rule->remaining, remaining);
    // The JSON form round-trips through the control endpoint's parser.
    QJsonObject json = rule->toJson();
    json.remove(QStringLiteral("remaining"));
    if (remaining > 0)
        json.insert(QStringLiteral("count"), remaining);
    const std::optional<FaultRule> again = FaultRule::fromJson(json, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), rule->toJson());
}

void TestFaultInjector::refusesBadRules_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown kind") << QStringLiteral("418@/x")
                                  << QStringLiteral("unknown fault \"418\"");
    QTest::newRow("latency without ms")
            << QStringLiteral("latency@/x") << QStringLiteral("milliseconds");
    QTest::newRow("rate above 1") << QStringLiteral("503,rate=2") << QStringLiteral("rate must be");
    QTest::newRow("count zero") << QStringLiteral("503,count=0") << QStringLiteral("count must be");
    QTest::newRow("unknown option")
            << QStringLiteral("503,often=yes") << QStringLiteral("unknown option \"often\"");
    QTest::newRow("relative path")
            << QStringLiteral("503@phone-number") << QStringLiteral("must be a path");
    QTest::newRow("lost mode") << QStringLiteral("lost:later")
                               << QStringLiteral("reset, close or hang");
    QTest::newRow("bare option") << QStringLiteral("503,count") << QStringLiteral("name=value");
}

void TestFaultInjector::refusesBadRules()
{
    QFETCH(QString, spec);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!FaultRule::parse(spec, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY(error.contains(spec.trimmed()));
    QVERIFY(!FaultRule::parseList(QStringLiteral("503@/ok;") + spec, &error));
}

void TestFaultInjector::sameSeedSameDecisions()
{
    auto decisions = [](quint64 seed) {
        FaultInjector injector(seed);
        QString error;
        injector.add(*FaultRule::parse(QStringLiteral("503@GET /phone-number,rate=0.5"), &error));
        QList<bool> hits;
        for (int i = 0; i < 200; ++i)
            hits.append(injector.decide("GET", QStringLiteral("/phone-number")).has_value());
        return hits;
    };
    const QList<bool> first = decisions(7);
    QCOMPARE(decisions(7), first);
    QVERIFY(decisions(8) != first);
    const qsizetype hits = first.count(true);
    QVERIFY2(hits > 60 && hits < 140, qPrintable(QString::number(hits)));
}

void TestFaultInjector::countLimitsHits()
{
    FaultInjector injector;
    QString error;
    const int id = injector.add(
            *FaultRule::parse(QStringLiteral("500@POST /phone-number,count=2"), &error));
    QVERIFY(!injector.decide("GET", QStringLiteral("/phone-number")));
    QVERIFY(injector.decide("POST", QStringLiteral("/phone-number")));
    QVERIFY(injector.decide("POST", QStringLiteral("/phone-number")));
    QVERIFY(!injector.decide("POST", QStringLiteral("/phone-number")));
    QCOMPARE(injector.rules().first().hits, 2);
    QCOMPARE(injector.rules().first().remaining, 0);
    QVERIFY(injector.remove(id));
    QVERIFY(!injector.remove(id));
}

void TestFaultInjector::firstMatchingRuleWins()
{
    FaultInjector injector;
    QString error;
    injector.add(*FaultRule::parse(QStringLiteral("429@/phone-number/*,count=1"), &error));
    injector.add(*FaultRule::parse(QStringLiteral("503@/**"), &error));
    QCOMPARE(injector.decide("GET", QStringLiteral("/phone-number/abc"))->status, 429);
    QCOMPARE(injector.decide("GET", QStringLiteral("/phone-number/abc"))->status, 503);
    QCOMPARE(injector.decide("GET", QStringLiteral("/phone-number"))->status, 503);
}

void TestFaultInjector::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("twilio");
    for (int status : {429, 500, 502, 503}) {
        QTest::addRow("vapi %d", status) << status << false;
        QTest::addRow("twilio %d", status) << status << true;
    }
}

void TestFaultInjector::statusFaults()
{
    QFETCH(int, status);
    QFETCH(bool, twilio);
    addFault(QString::number(status) + QStringLiteral("@POST /**,count=1"));
    SandboxReply reply;
    if (twilio) {
        reply = m_client->twilio("POST",
                QStringLiteral("/2010-04-01/Accounts/") + twilioSid
                        + QStringLiteral("/IncomingPhoneNumbers.json"),
                twilioSid, twilioToken, {{QStringLiteral("AreaCode"), QStringLiteral("500")}});
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(body.value(QStringLiteral("code")).toInt() >= 20000);
        QVERIFY(body.value(QStringLiteral("more_info"))
                        .toString()
                        .startsWith(QStringLiteral("https://www.twilio.com/docs/errors/")));
        if (status == 429)
            QCOMPARE(body.value(QStringLiteral("code")).toInt(), 20429);
        QCOMPARE(m_server->state().twilioAccount(twilioSid)->numbers.size(), 1);
    } else {
        reply = createNumber();
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(QStringLiteral("statusCode")).toInt(), status);
        QVERIFY(body.value(QStringLiteral("message")).isString());
        QVERIFY(body.value(QStringLiteral("error")).isString());
        QCOMPARE(numbersOnServer(), 0);
    }
    const RequestLogEntry entry = m_server->requestLog().entries().last();
    QCOMPARE(entry.status, status);
    QCOMPARE(entry.fault, QString::number(status));
    QVERIFY(entry.delivered);
    // The rule is spent: the retry goes through.
    if (!twilio)
        QCOMPARE(createNumber().status, 201);
}

void TestFaultInjector::tooManyRequestsCarriesRetryAfter()
{
    addFault(QStringLiteral("429@GET /phone-number,count=1,retry-after=7"));
    const SandboxReply reply = m_client->vapi("GET", QStringLiteral("/phone-number"), vapiKey);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(),
            QStringLiteral("Too Many Requests"));
}

void TestFaultInjector::latencyDelaysTheAnswer()
{
    addFault(QStringLiteral("latency:300@POST /phone-number"));
    const SandboxReply reply = createNumber();
    QCOMPARE(reply.status, 201);
    QVERIFY2(reply.elapsedMs >= 300, qPrintable(QString::number(reply.elapsedMs)));
    const RequestLogEntry entry = m_server->requestLog().entries().last();
    QCOMPARE(entry.fault, QStringLiteral("latency"));
    QVERIFY(entry.latencyMs >= 300);
    QCOMPARE(entry.status, 201);
    QCOMPARE(numbersOnServer(), 1);
}

void TestFaultInjector::hangNeverAnswers()
{
    addFault(QStringLiteral("hang@POST /phone-number"));
    const SandboxReply reply = createNumber(400);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error == QNetworkReply::OperationCanceledError
            || reply.error == QNetworkReply::TimeoutError);
    QCOMPARE(numbersOnServer(), 0);
    const QList<RequestLogEntry> hung = m_server->requestLog().matching(
            QStringLiteral("POST"), QStringLiteral("/phone-number"));
    QVERIFY(!hung.isEmpty());
    QCOMPARE(hung.first().fault, QStringLiteral("hang"));
    QCOMPARE(hung.first().delivered, false);
    QCOMPARE(hung.first().status, 0);
}

void TestFaultInjector::resetDropsTheConnectionBeforeApplying()
{
    addFault(QStringLiteral("reset@POST /phone-number"));
    const SandboxReply reply = createNumber();
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(numbersOnServer(), 0);
    const QList<RequestLogEntry> entries = m_server->requestLog().entries();
    QVERIFY(!entries.isEmpty());
    for (const RequestLogEntry &entry : entries) {
        QCOMPARE(entry.fault, QStringLiteral("reset"));
        QCOMPARE(entry.delivered, false);
    }
}

void TestFaultInjector::truncateCutsTheBodyAfterApplying()
{
    addFault(QStringLiteral("truncate@/phone-number,count=1"));
    const SandboxReply reply = createNumber();
    QVERIFY(reply.error != QNetworkReply::NoError || !reply.isJson());
    QCOMPARE(numbersOnServer(), 1);
    const RequestLogEntry entry = m_server->requestLog().entries().last();
    QCOMPARE(entry.fault, QStringLiteral("truncate"));
    QCOMPARE(entry.status, 201);
    QCOMPARE(entry.delivered, false);
}

void TestFaultInjector::malformedJsonAfterApplying()
{
    addFault(QStringLiteral("malformed@POST /phone-number,count=1"));
    const SandboxReply reply = createNumber();
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(!reply.isJson());
    QCOMPARE(numbersOnServer(), 1);
    addFault(QStringLiteral("malformed@GET /2010-04-01/**,count=1"));
    const SandboxReply twilio = m_client->twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + twilioSid
                    + QStringLiteral("/IncomingPhoneNumbers.json"),
            twilioSid, twilioToken);
    QCOMPARE(twilio.status, 200);
    QVERIFY(!twilio.isJson());
}

void TestFaultInjector::lostResponseWasApplied()
{
    addFault(QStringLiteral("lost:hang@POST /phone-number,count=1"));
    const SandboxReply reply = createNumber(500);
    // The client saw nothing…
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    // …but the number exists, and the request log says so.
    QCOMPARE(numbersOnServer(), 1);
    const QList<RequestLogEntry> created = m_server->requestLog().matching(
            QStringLiteral("POST"), QStringLiteral("/phone-number"), 201);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().fault, QStringLiteral("lost"));
    QCOMPARE(created.first().delivered, false);
    QCOMPARE(created.first().account, m_server->state().vapiOrgByKey(vapiKey)->orgId);
    // Listing shows the client what happened.
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number"), vapiKey).array().size(), 1);
}

void TestFaultInjector::lostResponseWithResetIsResentByQtNetwork()
{
    // QNetworkAccessManager silently sends a request again when its connection drops before a
    // response byte, POST included: the create is applied twice and the client sees one 201.
    // A client that must not duplicate has to reconcile, not trust the single answer.
    addFault(QStringLiteral("lost@POST /phone-number,count=1"));
    const SandboxReply reply = createNumber();
    const QList<RequestLogEntry> posts = m_server->requestLog().matching(
            QStringLiteral("POST"), QStringLiteral("/phone-number"), 201);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).fault, QStringLiteral("lost"));
    QCOMPARE(posts.at(1).delivered, true);
    QCOMPARE(reply.status, 201);
    QCOMPARE(numbersOnServer(), 2);
}

void TestFaultInjector::faultsOnlyHitTheirRoute()
{
    addFault(QStringLiteral("503@GET /assistant"));
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/assistant"), vapiKey).status, 503);
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/phone-number"), vapiKey).status, 200);
    QCOMPARE(m_client->vapi("POST", QStringLiteral("/assistant"), vapiKey, {}).status, 201);
    // The control endpoint is never faulted.
    addFault(QStringLiteral("503"));
    QCOMPARE(m_client->vapi("GET", QStringLiteral("/__sandbox/health"), QString()).status, 200);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "TestFaultInjector.moc"
