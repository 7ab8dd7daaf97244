// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `switchboard-cli watch` and the automatic path for new assistants (issue 19), judged by what
// the sandbox (Vapi) holds: an assistant created behind the product's back, through Vapi's API
// as the dashboard or the agency's platform would, gets one number within an interval; with the
// policy off nothing happens; two watches on one workspace give each assistant one number; a
// SIGTERM in the middle of a provisioning leaves nothing in flight after the next start; faults
// do not stop it.
class TestWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewAssistantGetsANumberWithinOneInterval();
    void createProvisionsAtOnceUnlessAskedNotToAndRemembers();
    void withThePolicyOffNothingHappens();
    void aFailedAssistantIsNotRetried();
    void twoWatchesProvisionEachAssistantOnce();
    void sigtermMidProvisioningLeavesNothingInFlight();
    void faultsAndARestartedSandboxDoNotStopIt();
    void aRestartedTeamDatabaseDoesNotStopIt();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    bool startSandbox(int port = 0, int seed = 0);
    void stopSandbox();
    QStringList baseArguments() const;
    Run cli(const QStringList &arguments);
    QProcess *startWatch(const QStringList &extra = {});
    static bool stopWatch(QProcess *watch, QByteArray *output = nullptr);
    void setUpWorkspace(int freeCap = 100);
    QString createBehindTheBack(const QString &name, const QString &slug = QStringLiteral("acme"));
    QByteArray http(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    // The sandbox's numbers assigned to `assistantId`.
    int numbersOf(const QString &assistantId);
    bool waitForNumbers(const QStringList &assistantIds, int timeoutMs);
    // Number creates Vapi has received (each is in flight for as long as the fault says).
    int phoneNumberCreates();
    QJsonArray history();

    QProcess m_sandbox;
    int m_port = 0;
    QString m_baseUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
    // A team workspace when run as TestWatch_postgres (tests/support/with-postgres.sh).
    std::unique_ptr<Switchboard::Test::ScratchPostgresDatabase> m_postgres;
    QList<QProcess *> m_watches;
};

static const auto VapiKey = QStringLiteral("watch-test-key");

void TestWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (Switchboard::Test::usePostgres()) {
        m_postgres = std::make_unique<Switchboard::Test::ScratchPostgresDatabase>();
        QVERIFY2(m_postgres->isValid(), qPrintable(m_postgres->errorString()));
    }
    QVERIFY(startSandbox());
}

void TestWatch::cleanup()
{
    for (QProcess *watch : std::as_const(m_watches)) {
        watch->kill();
        watch->waitForFinished();
        delete watch;
    }
    m_watches.clear();
    stopSandbox();
    m_postgres.reset();
}

bool TestWatch::startSandbox(int port, int seed)
{
    QStringList arguments{QStringLiteral("--vapi-account"), VapiKey + QStringLiteral(":100")};
    if (port != 0)
        arguments << QStringLiteral("--port") << QString::number(port);
    // A sandbox makes the same ids from the same seed; Vapi's are unique.
    if (seed != 0)
        arguments << QStringLiteral("--seed") << QString::number(seed);
    m_sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE), arguments);
    m_sandbox.setReadChannel(QProcess::StandardOutput);
    if (!m_sandbox.waitForReadyRead(10000))
        return false;
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"))
                      .match(QString::fromUtf8(m_sandbox.readLine()));
    if (!url.hasMatch())
        return false;
    m_baseUrl = url.captured();
    m_port = url.captured(1).toInt();
    return true;
}

void TestWatch::stopSandbox()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QStringList TestWatch::baseArguments() const
{
    QStringList arguments{QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
            QStringLiteral("--vapi-url"), m_baseUrl, QStringLiteral("--twilio-url"), m_baseUrl};
    if (m_postgres)
        arguments << QStringLiteral("--database") << m_postgres->location().toUrl();
    return arguments;
}

static QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_VAPI_API_KEY"), VapiKey);
    return environment;
}

TestWatch::Run TestWatch::cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(SWITCHBOARD_CLI_EXE), baseArguments() + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timeout");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcess *TestWatch::startWatch(const QStringList &extra)
{
    auto *watch = new QProcess;
    watch->setProcessEnvironment(cliEnvironment());
    watch->start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            baseArguments()
                    + QStringList{QStringLiteral("--json"), QStringLiteral("watch"),
                            QStringLiteral("--interval"), QStringLiteral("1s")}
                    + extra);
    m_watches << watch;
    return watch;
}

