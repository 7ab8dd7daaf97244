// SPDX-License-Identifier: Apache-2.0
// switchboard-sandbox run as a user runs it: the one line with its base URL, accounts and
// faults from the command line, --state across a restart, and exit code 2 with one clear line
// for bad input (a broken world file, a port in use, bad options).
#include "SandboxTestClient.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Switchboard::Test::SandboxReply;
using Switchboard::Test::SandboxTestClient;

namespace {

const QString demoKey = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");

// A running sandbox process and its base URL; stopped (by its own QProcess) when destroyed.
struct RunningSandbox
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QUrl baseUrl;
    QByteArray firstLine;

    ~RunningSandbox()
    {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }
};

std::unique_ptr<RunningSandbox> start(const QStringList &arguments)
{
    auto sandbox = std::make_unique<RunningSandbox>();
    sandbox->process->start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE), arguments);
    if (!sandbox->process->waitForStarted(5000))
        return sandbox;
    while (!sandbox->process->canReadLine() && sandbox->process->waitForReadyRead(5000)) { }
    sandbox->firstLine = sandbox->process->readLine().trimmed();
    static const QRegularExpression line(
            QStringLiteral("^switchboard-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(sandbox->firstLine));
    if (match.hasMatch())
        sandbox->baseUrl = QUrl(match.captured(1));
    return sandbox;
}

struct Finished
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

Finished runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE), arguments);
    Finished result;
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndPrintsOneLineWithItsBaseUrl();
    void accountsAndFaultsFromTheCommandLine();
    void stateSurvivesAProcessRestart();
    void brokenWorldFileEndsWithExitCode2();
    void portInUseEndsWithExitCode2();
    void badOptionsEndWithExitCode2_data();
    void badOptionsEndWithExitCode2();
    void helpExitsCleanly();
};

void TestSandboxExecutable::startsAndPrintsOneLineWithItsBaseUrl()
{
    const auto sandbox = start({QStringLiteral("--world"), QStringLiteral("demo"),
            QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(sandbox->baseUrl.isValid(), sandbox->firstLine.constData());
    SandboxTestClient client(sandbox->baseUrl);
    const SandboxReply reply = client.vapi("GET", QStringLiteral("/phone-number"), demoKey);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 3);
    QCOMPARE(client.vapi("GET", QStringLiteral("/__sandbox/health"), QString()).status, 200);
    QVERIFY(sandbox->process->readAllStandardOutput().isEmpty());
    QVERIFY(sandbox->process->readAllStandardError().isEmpty());
}

void TestSandboxExecutable::accountsAndFaultsFromTheCommandLine()
{
    const QString sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    const auto sandbox = start({QStringLiteral("--vapi-account"), QStringLiteral("cli-key:1"),
            QStringLiteral("--twilio-account"),
            sid + QStringLiteral(":cli-token:+14155550100,+14155550101"),
            QStringLiteral("--faults"), QStringLiteral("503@GET /assistant,count=1"),
            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--activation-delay"),
            QStringLiteral("0")});
    QVERIFY2(sandbox->baseUrl.isValid(), sandbox->firstLine.constData());
    SandboxTestClient client(sandbox->baseUrl);
    QCOMPARE(client.vapi("GET", QStringLiteral("/assistant"), QStringLiteral("cli-key")).status,
            503);
    QCOMPARE(client.vapi("GET", QStringLiteral("/assistant"), QStringLiteral("cli-key")).status,
            200);
    const QJsonObject freeNumber{{QStringLiteral("provider"), QStringLiteral("vapi")}};
    const SandboxReply created = client.vapi(
            "POST", QStringLiteral("/phone-number"), QStringLiteral("cli-key"), freeNumber);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(client.vapi("POST", QStringLiteral("/phone-number"), QStringLiteral("cli-key"),
                           freeNumber)
                     .status,
            400);
    const SandboxReply owned = client.twilio("GET",
            QStringLiteral("/2010-04-01/Accounts/") + sid
                    + QStringLiteral("/IncomingPhoneNumbers.json"),
            sid, QStringLiteral("cli-token"));
    QCOMPARE(owned.object().value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 2);
}

void TestSandboxExecutable::stateSurvivesAProcessRestart()
{
    QTemporaryDir dir(
            QDir(Switchboard::Test::outputDirectory()).filePath(QStringLiteral("state-XXXXXX")));
    QVERIFY(dir.isValid());
    const QString statePath = dir.filePath(QStringLiteral("sandbox-state.json"));
    QString createdId;
    {
        const auto sandbox = start({QStringLiteral("--world"), QStringLiteral("demo"),
                QStringLiteral("--state"), statePath});
        QVERIFY2(sandbox->baseUrl.isValid(), sandbox->firstLine.constData());
        SandboxTestClient client(sandbox->baseUrl);
        const SandboxReply created = client.vapi("POST", QStringLiteral("/phone-number"), demoKey,
                {{QStringLiteral("provider"), QStringLiteral("vapi")},
                        {QStringLiteral("name"), QStringLiteral("Survivor")}});
        QCOMPARE(created.status, 201);
        createdId = created.object().value(QStringLiteral("id")).toString();
    }
    QVERIFY(QFileInfo::exists(statePath));
    // Restarted without --world: the state file is the world now.
    const auto sandbox = start({QStringLiteral("--state"), statePath});
    QVERIFY2(sandbox->baseUrl.isValid(), sandbox->firstLine.constData());
    SandboxTestClient client(sandbox->baseUrl);
    const SandboxReply fetched
            = client.vapi("GET", QStringLiteral("/phone-number/") + createdId, demoKey);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object().value(QStringLiteral("name")).toString(), QStringLiteral("Survivor"));
    QCOMPARE(client.vapi("GET", QStringLiteral("/phone-number"), demoKey).array().size(), 4);
}

