// SPDX-License-Identifier: Apache-2.0
#include "core/domain/VapiAccount.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspacePaths.h"
#include "core/storage/WorkspaceSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Switchboard;

// switchboard-cli run as a script would run it: exit codes, messages, JSON, and that bad
// input changes nothing.
class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addShowEditRemove();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unknownOrganization();
    void usageReportsTheConfiguredCap();
    void historyFiltersAndFormats();
    void everyActionIsOnRecordWithItsOperator();
    void twoProcessesEditingAtOnceBothLand();
    void aConsolesConnectionsKeepTheirLocksWhileTheCliWrites();
    void sandboxDemoEndToEnd();
    void provisionRefusesBadInput();
    void namesAreEscapedOnTheTerminal();
    void outputToAFullDeviceFails_data();
    void outputToAFullDeviceFails();
    void opensTheWorkspaceTheConsoleChose();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    // `standardOutput`: a file the output goes to instead of a pipe (a full device, say).
    Run cli(const QStringList &arguments, const QString &standardOutput = {});
    QJsonDocument cliJson(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_operator; // who the CLI says runs it (SWITCHBOARD_OPERATOR); empty: the system's
};

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCliCommands::Run TestCliCommands::cli(
        const QStringList &arguments, const QString &standardOutput)
{
    QProcess process;
    // This person's settings (the console's choice of workspace) come from the test's folder,
    // never from the account running the tests.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    if (!m_operator.isEmpty())
        environment.insert(QStringLiteral("SWITCHBOARD_OPERATOR"), m_operator);
    process.setProcessEnvironment(environment);
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
    process.start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringList{QStringLiteral("--data-dir"), m_dir->path()} + arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonDocument TestCliCommands::cliJson(const QStringList &arguments)
{
    const Run run = cli(arguments + QStringList{QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out);
}

void TestCliCommands::addShowEditRemove()
{
    Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme-dental"),
            QStringLiteral("--name"), QStringLiteral("Acme Dental"),
            QStringLiteral("--twilio-account-sid"),
            QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("--pool"),
            QStringLiteral("+14155550100,(415) 555-0101"), QStringLiteral("--area-code"),
            QStringLiteral("415")});
    QCOMPARE(run.exitCode, 0);
    // No secret yet, so Twilio cannot be asked about the pool: said, not an error.
    QVERIFY2(run.err.startsWith(QStringLiteral("note: the pool was not checked against Twilio")),
            qPrintable(run.err));

    QJsonObject shown = cliJson(
            {QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme-dental")})
                                .object();
    QCOMPARE(shown[QStringLiteral("name")].toString(), QStringLiteral("Acme Dental"));
    QCOMPARE(shown[QStringLiteral("pool")].toArray().size(), 2);
    QCOMPARE(shown[QStringLiteral("pool")].toArray().at(1)[QStringLiteral("number")].toString(),
            QStringLiteral("+14155550101"));
    QCOMPARE(shown[QStringLiteral("vapiAccount")].toString(), QStringLiteral("workspace"));

    run = cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme-dental"),
            QStringLiteral("--prefer-sip"), QStringLiteral("--vapi-account"), QStringLiteral("own"),
            QStringLiteral("--region"), QStringLiteral("eu")});
    QCOMPARE(run.exitCode, 0);
    shown = cliJson({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme-dental")})
                    .object();
    QVERIFY(shown[QStringLiteral("preferSip")].toBool());
    QCOMPARE(shown[QStringLiteral("vapiAccount")].toString(), QStringLiteral("own"));
    QCOMPARE(shown[QStringLiteral("region")].toString(), QStringLiteral("eu"));
    QCOMPARE(shown[QStringLiteral("areaCode")].toString(), QStringLiteral("415")); // untouched
    // Its own account's free-number cap is shown (the walk: only the workspace's could be
    // read, with `usage`), and one set by hand is said to be.
    QCOMPARE(shown[QStringLiteral("freeNumberCap")].toInt(), VapiAccount::DefaultFreeNumberCap);
    QCOMPARE(shown[QStringLiteral("freeNumberCapSource")].toString(), QStringLiteral("default"));
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme-dental"),
                         QStringLiteral("--free-cap"), QStringLiteral("12")})
                     .exitCode,
            0);
    shown = cliJson({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme-dental")})
                    .object();
    QCOMPARE(shown[QStringLiteral("freeNumberCap")].toInt(), 12);
    QCOMPARE(shown[QStringLiteral("freeNumberCapSource")].toString(), QStringLiteral("manual"));
    const Run text
            = cli({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme-dental")});
    QVERIFY2(QString::fromUtf8(text.out).contains(
                     QStringLiteral("its own (EU), free-number cap 12 (manual)")),
            text.out.constData());

    run = cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme-dental"),
            QStringLiteral("--name"), QStringLiteral("Acme\x1b]0;pwned\a")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--name: must not contain control characters")),
            qPrintable(run.err));
    QCOMPARE(cliJson({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme-dental")})
                     .object()[QStringLiteral("name")]
                     .toString(),
            QStringLiteral("Acme Dental"));

    run = cli({QStringLiteral("org"), QStringLiteral("remove"), QStringLiteral("acme-dental")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cliJson({QStringLiteral("org"), QStringLiteral("list")}).array().size(), 0);
}

void TestCliCommands::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");

    const QString sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QTest::newRow("slug") << QStringList{QStringLiteral("Acme Dental"), QStringLiteral("--name"),
            QStringLiteral("A")}
                          << "SLUG:";
    QTest::newRow("no name") << QStringList{QStringLiteral("acme")} << "--name:";
    QTest::newRow("area code") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--area-code"), QStringLiteral("41")}
                               << "--area-code:";
    QTest::newRow("account sid") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--twilio-account-sid"),
            QStringLiteral("SK0123456789abcdef0123456789abcdef")}
                                 << "--twilio-account-sid:";
    QTest::newRow("E.164") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--twilio-account-sid"), sid,
            QStringLiteral("--pool"), QStringLiteral("+14155550100,+1415555")}
                           << "--pool:";
    QTest::newRow("region") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--region"), QStringLiteral("asia")}
                            << "--region:";
    QTest::newRow("purchase limit") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--purchase-limit"), QStringLiteral("many")}
                                    << "--purchase-limit:";
    QTest::newRow("escape in name") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("Acme\x1b[31m Red\a")}
                                    << "--name: must not contain control characters";
    QTest::newRow("line break in name") << QStringList{QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme\nDental")}
                                        << "--name: must not contain control characters";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("A"), QStringLiteral("--colour"), QStringLiteral("red")}
                                    << "Unknown option";
}

void TestCliCommands::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);

    const Run run = cli(QStringList{QStringLiteral("org"), QStringLiteral("add")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(field), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one clear line
    QCOMPARE(cliJson({QStringLiteral("org"), QStringLiteral("list")}).array().size(), 0);
}

void TestCliCommands::unknownOrganization()
{
    const Run run = cli({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("organization: there is no organization \"nobody\"")));
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestCliCommands::usageReportsTheConfiguredCap()
{
    // A new workspace takes Vapi's documented cap, and says so.
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--vapi-region"), QStringLiteral("us")})
                     .exitCode,
            0);
    QJsonObject first = cliJson({QStringLiteral("usage")}).array().at(0).toObject();
    QCOMPARE(first[QStringLiteral("limit")].toInt(), 5);
    QCOMPARE(first[QStringLiteral("capSource")].toString(), QStringLiteral("default"));
    const Run text = cli({QStringLiteral("usage")});
    QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("cap 5: Vapi's documented cap")),
            text.out.constData());
    // Nothing learned, nothing to check again; the command still says what it did.
    const Run recheck = cli({QStringLiteral("usage"), QStringLiteral("recheck")});
    QCOMPARE(recheck.exitCode, 0);
    QVERIFY2(QString::fromUtf8(recheck.out)
                     .contains(QStringLiteral("asks Vapi for a free number again")),
            recheck.out.constData());

    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--vapi-region"), QStringLiteral("us"),
                         QStringLiteral("--free-cap"), QStringLiteral("7")})
                     .exitCode,
            0);
    const QJsonArray usage = cliJson({QStringLiteral("usage")}).array();
    QCOMPARE(usage.size(), 1);
    const QJsonObject report = usage.at(0).toObject();
    QCOMPARE(report[QStringLiteral("capSource")].toString(), QStringLiteral("manual"));
    QCOMPARE(report[QStringLiteral("limit")].toInt(), 7); // the configured cap
    QVERIFY(report[QStringLiteral("remaining")].toInt() >= 0);
    QCOMPARE(report[QStringLiteral("level")].toString(), QStringLiteral("ok"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--free-cap"),
                         QStringLiteral("-1")})
                     .exitCode,
            2);
}