// SIGTERM, then the watch must end by itself, cleanly, saying so.
bool TestWatch::stopWatch(QProcess *watch, QByteArray *output)
{
    ::kill(pid_t(watch->processId()), SIGTERM);
    if (!watch->waitForFinished(30000))
        return false;
    const QByteArray out = watch->readAllStandardOutput();
    if (output)
        *output = out;
    if (watch->exitStatus() != QProcess::NormalExit || watch->exitCode() != 0) {
        qWarning() << "watch ended with" << watch->exitCode() << watch->readAllStandardError();
        return false;
    }
    return out.contains("\"event\":\"stopped\"");
}

void TestWatch::setUpWorkspace(int freeCap)
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--vapi-region"), QStringLiteral("us"),
                         QStringLiteral("--free-cap"), QString::number(freeCap)})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
}

QByteArray TestWatch::http(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setRawHeader("Authorization", "Bearer " + VapiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

// As the agency's own platform would: through Vapi's API, with the organization in the
// assistant's metadata (how an assistant of the workspace's Vapi account names its customer).
QString TestWatch::createBehindTheBack(const QString &name, const QString &slug)
{
    const QJsonObject body{{QStringLiteral("name"), name},
            {QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("switchboardOrganization"), slug}}}};
    const QByteArray reply = http("POST", QStringLiteral("/assistant"),
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(reply).object().value(QStringLiteral("id")).toString();
}

int TestWatch::numbersOf(const QString &assistantId)
{
    const QJsonArray numbers
            = QJsonDocument::fromJson(http("GET", QStringLiteral("/phone-number?limit=1000")))
                      .array();
    int count = 0;
    for (const QJsonValue n : numbers)
        count += n[QStringLiteral("assistantId")].toString() == assistantId ? 1 : 0;
    return count;
}

bool TestWatch::waitForNumbers(const QStringList &assistantIds, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool all = true;
        for (const QString &id : assistantIds)
            all = all && numbersOf(id) > 0;
        if (all)
            return true;
        QTest::qWait(200);
    }
    return false;
}

int TestWatch::phoneNumberCreates()
{
    const QJsonArray entries
            = QJsonDocument::fromJson(http("GET", QStringLiteral("/__sandbox/requests")))
                      .object()
                      .value(QStringLiteral("entries"))
                      .toArray();
    int creates = 0;
    for (const QJsonValue entry : entries)
        creates += entry[QStringLiteral("method")].toString() == u"POST"
                && entry[QStringLiteral("path")].toString().startsWith(u"/phone-number");
    return creates;
}

QJsonArray TestWatch::history()
{
    return QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("history")}).out)
            .array();
}

void TestWatch::aNewAssistantGetsANumberWithinOneInterval()
{
    setUpWorkspace();
    QProcess *watch = startWatch();
    QVERIFY(watch->waitForStarted());
    // Read into a buffer: QTRY evaluates its expression again after it held.
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
            (seen += watch->readAllStandardOutput()).contains("\"event\":\"started\""), 10000);
    // Numbers a script can read: one organization watched, and it provisions automatically.
    QVERIFY2(seen.contains("\"watched\":1") && seen.contains("\"automatic\":1"), seen.constData());

    const QString assistant = createBehindTheBack(QStringLiteral("Front desk"));
    QVERIFY(!assistant.isEmpty());
    // One interval (1 s) and the time a provisioning takes against a local sandbox.
    QVERIFY2(waitForNumbers({assistant}, 15000), "the new assistant got no number");
    QVERIFY(stopWatch(watch));
    QCOMPARE(numbersOf(assistant), 1);

    const QJsonArray attempts = history();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0)[QStringLiteral("assistantId")].toString(), assistant);
    QCOMPARE(attempts.at(0)[QStringLiteral("origin")].toString(), QStringLiteral("automatic"));
}

