// SPDX-License-Identifier: Apache-2.0
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// switchboard-cli killed (SIGKILL) in the middle of a batch, against a switchboard-sandbox in
// another process whose creates answer late, then started again: what was in flight is
// reconciled, and every assistant ends with exactly one number.
class TestProvisionKillAndResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedMidBatchThenResumed();

private:
    QProcess *cli(const QStringList &arguments);
    QByteArray run(const QStringList &arguments, int expectedExit = 0);

    QProcess m_sandbox;
    QString m_baseUrl;
    QTemporaryDir m_dir;
};

void TestProvisionKillAndResume::initTestCase()
{
    m_sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE),
            {QStringLiteral("--vapi-account"), QStringLiteral("kill-test-key:100"),
                    QStringLiteral("--faults"), QStringLiteral("latency:400@POST /phone-number")});
    m_sandbox.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
    const QString line = QString::fromUtf8(m_sandbox.readLine());
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(line);
    QVERIFY2(url.hasMatch(), qPrintable(line));
    m_baseUrl = url.captured();
}

void TestProvisionKillAndResume::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QProcess *TestProvisionKillAndResume::cli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_VAPI_API_KEY"), QStringLiteral("kill-test-key"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--vapi-url"),
                    m_baseUrl, QStringLiteral("--twilio-url"), m_baseUrl}
                    + arguments);
    return process;
}

QByteArray TestProvisionKillAndResume::run(const QStringList &arguments, int expectedExit)
{
    QProcess *process = cli(arguments);
    if (!process->waitForFinished(120000))
        return "timeout";
    const QByteArray err = process->readAllStandardError();
    if (process->exitCode() != expectedExit)
        qWarning() << arguments << "exited" << process->exitCode() << err;
    return process->readAllStandardOutput();
}

void TestProvisionKillAndResume::killedMidBatchThenResumed()
{
    run({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--vapi-region"),
            QStringLiteral("us"), QStringLiteral("--free-cap"), QStringLiteral("100")});
    run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme")});
    QStringList assistants;
    for (int i = 0; i < 12; ++i) {
        const QJsonObject created = QJsonDocument::fromJson(
                run({QStringLiteral("--json"), QStringLiteral("assistant"),
                        QStringLiteral("create"), QStringLiteral("--org"), QStringLiteral("acme"),
                        QStringLiteral("--name"), QStringLiteral("Desk %1").arg(i),
                        QStringLiteral("--no-provision")}))
                                            .object();
        assistants << created.value(QStringLiteral("id")).toString();
        QVERIFY(!assistants.constLast().isEmpty());
    }

    // Creates take 400 ms each, two at a time.
    QProcess *batch = cli({QStringLiteral("provision"), QStringLiteral("--org"),
            QStringLiteral("acme"), QStringLiteral("--all-unassigned"),
            QStringLiteral("--concurrency"), QStringLiteral("2")});
    QVERIFY(batch->waitForStarted());
    // Killed once some are done and others in flight, however fast this build runs (a
    // sanitizer build starts and runs several times slower than a release build).
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && batch->state() == QProcess::Running) {
        int done = 0;
        int running = 0;
        for (const QJsonValue attempt :
                QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("history")}))
                        .array()) {
            const QString outcome = attempt[QStringLiteral("outcome")].toString();
            done += outcome == u"succeeded" ? 1 : 0;
            running += outcome == u"in-flight" ? 1 : 0;
        }
        if (done > 0 && running > 0)
            break;
        QTest::qWait(50);
    }
    batch->kill();
    QVERIFY(batch->waitForFinished());
    const int inFlight = QJsonDocument::fromJson(
            run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--outcome"),
                    QStringLiteral("in-flight")}))
                                 .array()
                                 .size();
    QVERIFY2(inFlight > 0, "the kill did not interrupt an attempt: the test would prove nothing");

    QTest::qWait(600); // the sandbox applies the creates it had received
    run({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme"),
            QStringLiteral("--all-unassigned")});

    const QJsonArray numbers = QJsonDocument::fromJson(
            run({QStringLiteral("--json"), QStringLiteral("number"), QStringLiteral("list")}))
                                       .array();
    QHash<QString, int> perAssistant;
    for (const QJsonValue n : numbers)
        ++perAssistant[n[QStringLiteral("assistantId")].toString()];
    for (const QString &id : std::as_const(assistants))
        QVERIFY2(perAssistant.value(id) == 1,
                qPrintable(
                        QStringLiteral("%1 has %2 numbers").arg(id).arg(perAssistant.value(id))));
    QCOMPARE(numbers.size(), assistants.size());
    QCOMPARE(QJsonDocument::fromJson(
                     run({QStringLiteral("--json"), QStringLiteral("history"),
                             QStringLiteral("--outcome"), QStringLiteral("in-flight")}))
                     .array()
                     .size(),
            0);
}

QTEST_GUILESS_MAIN(TestProvisionKillAndResume)
#include "TestProvisionKillAndResume.moc"
