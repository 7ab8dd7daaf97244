// SPDX-License-Identifier: Apache-2.0
#include "core/storage/HistoryStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspacePaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Switchboard;

// switchboard-cli on a workspace it cannot write, made so for real: a read-only bind mount
// (in a mount namespace of the command's own, so nothing outside the test sees it), and a
// folder and file without write permission (the command then runs as `nobody` when the test
// runs as root, who would ignore the permission bits). Reading commands work and leave the
// file as it was; writing commands say the workspace is read-only.
class TestCliReadOnlyWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readingWorksAndWritingIsRefused_data();
    void readingWorksAndWritingIsRefused();
    void changesNotYetCheckpointedAreRead_data();
    void changesNotYetCheckpointedAreRead();

private:
    enum Way {
        Mount, // a read-only bind mount
        Permission, // no write permission on the folder and the file
    };
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments, std::optional<Way> readOnly = std::nullopt);
    QString databaseFile() const { return WorkspacePaths::databaseFile(m_dir->path()); }
    void seed();
    void setWritable(bool writable);
    void addWays();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mountSkip; // why a read-only mount cannot be made here; empty when it can
    QString m_permissionSkip;
    uid_t m_nobodyUid = 0;
    gid_t m_nobodyGid = 0;
};

void TestCliReadOnlyWorkspace::initTestCase()
{
    QTemporaryDir probe;
    QProcess mount;
    mount.start(QStringLiteral("unshare"),
            {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mount --bind -o ro \"$0\" \"$0\" && ! touch \"$0/probe\" "
                                   "2>/dev/null"),
                    probe.path()});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
            || mount.exitCode() != 0)
        m_mountSkip
                = QStringLiteral("no read-only bind mount here (needs root, unshare and mount)");
    if (geteuid() == 0) {
        const passwd *nobody = getpwnam("nobody");
        if (!nobody || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            m_permissionSkip = QStringLiteral("as root, this needs setpriv and a user nobody");
        else {
            m_nobodyUid = nobody->pw_uid;
            m_nobodyGid = nobody->pw_gid;
        }
    }
}

void TestCliReadOnlyWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliReadOnlyWorkspace::cleanup()
{
    setWritable(true); // so that the folder can be removed
    m_dir.reset();
}

void TestCliReadOnlyWorkspace::setWritable(bool writable)
{
    const auto read = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
    const auto write = writable ? QFile::WriteOwner | QFile::WriteUser : QFile::Permissions();
    const auto enter = QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(m_dir->path(), read | write | enter);
    QFile::setPermissions(databaseFile(), read | write);
}

TestCliReadOnlyWorkspace::Run TestCliReadOnlyWorkspace::cli(
        const QStringList &arguments, std::optional<Way> readOnly)
{
    QString program = QStringLiteral(SWITCHBOARD_CLI_EXE);
    QStringList all = QStringList{QStringLiteral("--data-dir"), m_dir->path()} + arguments;
    if (readOnly == Mount) {
        all = QStringList{QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("mount --bind -o ro \"$0\" \"$0\" && exec \"$@\""),
                      m_dir->path(), program}
                + all;
        program = QStringLiteral("unshare");
    } else if (readOnly == Permission && geteuid() == 0) {
        all = QStringList{QStringLiteral("--reuid=%1").arg(m_nobodyUid),
                      QStringLiteral("--regid=%1").arg(m_nobodyGid),
                      QStringLiteral("--clear-groups"), program}
                + all;
        program = QStringLiteral("setpriv");
    }
    QProcess process;
    process.start(program, all);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliReadOnlyWorkspace::seed()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--vapi-region"), QStringLiteral("us"),
                         QStringLiteral("--free-cap"), QStringLiteral("7")})
                     .exitCode,
            0);
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme")})
                     .exitCode,
            0);
    DatabaseError error;
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(databaseFile()), &error);
    QVERIFY2(db, qPrintable(error.message));
    HistoryStore history(*db);
    ProvisioningAttempt a;
    a.organizationSlug = QStringLiteral("acme");
    a.assistantId = QStringLiteral("asst-1");
    a.assistantName = QStringLiteral("Front desk");
    a.startedAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
    QVERIFY(history.beginAttempt(a));
}

