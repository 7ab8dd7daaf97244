// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
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

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

// `switchboard-cli provision` as a hostile user would run it, against a switchboard-sandbox in
// another process, judged by what the sandbox (Vapi and Twilio) holds: another customer's
// assistant is refused before anything is spent, and a full disk stops the batch with a message
// instead of a false success or results that were never written.
class TestProvisionSafetyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anotherOrganizationsAssistantIsRefused();
    void aNumberIsNeverAssignedToAnotherOrganizationsAssistant();
    void aFullDiskStopsTheBatch();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    bool startSandbox();
    Run cli(const QStringList &arguments);
    QString createAssistant(const QString &org, const QString &name);
    QByteArray get(const QString &path, bool withVapiKey = false);
    int sandboxPosts();
    QJsonArray vapiNumbers();

    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mount; // a tmpfs mounted for the test, unmounted after it
};

static const auto VapiKey = QStringLiteral("safety-test-key");
static const auto TwilioSid = QStringLiteral("AC0000000000000000000000000000000a");
static const auto TwilioToken = QStringLiteral("0000000000000000000000000000000a");

void TestProvisionSafetyCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(startSandbox());
}

void TestProvisionSafetyCli::cleanup()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
    if (!m_mount.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {m_mount});
        m_mount.clear();
    }
}

bool TestProvisionSafetyCli::startSandbox()
{
    m_sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE),
            {QStringLiteral("--vapi-account"), VapiKey + QStringLiteral(":100"),
                    QStringLiteral("--twilio-account"), TwilioSid + u':' + TwilioToken});
    m_sandbox.setReadChannel(QProcess::StandardOutput);
    if (!m_sandbox.waitForReadyRead(10000))
        return false;
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+"))
                      .match(QString::fromUtf8(m_sandbox.readLine()));
    m_baseUrl = url.captured();
    return url.hasMatch();
}

TestProvisionSafetyCli::Run TestProvisionSafetyCli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_VAPI_API_KEY"), VapiKey);
    environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), TwilioToken);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--vapi-url"),
                    m_baseUrl, QStringLiteral("--twilio-url"), m_baseUrl}
                    + arguments);
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

QString TestProvisionSafetyCli::createAssistant(const QString &org, const QString &name)
{
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("assistant"),
            QStringLiteral("create"), QStringLiteral("--org"), org, QStringLiteral("--name"), name,
            QStringLiteral("--no-provision")});
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("id")).toString();
}

QByteArray TestProvisionSafetyCli::get(const QString &path, bool withVapiKey)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_baseUrl + path));
    if (withVapiKey)
        request.setRawHeader("Authorization", "Bearer " + VapiKey.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

// Every request that could spend money or change Vapi: creates, imports, purchases.
int TestProvisionSafetyCli::sandboxPosts()
{
    int posts = 0;
    const QJsonArray entries = QJsonDocument::fromJson(get(QStringLiteral("/__sandbox/requests")))
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
    for (const QJsonValue entry : entries)
        posts += entry[QStringLiteral("method")].toString() == u"POST" ? 1 : 0;
    return posts;
}

QJsonArray TestProvisionSafetyCli::vapiNumbers()
{
    return QJsonDocument::fromJson(get(QStringLiteral("/phone-number?limit=1000"), true)).array();
}

void TestProvisionSafetyCli::anotherOrganizationsAssistantIsRefused()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--free-cap"),
                         QStringLiteral("0"), QStringLiteral("--twilio-account-sid"), TwilioSid,
                         QStringLiteral("--allow-purchase"), QStringLiteral("--purchase-limit"),
                         QStringLiteral("10")})
                     .exitCode,
            0);
    for (const char *slug : {"acme", "ctl"})
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QLatin1String(slug),
                             QStringLiteral("--name"), QLatin1String(slug).toString().toUpper()})
                         .exitCode,
                0);
    const QString acmeAssistant
            = createAssistant(QStringLiteral("acme"), QStringLiteral("Front desk"));
    QVERIFY(!acmeAssistant.isEmpty());
    const int postsBefore = sandboxPosts();
    QVERIFY(postsBefore >= 1);
    // The creation is on record (created without a number, --no-provision); nothing after it.
    const auto attempts = [this] {
        return QJsonDocument::fromJson(
                cli({QStringLiteral("--json"), QStringLiteral("history")}).out)
                .array()
                .size();
    };
    const qsizetype attemptsBefore = attempts();
    QCOMPARE(attemptsBefore, 1);

    Run run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("ctl"),
            QStringLiteral("--assistant"), acmeAssistant});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("belongs to ACME")),
            run.out.constData());
    // An id nobody has: refused too, and nothing bought for nobody.
    run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("ctl"),
            QStringLiteral("--assistant"), QStringLiteral("3f2b8c1e-0000-4000-8000-00000000dead")});
    QCOMPARE(run.exitCode, 2);

    QCOMPARE(sandboxPosts(), postsBefore);
    QCOMPARE(attempts(), attemptsBefore);
    const Run tasks
            = cli({QStringLiteral("--json"), QStringLiteral("manual"), QStringLiteral("list")});
    QCOMPARE(QJsonDocument::fromJson(tasks.out).array().size(), 0);
}