void TestCliCommands::historyFiltersAndFormats()
{
    {
        DatabaseError error;
        auto db = WorkspaceDatabase::open(
                DatabaseLocation::sqlite(WorkspacePaths::databaseFile(m_dir->path())), &error);
        QVERIFY2(db, qPrintable(error.message));
        HistoryStore history(*db);
        for (int i = 0; i < 3; ++i) {
            ProvisioningAttempt a;
            a.organizationSlug = QStringLiteral("acme");
            a.assistantId = QStringLiteral("a%1").arg(i);
            a.assistantName = i == 1 ? QStringLiteral("Front, \"desk\"") : QStringLiteral("Sales");
            a.startedAt = QDateTime(QDate(2026, 11, 10 + i), QTime(9, 0), Qt::UTC);
            QVERIFY(history.beginAttempt(a));
            a.outcome = i == 2 ? AttemptOutcome::ManualQueued : AttemptOutcome::Succeeded;
            a.strategy = i == 2 ? Strategy::Manual : Strategy::VapiFree;
            QVERIFY(history.finishAttempt(a));
        }
    }
    QCOMPARE(cliJson({QStringLiteral("history")}).array().size(), 3);
    QCOMPARE(cliJson({QStringLiteral("history"), QStringLiteral("--outcome"),
                             QStringLiteral("manual-queued")})
                     .array()
                     .size(),
            1);
    QCOMPARE(cliJson({QStringLiteral("history"), QStringLiteral("--strategy"),
                             QStringLiteral("vapi-free")})
                     .array()
                     .size(),
            2);
    QCOMPARE(cliJson({QStringLiteral("history"), QStringLiteral("--since"),
                             QStringLiteral("2026-11-11"), QStringLiteral("--until"),
                             QStringLiteral("2026-11-11")})
                     .array()
                     .size(),
            1);

    const Run csv
            = cli({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header and three attempts
    QVERIFY(csv.out.contains("\"Front, \"\"desk\"\"\"")); // quoted as RFC 4180 says

    const Run bad = cli(
            {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--since:")));
}

// Two people run the CLI on one workspace: each change is on record once, with the person who
// made it, and the history lists and exports them by kind and by operator.
void TestCliCommands::everyActionIsOnRecordWithItsOperator()
{
    m_operator = QStringLiteral("ana@ops-box");
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme"),
                         QStringLiteral("--twilio-account-sid"),
                         QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                         QStringLiteral("--pool"), QStringLiteral("+14155550100")})
                     .exitCode,
            0);
    m_operator = QStringLiteral("ben@laptop");
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme Dental")})
                     .exitCode,
            0);

    const QJsonArray events = cliJson(
            {QStringLiteral("history"), QStringLiteral("--kind"), QStringLiteral("events")})
                                      .array();
    QMap<QString, QStringList> byKind; // kind -> operators, newest first
    for (const auto &value : events)
        byKind[value[QStringLiteral("kind")].toString()]
                << value[QStringLiteral("operator")].toString();
    QCOMPARE(byKind.value(QStringLiteral("organization-added")),
            QStringList{QStringLiteral("ana@ops-box")});
    QCOMPARE(byKind.value(QStringLiteral("pool-number-added")),
            QStringList{QStringLiteral("ana@ops-box")});
    QCOMPARE(byKind.value(QStringLiteral("account-changed")),
            QStringList{QStringLiteral("ana@ops-box")});
    QCOMPARE(byKind.value(QStringLiteral("organization-changed")),
            QStringList{QStringLiteral("ben@laptop")});
    const QJsonObject changed = events.first().toObject();
    QCOMPARE(changed[QStringLiteral("kind")].toString(), QStringLiteral("organization-changed"));
    const QJsonArray changes = changed[QStringLiteral("changes")].toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first()[QStringLiteral("before")].toString(), QStringLiteral("Acme"));
    QCOMPARE(changes.first()[QStringLiteral("after")].toString(), QStringLiteral("Acme Dental"));

    QCOMPARE(cliJson({QStringLiteral("history"), QStringLiteral("--kind"), QStringLiteral("all"),
                             QStringLiteral("--operator"), QStringLiteral("ben@laptop")})
                     .array()
                     .size(),
            1);
    // Without --kind: the attempts, as before (there are none).
    QCOMPARE(cliJson({QStringLiteral("history")}).array().size(), 0);

    const Run csv = cli({QStringLiteral("history"), QStringLiteral("--kind"),
            QStringLiteral("organization-added,organization-changed"), QStringLiteral("--format"),
            QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().contains(",operator,database_role,kind,attempt_id,changes"));
    QVERIFY2(lines.at(1).contains(",ben@laptop,,organization-changed,,name: Acme -> Acme Dental"),
            lines.at(1).constData());

    const Run table
            = cli({QStringLiteral("history"), QStringLiteral("--kind"), QStringLiteral("all")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("organization-changed") && table.out.contains("ben@laptop"),
            table.out.constData());

    const Run bad = cli(
            {QStringLiteral("history"), QStringLiteral("--kind"), QStringLiteral("number-stolen")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--kind: \"number-stolen\" is not a kind")),
            qPrintable(bad.err));
}