void TestWatch::createProvisionsAtOnceUnlessAskedNotToAndRemembers()
{
    setUpWorkspace();
    Run created = cli({QStringLiteral("--json"), QStringLiteral("assistant"),
            QStringLiteral("create"), QStringLiteral("--org"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Reception")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject reception = QJsonDocument::fromJson(created.out).object();
    const QString receptionId = reception.value(QStringLiteral("id")).toString();
    QCOMPARE(numbersOf(receptionId), 1);
    QCOMPARE(reception[QStringLiteral("provisioning")][QStringLiteral("outcome")].toString(),
            QStringLiteral("succeeded"));
    QVERIFY(!reception.value(QStringLiteral("number")).toString().isEmpty());

    created = cli({QStringLiteral("--json"), QStringLiteral("assistant"), QStringLiteral("create"),
            QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("Later"), QStringLiteral("--no-provision")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject later = QJsonDocument::fromJson(created.out).object();
    QVERIFY(later.value(QStringLiteral("provisioning")).isNull());
    QCOMPARE(numbersOf(later.value(QStringLiteral("id")).toString()), 0);

    const QString laterId = later.value(QStringLiteral("id")).toString();

    // The choice is on record: neither `assistant list` nor `watch` gives it a number later,
    // while an assistant created behind the product's back still gets one.
    const QString desk = createBehindTheBack(QStringLiteral("Desk"));
    const Run listed = cli({QStringLiteral("assistant"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains(QStringLiteral("new assistant Desk")), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(QStringLiteral("Later")), qPrintable(listed.err));
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(numbersOf(desk), 1);
    QCOMPARE(numbersOf(laterId), 0);
    int declined = 0;
    for (const QJsonValue attempt : history()) {
        if (attempt[QStringLiteral("assistantId")].toString() != laterId)
            continue;
        ++declined;
        QCOMPARE(attempt[QStringLiteral("outcome")].toString(), QStringLiteral("cancelled"));
        QVERIFY2(attempt[QStringLiteral("summary")].toString().contains(u"on request"),
                qPrintable(attempt[QStringLiteral("summary")].toString()));
    }
    QCOMPARE(declined, 1);

    // On request it still gets one.
    QCOMPARE(cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme"),
                         QStringLiteral("--assistant"), laterId})
                     .exitCode,
            0);
    QCOMPARE(numbersOf(laterId), 1);
}

void TestWatch::withThePolicyOffNothingHappens()
{
    setUpWorkspace();
    // Off for the organization itself.
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
                         QStringLiteral("--auto-provision"), QStringLiteral("off")})
                     .exitCode,
            0);
    const QString first = createBehindTheBack(QStringLiteral("Desk A"));
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(numbersOf(first), 0);

    // Following the workspace, whose default is off.
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
                         QStringLiteral("--auto-provision"), QStringLiteral("workspace")})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--auto-provision"), QStringLiteral("off")})
                     .exitCode,
            0);
    const Run created = cli({QStringLiteral("--json"), QStringLiteral("assistant"),
            QStringLiteral("create"), QStringLiteral("--org"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Desk B")});
    QCOMPARE(created.exitCode, 0);
    const QString second
            = QJsonDocument::fromJson(created.out).object().value(QStringLiteral("id")).toString();
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("assistant"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(numbersOf(first), 0);
    QCOMPARE(numbersOf(second), 0);
    QCOMPARE(history().size(), 0);

    // On again: the next round gives both their number.
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--auto-provision"), QStringLiteral("on")})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(numbersOf(first), 1);
    QCOMPARE(numbersOf(second), 1);
}

void TestWatch::aFailedAssistantIsNotRetried()
{
    // No free numbers and no Twilio: the chain ends in the manual queue.
    setUpWorkspace(0);
    const QString assistant = createBehindTheBack(QStringLiteral("Overflow"));
    for (int round = 0; round < 3; ++round)
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(numbersOf(assistant), 0);
    const QJsonArray attempts = history();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("manual-queued"));
    const QJsonArray tasks = QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("manual"), QStringLiteral("list")}).out)
                                     .array();
    QCOMPARE(tasks.size(), 1);
}