// `number assign` is the console's Assign: a number of one customer never answers another
// customer's assistant, although both live in the workspace's Vapi account (Vapi would take
// the PATCH). Judged by what the sandbox's Vapi routes the number to.
void TestProvisionSafetyCli::aNumberIsNeverAssignedToAnotherOrganizationsAssistant()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--free-cap"),
                         QStringLiteral("5")})
                     .exitCode,
            0);
    for (const char *slug : {"acme", "ctl"})
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QLatin1String(slug),
                             QStringLiteral("--name"), QLatin1String(slug).toString().toUpper()})
                         .exitCode,
                0);
    const QString acmeAssistant
            = createAssistant(QStringLiteral("acme"), QStringLiteral("Front desk"));
    const QString ctlAssistant = createAssistant(QStringLiteral("ctl"), QStringLiteral("Dispatch"));
    QVERIFY(!acmeAssistant.isEmpty() && !ctlAssistant.isEmpty());
    QCOMPARE(cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme"),
                         QStringLiteral("--assistant"), acmeAssistant})
                     .exitCode,
            0);
    const auto routedTo = [this](const QString &numberId) {
        for (const QJsonValue number : vapiNumbers()) {
            if (number[QStringLiteral("id")].toString() == numberId)
                return number[QStringLiteral("assistantId")].toString();
        }
        return QStringLiteral("(gone)");
    };
    QString numberId;
    QString e164;
    for (const QJsonValue number : vapiNumbers()) {
        if (number[QStringLiteral("assistantId")].toString() == acmeAssistant) {
            numberId = number[QStringLiteral("id")].toString();
            e164 = number[QStringLiteral("number")].toString();
        }
    }
    QVERIFY(!numberId.isEmpty());

    Run run = cli({QStringLiteral("number"), QStringLiteral("assign"), numberId,
            QStringLiteral("--assistant"), ctlAssistant});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("another customer")), qPrintable(run.err));
    QCOMPARE(routedTo(numberId), acmeAssistant);

    // Within the organization, by the number as people write it: done, and Vapi has it.
    run = cli({QStringLiteral("number"), QStringLiteral("unassign"), e164});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(routedTo(numberId), QString());
    run = cli({QStringLiteral("--json"), QStringLiteral("number"), QStringLiteral("assign"), e164,
            QStringLiteral("--assistant"), acmeAssistant});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("assistantId"))
                     .toString(),
            acmeAssistant);
    QCOMPARE(routedTo(numberId), acmeAssistant);
}

void TestProvisionSafetyCli::aFullDiskStopsTheBatch()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        QSKIP("mounting a small file system for the workspace needs root");
    m_mount = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mount));
    if (QProcess::execute(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=16m"), QStringLiteral("tmpfs"), m_mount})
            != 0) {
        m_mount.clear();
        QSKIP("tmpfs cannot be mounted here");
    }
    m_dataDir = m_mount + QStringLiteral("/data");

    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--free-cap"),
                         QStringLiteral("100")})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("bulk"),
                         QStringLiteral("--name"), QStringLiteral("Bulk Org")})
                     .exitCode,
            0);
    QStringList assistants;
    for (int i = 0; i < 30; ++i)
        assistants << createAssistant(QStringLiteral("bulk"), QStringLiteral("Desk %1").arg(i));
    QVERIFY(!assistants.contains(QString()));

    // Not a byte left: the workspace cannot even be opened, and says why.
    QFile filler(m_mount + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    while (filler.write("x", 1) == 1) { }
    filler.close();
    Run run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("bulk"),
            QStringLiteral("--all-unassigned")});
    QVERIFY2(run.exitCode == 1,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(!run.out.contains("already has a number"), run.out.constData());
    QVERIFY2(run.err.contains(QStringLiteral("full")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QCOMPARE(vapiNumbers().size(), 0);

    // A little space left: some of the batch fits, then a write fails. The batch stops with the
    // reason, and no result claims a record the history does not have.
    QVERIFY(filler.resize(filler.size() - 48LL * 1024));
    run = cli({QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("--org"),
            QStringLiteral("bulk"), QStringLiteral("--all-unassigned")});
    QVERIFY2(run.exitCode == 1,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(QStringLiteral("full")) || run.out.contains("full"),
            qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonArray results
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("results")).toArray();

    // Space again: the next run settles what was left, and the sandbox is the judge.
    QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
    const QJsonArray history = QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("history")}).out)
                                       .array();
    QSet<qint64> attemptIds;
    for (const QJsonValue attempt : history)
        attemptIds.insert(attempt[QStringLiteral("id")].toInteger());
    for (const QJsonValue result : results) {
        if (result[QStringLiteral("recorded")].toBool())
            QVERIFY2(attemptIds.contains(result[QStringLiteral("attemptId")].toInteger()),
                    "a result claims an attempt the history does not have");
    }
    run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("bulk"),
            QStringLiteral("--all-unassigned")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    QHash<QString, int> perAssistant;
    for (const QJsonValue number : vapiNumbers())
        ++perAssistant[number[QStringLiteral("assistantId")].toString()];
    for (const QString &id : std::as_const(assistants))
        QVERIFY2(perAssistant.value(id) == 1,
                qPrintable(
                        QStringLiteral("%1 has %2 numbers").arg(id).arg(perAssistant.value(id))));
    const QJsonArray inFlight = QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--outcome"),
                        QStringLiteral("in-flight")})
                    .out)
                                        .array();
    QCOMPARE(inFlight.size(), 0);
#else
    QSKIP("a full file system is made with a Linux tmpfs");
#endif
}

QTEST_GUILESS_MAIN(TestProvisionSafetyCli)
#include "TestProvisionSafetyCli.moc"