// Found by the hostile probe: two CLI processes editing at once failed one edit in three with
// "database is locked" (a deferred transaction read first and found its snapshot stale at its
// first write). Every edit must land, each with its own record.
void TestCliCommands::twoProcessesEditingAtOnceBothLand()
{
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    constexpr int Rounds = 12;
    int failed = 0;
    QStringList errors;
    for (int round = 0; round < Rounds; ++round) {
        QList<std::shared_ptr<QProcess>> running;
        for (const QString &who : {QStringLiteral("ana@one"), QStringLiteral("ben@two")}) {
            auto process = std::make_shared<QProcess>();
            QProcessEnvironment own = environment;
            own.insert(QStringLiteral("SWITCHBOARD_OPERATOR"), who);
            process->setProcessEnvironment(own);
            process->start(QStringLiteral(SWITCHBOARD_CLI_EXE),
                    {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("org"),
                            QStringLiteral("edit"), QStringLiteral("acme"),
                            QStringLiteral("--contact"),
                            QStringLiteral("%1-%2@example.com")
                                    .arg(who.section(u'@', 0, 0))
                                    .arg(round)});
            running << process;
        }
        for (const auto &process : std::as_const(running)) {
            QVERIFY(process->waitForFinished(30000));
            if (process->exitCode() != 0) {
                ++failed;
                errors << QString::fromUtf8(process->readAllStandardError());
            }
        }
    }
    QVERIFY2(failed == 0, qPrintable(errors.join(u'\n')));
    const QJsonArray changed = cliJson({QStringLiteral("history"), QStringLiteral("--kind"),
                                               QStringLiteral("organization-changed")})
                                       .array();
    QCOMPARE(changed.size(), 2 * Rounds);
}

