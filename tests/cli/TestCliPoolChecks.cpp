// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspacePaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

// switchboard-cli asks Twilio about pool numbers when they are added (`workspace set --pool`,
// `org add|edit --pool`) and on demand (`pool check`), judged by what a switchboard-sandbox
// process holds (its --state file) and was asked. The workspace's Twilio credentials come from
// the environment, so no keychain is needed; every run gets a session bus that does not exist.
class TestCliPoolChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void numbersAreCheckedWhenAddedAndRoutingClearedWithConsent();
    void withoutASecretTheCheckIsLeftForLater();
    void numbersAreBoughtWithinTheMonthsLimit();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QJsonObject sandboxNumber(const QString &e164);
    QList<PoolNumber> workspacePool();

    static inline const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcd01");
    static inline const QString Token = QStringLiteral("pool-check-token");
    static inline const QString Trunk = QStringLiteral("TK0123456789abcdef0123456789abcdef");
    static inline const QString Held = QStringLiteral("+14155550101");
    static inline const QString Routed = QStringLiteral("+14155550102");
    static inline const QString NotHeld = QStringLiteral("+14155550199");

    QProcess m_sandbox;
    QString m_sandboxUrl;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_statePath;
};

void TestCliPoolChecks::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    // The workspace's account, and numbers for sale in 212 (number search|buy).
    const QJsonObject inventory{{QStringLiteral("generate"),
            QJsonArray{QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                    {QStringLiteral("type"), QStringLiteral("local")},
                    {QStringLiteral("areaCodes"), QJsonArray{QStringLiteral("212")}},
                    {QStringLiteral("count"), 5}}}}};
    const QJsonObject world{{QStringLiteral("twilio"),
            QJsonObject{{QStringLiteral("inventory"), inventory},
                    {QStringLiteral("accounts"),
                            QJsonArray{QJsonObject{{QStringLiteral("sid"), Sid},
                                    {QStringLiteral("authToken"), Token},
                                    {QStringLiteral("incomingPhoneNumbers"),
                                            QJsonArray{Held,
                                                    QJsonObject{
                                                            {QStringLiteral("phoneNumber"), Routed},
                                                            {QStringLiteral("trunk_sid"),
                                                                    Trunk}}}}}}}}}};
    const QString worldPath = m_home.filePath(QStringLiteral("world.json"));
    QFile file(worldPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(world).toJson());
    file.close();
    m_statePath = m_home.filePath(QStringLiteral("state.json"));
    m_sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE),
            {QStringLiteral("--world"), worldPath, QStringLiteral("--state"), m_statePath});
    m_sandbox.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
    const QString line = QString::fromUtf8(m_sandbox.readLine());
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(line);
    QVERIFY2(url.hasMatch(), qPrintable(line));
    m_sandboxUrl = url.captured();
}

void TestCliPoolChecks::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

TestCliPoolChecks::Run TestCliPoolChecks::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            u"unix:path=" + m_home.filePath(QStringLiteral("no-bus-here")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), Sid);
    environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), Token);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--twilio-url"),
                    m_sandboxUrl, QStringLiteral("--vapi-url"), m_sandboxUrl}
                    + arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The number as the sandbox holds it (its state file, written after every change).
QJsonObject TestCliPoolChecks::sandboxNumber(const QString &e164)
{
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue account :
            state[QStringLiteral("twilio")][QStringLiteral("accounts")].toArray()) {
        for (const QJsonValue number : account[QStringLiteral("incomingPhoneNumbers")].toArray()) {
            if (number[QStringLiteral("phoneNumber")].toString() == e164)
                return number.toObject();
        }
    }
    return {};
}

QList<PoolNumber> TestCliPoolChecks::workspacePool()
{
    DatabaseError error;
    auto db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(WorkspacePaths::databaseFile(m_dir.path())), &error);
    if (!db)
        return {};
    AccountStore accounts(*db);
    NumberPoolStore pool(*db);
    const auto twilio = accounts.workspaceTwilioAccount();
    return twilio ? pool.numbers(twilio->id) : QList<PoolNumber>{};
}