void TestWatch::twoWatchesProvisionEachAssistantOnce()
{
    setUpWorkspace();
    QProcess *first = startWatch();
    QProcess *second = startWatch();
    QVERIFY(first->waitForStarted() && second->waitForStarted());
    QStringList assistants;
    for (int i = 0; i < 6; ++i)
        assistants << createBehindTheBack(QStringLiteral("Desk %1").arg(i));
    QVERIFY(!assistants.contains(QString()));
    QVERIFY2(waitForNumbers(assistants, 30000), "not every assistant got a number");
    // A few more rounds of both: nothing changes.
    QTest::qWait(2500);
    QVERIFY(stopWatch(first));
    QVERIFY(stopWatch(second));
    for (const QString &id : std::as_const(assistants))
        QCOMPARE(numbersOf(id), 1);
    QMap<QString, int> attemptsOf;
    for (const QJsonValue attempt : history())
        ++attemptsOf[attempt[QStringLiteral("assistantId")].toString()];
    for (const QString &id : std::as_const(assistants))
        QCOMPARE(attemptsOf.value(id), 1);
}

void TestWatch::sigtermMidProvisioningLeavesNothingInFlight()
{
    setUpWorkspace();
    // Every create takes 2 s: the SIGTERM lands while one is in flight.
    const QByteArray fault = http("POST", QStringLiteral("/__sandbox/faults"),
            R"({"spec":"latency:2000@POST /phone-number"})");
    QVERIFY2(!fault.isEmpty(), "the sandbox took no fault");
    QStringList assistants;
    for (int i = 0; i < 3; ++i)
        assistants << createBehindTheBack(QStringLiteral("Desk %1").arg(i));
    QProcess *watch = startWatch();
    QTRY_VERIFY_WITH_TIMEOUT(phoneNumberCreates() > 0, 15000);
    QByteArray output;
    QVERIFY(stopWatch(watch, &output));
    QVERIFY2(output.contains("\"event\":\"stopping\""), output.constData());

    // The next start completes whatever was in flight, then provisions the rest: nothing is
    // in flight afterwards, and nobody has two numbers.
    http("DELETE", QStringLiteral("/__sandbox/faults"));
    QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("--once")}).exitCode, 0);
    for (const QJsonValue attempt : history())
        QVERIFY2(attempt[QStringLiteral("outcome")].toString() != u"in-flight",
                "an attempt is still in flight");
    for (const QString &id : std::as_const(assistants))
        QVERIFY(numbersOf(id) <= 1);
}

void TestWatch::faultsAndARestartedSandboxDoNotStopIt()
{
    setUpWorkspace();
    // Vapi answers 429 and 503 now and then, and drops a connection.
    http("POST", QStringLiteral("/__sandbox/faults"),
            R"([{"kind":"429","route":"GET /assistant","count":2},)"
            R"({"kind":"503","route":"POST /phone-number","count":1},)"
            R"({"kind":"lost","route":"GET /phone-number","mode":"close","count":1}])");
    QProcess *watch = startWatch();
    const QString first = createBehindTheBack(QStringLiteral("Before"));
    QVERIFY2(waitForNumbers({first}, 30000), "no number under faults");

    // Vapi goes away for a while (the sandbox is killed) and comes back on the same port: the
    // watch keeps going and provisions what was created meanwhile.
    stopSandbox();
    QTest::qWait(2500);
    QCOMPARE(watch->state(), QProcess::Running);
    QVERIFY(startSandbox(m_port, 2));
    const QString second = createBehindTheBack(QStringLiteral("After"));
    QVERIFY2(waitForNumbers({second}, 30000), "no number after the sandbox came back");
    QVERIFY(stopWatch(watch));
    QCOMPARE(numbersOf(second), 1);
}

void TestWatch::aRestartedTeamDatabaseDoesNotStopIt()
{
    if (!m_postgres)
        QSKIP("a team workspace only: run as TestWatch_postgres");
    setUpWorkspace();
    QProcess *watch = startWatch();
    const QString before = createBehindTheBack(QStringLiteral("Before"));
    QVERIFY2(waitForNumbers({before}, 30000), "no number before the restart");

    // Every connection is cut; the watch waits for the server and goes on.
    QVERIFY(Switchboard::Test::restartPostgres());
    const QString after = createBehindTheBack(QStringLiteral("After"));
    QVERIFY2(waitForNumbers({after}, 30000), "no number after the database came back");
    QCOMPARE(watch->state(), QProcess::Running);
    QVERIFY(stopWatch(watch));
    QCOMPARE(numbersOf(before), 1);
    QCOMPARE(numbersOf(after), 1);
}

QTEST_GUILESS_MAIN(TestWatch)
#include "TestWatch.moc"