void TestCliCommands::sandboxDemoEndToEnd()
{
    // The demo world: Brightside Realty is past its free cap, so its unassigned assistant gets
    // a number from the workspace's Twilio account.
    const QJsonArray usage
            = cliJson({QStringLiteral("--sandbox"), QStringLiteral("usage")}).array();
    QCOMPARE(usage.size(), 3);
    bool sawFull = false;
    for (const QJsonValue report : usage)
        sawFull = sawFull || report[QStringLiteral("level")].toString() == u"full";
    QVERIFY(sawFull);

    const QJsonObject provisioned = cliJson(
            {QStringLiteral("--sandbox"), QStringLiteral("provision"), QStringLiteral("--org"),
                    QStringLiteral("brightside-realty"), QStringLiteral("--all-unassigned")})
                                            .object();
    const QJsonArray results = provisioned[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject result = results.at(0).toObject();
    QCOMPARE(result[QStringLiteral("outcome")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(result[QStringLiteral("strategy")].toString(), QStringLiteral("workspace-twilio"));
    QCOMPARE(result[QStringLiteral("steps")].toArray().at(0)[QStringLiteral("status")].toString(),
            QStringLiteral("skipped"));
    QVERIFY(!result[QStringLiteral("phoneNumberId")].toString().isEmpty());
}

void TestCliCommands::provisionRefusesBadInput()
{
    cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme")});
    Run run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme"),
            QStringLiteral("--assistant"), QStringLiteral("not-a-uuid")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--assistant:")));
    run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("nobody"),
            QStringLiteral("--all-unassigned")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("organization:")));
    run = cli({QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("--vapi-url"), QStringLiteral("http://api.example.com"),
            QStringLiteral("provision"), QStringLiteral("--org"), QStringLiteral("acme"),
            QStringLiteral("--all-unassigned")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--vapi-url:")), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("manual"), QStringLiteral("complete"), QStringLiteral("1"),
                         QStringLiteral("--sip-uri"), QStringLiteral("sip:x@example.com")})
                     .exitCode,
            2);
}