void TestCliPoolChecks::numbersAreCheckedWhenAddedAndRoutingClearedWithConsent()
{
    Run run = cli({QStringLiteral("workspace"), QStringLiteral("set"),
            QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
            Held + u',' + Routed + u',' + NotHeld});
    QCOMPARE(run.exitCode, 1); // saved, but two numbers need attention
    QVERIFY2(run.err.contains(
                     QStringLiteral("Twilio account %1 does not hold +1 415-555-0199").arg(Sid)),
            qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("SIP trunk ") + Trunk), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--clear-twilio-routing")), qPrintable(run.err));
    QList<PoolNumber> pool = workspacePool();
    QCOMPARE(pool.size(), 3);
    QCOMPARE(toString(pool.at(0).twilioCheck), QStringLiteral("ok"));
    QCOMPARE(toString(pool.at(1).twilioCheck), QStringLiteral("routed"));
    QCOMPARE(toString(pool.at(2).twilioCheck), QStringLiteral("missing"));
    QVERIFY(pool.at(2).twilioCheckedAt.isValid());
    // Without consent nothing was changed in Twilio.
    QCOMPARE(sandboxNumber(Routed).value(QStringLiteral("trunk_sid")).toString(), Trunk);

    // On demand, with consent: the trunk goes; the number Twilio does not hold stays marked.
    run = cli({QStringLiteral("--json"), QStringLiteral("pool"), QStringLiteral("check"),
            QStringLiteral("--workspace"), QStringLiteral("--clear-twilio-routing")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(1)[QStringLiteral("cleared")].toBool(), true);
    QCOMPARE(results.at(2)[QStringLiteral("twilioCheck")].toString(), QStringLiteral("missing"));
    QVERIFY(!sandboxNumber(Routed).contains(QStringLiteral("trunk_sid")));
    QVERIFY(!sandboxNumber(Held).isEmpty());
    pool = workspacePool();
    QCOMPARE(toString(pool.at(1).twilioCheck), QStringLiteral("ok"));

    // Only some numbers, and a number that is not in the pool is refused.
    run = cli(
            {QStringLiteral("pool"), QStringLiteral("check"), QStringLiteral("--workspace"), Held});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("ok "), run.out.constData());
    run = cli({QStringLiteral("pool"), QStringLiteral("check"), QStringLiteral("--workspace"),
            QStringLiteral("+14155550150")});
    QCOMPARE(run.exitCode, 2);
}

void TestCliPoolChecks::withoutASecretTheCheckIsLeftForLater()
{
    // The organization's own account has no secret in the keychain (there is none here).
    const Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme"),
            QStringLiteral("--twilio-account-sid"),
            QStringLiteral("AC0123456789abcdef0123456789abcd02"), QStringLiteral("--pool"),
            QStringLiteral("+14155550160")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("not checked against Twilio")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("pool check")), qPrintable(run.err));
}

// number search | buy: the console's "Buy a Twilio number…" for scripts, judged by what the
// sandbox's Twilio holds and the workspace's pool.
void TestCliPoolChecks::numbersAreBoughtWithinTheMonthsLimit()
{
    // Buying off: said, nothing bought.
    Run run = cli({QStringLiteral("number"), QStringLiteral("buy"), QStringLiteral("--workspace"),
            QStringLiteral("--area-code"), QStringLiteral("212")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Buying is off")), qPrintable(run.err));
    run = cli(
            {QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--allow-purchase"),
                    QStringLiteral("--purchase-limit"), QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));

    // Bad input is refused before anything is asked.
    run = cli({QStringLiteral("number"), QStringLiteral("buy"), QStringLiteral("--workspace"),
            QStringLiteral("--area-code"), QStringLiteral("21")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("number"), QStringLiteral("buy"), QStringLiteral("--org"),
            QStringLiteral("nobody"), QStringLiteral("+12125550100")});
    QCOMPARE(run.exitCode, 2);

    run = cli({QStringLiteral("--json"), QStringLiteral("number"), QStringLiteral("search"),
            QStringLiteral("--workspace"), QStringLiteral("--area-code"), QStringLiteral("212")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray offers = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(offers.size() >= 2, run.out.constData());
    const QString chosen = offers.at(1)[QStringLiteral("number")].toString();
    QVERIFY(chosen.startsWith(QStringLiteral("+1212")));

    const int before = int(workspacePool().size());
    run = cli({QStringLiteral("--json"), QStringLiteral("number"), QStringLiteral("buy"),
            QStringLiteral("--workspace"), chosen});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject bought = QJsonDocument::fromJson(run.out).object();
    QVERIFY(bought[QStringLiteral("ok")].toBool());
    QCOMPARE(bought[QStringLiteral("number")].toString(), chosen);
    QVERIFY(!sandboxNumber(chosen).isEmpty()); // Twilio holds it…
    const QList<PoolNumber> pool = workspacePool();
    QCOMPARE(int(pool.size()), before + 1); // …and so does the pool, free for the chain
    QVERIFY(std::any_of(pool.cbegin(), pool.cend(), [&chosen](const PoolNumber &n) {
        return n.number.toString() == chosen && n.state == PoolNumber::State::Available;
    }));

    // The month's limit of 1 is reached: refused, nothing more bought.
    run = cli({QStringLiteral("number"), QStringLiteral("buy"), QStringLiteral("--workspace"),
            QStringLiteral("--area-code"), QStringLiteral("212")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("purchase limit of 1 is reached")),
            qPrintable(run.err));
    QCOMPARE(int(workspacePool().size()), before + 1);
}

QTEST_GUILESS_MAIN(TestCliPoolChecks)
#include "TestCliPoolChecks.moc"