void TestSandboxExecutable::brokenWorldFileEndsWithExitCode2()
{
    QTemporaryDir dir(
            QDir(Switchboard::Test::outputDirectory()).filePath(QStringLiteral("world-XXXXXX")));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("world.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"twilio": {"accounts": [{"sid": "AC1", "authToken": "t"}]}})");
    file.close();
    const Finished result = runToEnd({QStringLiteral("--world"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardOutput.isEmpty());
    const QByteArray error = result.standardError;
    QCOMPARE(error.count('\n'), 1);
    QVERIFY2(error.startsWith(QByteArray("switchboard-sandbox: world file " + path.toUtf8()
                     + ": twilio.accounts[0].sid: ")),
            error.constData());
}

void TestSandboxExecutable::portInUseEndsWithExitCode2()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupier.serverPort());
    const Finished result = runToEnd({QStringLiteral("--port"), port});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardOutput.isEmpty());
    QCOMPARE(result.standardError.count('\n'), 1);
    QVERIFY2(result.standardError.contains(
                     QByteArray("cannot listen on 127.0.0.1:" + port.toUtf8())),
            result.standardError.constData());
    QVERIFY(result.standardError.contains("--port"));
}

void TestSandboxExecutable::badOptionsEndWithExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("port range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                << QStringLiteral("--port");
    QTest::newRow("faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("teapot")}
                            << QStringLiteral("--faults: fault \"teapot\"");
    QTest::newRow("vapi account") << QStringList{QStringLiteral("--vapi-account"),
            QStringLiteral(":3")} << QStringLiteral("--vapi-account");
    QTest::newRow("twilio account")
            << QStringList{QStringLiteral("--twilio-account"), QStringLiteral("AC12:x")}
            << QStringLiteral("--twilio-account AC12");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("missing world")
            << QStringList{QStringLiteral("--world"), QStringLiteral("/nonexistent/world.json")}
            << QStringLiteral("cannot be read");
    QTest::newRow("duplicate key") << QStringList{QStringLiteral("--vapi-account"),
            QStringLiteral("k"), QStringLiteral("--vapi-account"), QStringLiteral("k")}
                                   << QStringLiteral("already has this key");
}

void TestSandboxExecutable::badOptionsEndWithExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Finished result = runToEnd(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.standardError.count('\n'), 1);
    QVERIFY(result.standardError.startsWith("switchboard-sandbox: "));
    QVERIFY2(QString::fromUtf8(result.standardError).contains(messagePart),
            result.standardError.constData());
}

void TestSandboxExecutable::helpExitsCleanly()
{
    const Finished result = runToEnd({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardOutput.contains("--twilio-account"));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "TestSandboxExecutable.moc"