void TestCliCommands::namesAreEscapedOnTheTerminal()
{
    // Names from Vapi are anyone's text, and an older workspace may hold names that are
    // refused today: ESC [31m would turn the terminal red, BEL ring it.
    const QString evil = QStringLiteral("Evil\x1b[31m Zoë\a");
    const QByteArray shown = "Evil\\x1b[31m Zoë\\x07";
    auto isClean = [](const QByteArray &out) {
        for (char c : out) {
            if ((uchar(c) < 0x20 && c != '\n') || c == 0x7f)
                return false;
        }
        return true;
    };

    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--vapi-region"), QStringLiteral("us")})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
    {
        DatabaseError error;
        auto db = WorkspaceDatabase::open(
                DatabaseLocation::sqlite(WorkspacePaths::databaseFile(m_dir->path())), &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery rename(db->connection());
        rename.prepare(QStringLiteral("UPDATE organizations SET name = ? WHERE slug = 'acme'"));
        rename.addBindValue(evil);
        QVERIFY(rename.exec());
        const qint64 organizationId = OrganizationStore(*db).findBySlug(QStringLiteral("acme"))->id;

        Assistant assistant;
        assistant.id = QStringLiteral("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f");
        assistant.vapiAccountId = AccountStore(*db).workspaceVapiAccount()->id;
        assistant.organizationId = organizationId;
        assistant.name = evil;
        assistant.phoneNumberId = QStringLiteral("pn-1");
        PhoneNumber number;
        number.id = assistant.phoneNumberId;
        number.vapiAccountId = assistant.vapiAccountId;
        number.organizationId = organizationId;
        number.address = PhoneAddress::fromNumber(QStringLiteral("+14155550100"));
        number.assistantId = assistant.id;
        DirectoryStore directory(*db);
        QVERIFY(directory.upsertAssistant(assistant));
        QVERIFY(directory.upsertNumber(number));

        HistoryStore history(*db);
        ProvisioningAttempt a;
        a.organizationSlug = QStringLiteral("acme");
        a.assistantId = assistant.id;
        a.assistantName = evil;
        a.startedAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
        QVERIFY(history.beginAttempt(a));
    }

    const QList<QStringList> printers{{QStringLiteral("org"), QStringLiteral("list")},
            {QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("acme")},
            {QStringLiteral("history")},
            {QStringLiteral("assistant"), QStringLiteral("list"), QStringLiteral("--offline")},
            {QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--offline")}};
    for (const QStringList &arguments : printers) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(isClean(run.out), run.out.constData());
        QVERIFY2(run.out.contains(shown), run.out.constData());
    }
    // JSON stays JSON: the name as it is, escaped the JSON way.
    QCOMPARE(cliJson({QStringLiteral("org"), QStringLiteral("list")})
                     .array()
                     .at(0)[QStringLiteral("name")]
                     .toString(),
            evil);

    // An error message that repeats what was typed.
    const Run unknown = cli({QStringLiteral("org"), QStringLiteral("show"), evil});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(isClean(unknown.err.toUtf8()), qPrintable(unknown.err));
    QVERIFY2(unknown.err.toUtf8().contains(shown), qPrintable(unknown.err));

    // What Vapi answers when an assistant is created (the sandbox keeps any name), in a
    // workspace of its own: the sandbox seeds its demo organizations into an empty one only.
    m_dir = std::make_unique<QTemporaryDir>();
    const Run created = cli({QStringLiteral("--sandbox"), QStringLiteral("assistant"),
            QStringLiteral("create"), QStringLiteral("--org"), QStringLiteral("brightside-realty"),
            QStringLiteral("--name"), QStringLiteral("\x1b[31mRed\a"),
            QStringLiteral("--no-provision")});
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(isClean(created.out), created.out.constData());
    QVERIFY2(created.out.contains("\\x1b[31mRed\\x07"), created.out.constData());
}

void TestCliCommands::outputToAFullDeviceFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("org list") << QStringList{QStringLiteral("org"), QStringLiteral("list")};
    QTest::newRow("org list --json")
            << QStringList{QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("list")};
    QTest::newRow("number list --json") << QStringList{QStringLiteral("--json"),
            QStringLiteral("number"), QStringLiteral("list"), QStringLiteral("--offline")};
    QTest::newRow("usage --json") << QStringList{QStringLiteral("--json"), QStringLiteral("usage")};
    QTest::newRow("history csv") << QStringList{
            QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("history json") << QStringList{
            QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("history table") << QStringList{QStringLiteral("history")};
}

void TestCliCommands::outputToAFullDeviceFails()
{
    QFETCH(QStringList, arguments);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
    const Run run = cli(arguments, QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cannot write the output: No space left on device")),
            qPrintable(run.err));
    // Written to a pipe, the same command works.
    QCOMPARE(cli(arguments).exitCode, 0);
}

// The console and the CLI open the same workspace: the CLI reads the location the Settings
// dialog stored (database/location), unless --database names another; --sandbox never does.
void TestCliCommands::opensTheWorkspaceTheConsoleChose()
{
    const QString chosen = m_dir->filePath(QStringLiteral("shared/team.db"));
    QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
    {
        QSettings settings(m_dir->filePath(QStringLiteral("config/Switchboard/Switchboard.conf")),
                QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/location"), chosen);
    }
    QJsonObject info = cliJson({QStringLiteral("workspace"), QStringLiteral("info")}).object();
    QCOMPARE(info[QStringLiteral("database")].toString(), chosen);
    QVERIFY(QFileInfo::exists(chosen));

    const QString option = m_dir->filePath(QStringLiteral("option.db"));
    info = cliJson({QStringLiteral("--database"), option, QStringLiteral("workspace"),
                           QStringLiteral("info")})
                   .object();
    QCOMPARE(info[QStringLiteral("database")].toString(), option);

    // A refused choice is named, with its key, and nothing is opened.
    {
        QSettings settings(m_dir->filePath(QStringLiteral("config/Switchboard/Switchboard.conf")),
                QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/location"), QStringLiteral("mysql://x/y"));
    }
    const Run refused = cli({QStringLiteral("workspace"), QStringLiteral("info")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("database/location")), qPrintable(refused.err));
}

// Found by a GUI walk (the console's next write: "database disk image is malformed"; a setting
// "saved" that nobody else read) and traced by a helper with strace: a console holds several
// connections to its workspace (the console's, the storage thread's, the history's). Each one
// after the first looked at the file's header with a descriptor of its own, and closing it
// dropped every POSIX lock of the process on the file, the first connection's too: the CLI then
// took itself for the last user and deleted the -wal the console still wrote to.
void TestCliCommands::aConsolesConnectionsKeepTheirLocksWhileTheCliWrites()
{
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
    const QString file = WorkspacePaths::databaseFile(m_dir->path());
    DatabaseError error;
    auto console = WorkspaceDatabase::open(DatabaseLocation::sqlite(file), &error);
    QVERIFY2(console, qPrintable(error.message));
    {
        QSqlQuery read(console->connection());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM organizations")) && read.next());
    }
    // The console's other connections, opened after its own and kept open.
    std::vector<std::unique_ptr<WorkspaceDatabase>> others;
    for (int i = 0; i < 3; ++i) {
        others.push_back(WorkspaceDatabase::open(DatabaseLocation::sqlite(file), &error));
        QVERIFY2(others.back(), qPrintable(error.message));
    }
    for (int round = 0; round < 20; ++round) {
        const Run edit = cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
                QStringLiteral("--contact"), QStringLiteral("contact%1").arg(round)});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    }
    // The console writes after them, and another process reads what it wrote.
    WorkspaceSettings settings(*console);
    const WriteResult saved = settings.setDefaultAreaCode(QStringLiteral("212"));
    QVERIFY2(saved, qPrintable(saved.message()));
    const QJsonArray changes = cliJson({QStringLiteral("history"), QStringLiteral("--kind"),
                                               QStringLiteral("setting-changed")})
                                       .array();
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.at(0)
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("212")),
            QJsonDocument(changes).toJson().constData());
    QSqlQuery read(console->connection());
    QVERIFY2(read.exec(QStringLiteral("SELECT contact FROM organizations WHERE slug = 'acme'"))
                    && read.next(),
            qPrintable(read.lastError().text()));
    QCOMPARE(read.value(0).toString(), QStringLiteral("contact19"));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