void TestCliReadOnlyWorkspace::addWays()
{
    QTest::addColumn<int>("way");
    QTest::newRow("read-only mount") << int(Mount);
    QTest::newRow("no write permission") << int(Permission);
}

void TestCliReadOnlyWorkspace::readingWorksAndWritingIsRefused_data()
{
    addWays();
}

void TestCliReadOnlyWorkspace::readingWorksAndWritingIsRefused()
{
    QFETCH(int, way);
    if (way == Mount && !m_mountSkip.isEmpty())
        QSKIP(qPrintable(m_mountSkip));
    if (way == Permission && !m_permissionSkip.isEmpty())
        QSKIP(qPrintable(m_permissionSkip));
    seed();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(databaseFile() + QStringLiteral("-wal"))); // all of it in the file
    QFile file(databaseFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    if (way == Permission)
        setWritable(false);

    Run run = cli({QStringLiteral("org"), QStringLiteral("list")}, Way(way));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("acme"));
    QCOMPARE(QJsonDocument::fromJson(
                     cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("list")},
                             Way(way))
                             .out)
                     .array()
                     .size(),
            1);
    run = cli({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")},
            Way(way));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().split('\n').size(), 2); // the header and the one attempt
    const QJsonArray usage = QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("usage")}, Way(way)).out)
                                     .array();
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.at(0)[QStringLiteral("limit")].toInt(), 7);
    // Without --offline too: a read-only workspace cannot keep a fresh listing, so it shows
    // the last one, and says so.
    run = cli({QStringLiteral("number"), QStringLiteral("list")}, Way(way));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));

    const QList<QStringList> writers{
            {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("beta"),
                    QStringLiteral("--name"), QStringLiteral("Beta")},
            {QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
                    QStringLiteral("--contact"), QStringLiteral("ops@acme.example")},
            {QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--free-cap"),
                    QStringLiteral("3")}};
    for (const QStringList &arguments : writers) {
        run = cli(arguments, Way(way));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is read-only")), qPrintable(run.err));
        QVERIFY2(run.err.contains(databaseFile()), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("somewhere writable")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    }

    setWritable(true);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    QVERIFY(!QFile::exists(databaseFile() + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(databaseFile() + QStringLiteral("-shm")));
}

void TestCliReadOnlyWorkspace::changesNotYetCheckpointedAreRead_data()
{
    addWays();
}

void TestCliReadOnlyWorkspace::changesNotYetCheckpointedAreRead()
{
    QFETCH(int, way);
    if (way == Mount && !m_mountSkip.isEmpty())
        QSKIP(qPrintable(m_mountSkip));
    if (way == Permission && !m_permissionSkip.isEmpty())
        QSKIP(qPrintable(m_permissionSkip));
    seed();
    if (QTest::currentTestFailed())
        return;
    // A console still has the workspace open: its last change is in the -wal file, not yet
    // in the database file. A reader that ignored the -wal file would miss it.
    DatabaseError error;
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(databaseFile()), &error);
    QVERIFY2(db, qPrintable(error.message));
    HistoryStore history(*db);
    ProvisioningAttempt a;
    a.organizationSlug = QStringLiteral("acme");
    a.assistantId = QStringLiteral("asst-2");
    a.startedAt = QDateTime(QDate(2026, 11, 11), QTime(9, 0), Qt::UTC);
    QVERIFY(history.beginAttempt(a));
    QVERIFY(QFileInfo(databaseFile() + QStringLiteral("-wal")).size() > 0);
    if (way == Permission)
        setWritable(false);

    const Run run = cli({QStringLiteral("--json"), QStringLiteral("history")}, Way(way));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliReadOnlyWorkspace)
#include "TestCliReadOnlyWorkspace.moc"
