// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspacePaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

// What switchboard-cli refuses before it saves an organization (issue 13): a pool number that
// is in another pool already, a Vapi key that reaches another organization's Vapi account, and
// an organization whose secrets the keychain refuses (nothing of it may be left behind).
//
// Every run gets a session bus that does not exist, so the keychain always refuses: the test
// never touches the keychain of whoever runs it. The shared-account checks ask a
// switchboard-sandbox with the demo world, whose Vapi accounts hold numbers and assistants.
class TestCliOrganizationSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void aPoolNumberIsInOnePoolOnly();
    void theWorkspacesPoolCountsToo();
    void aSharedVapiAccountIsRefusedUnlessAllowed();
    void aRefusedSecretLeavesNoOrganization();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    QStringList slugs();
    // Files Acme Dental's own Vapi account as the demo's Acme Dental account (its orgId), as a
    // key stored earlier would have.
    bool giveAcmeTheDemoVapiAccount();

    static inline const QString AcmeDemoKey
            = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");
    static inline const QString AcmeDemoOrgId
            = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    static inline const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    static inline const QString OtherSid = QStringLiteral("AC00000000000000000000000000000bcd");

    QProcess m_sandbox;
    QString m_sandboxUrl;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliOrganizationSafety::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXE),
            {QStringLiteral("--world"), QStringLiteral("demo")});
    m_sandbox.setReadChannel(QProcess::StandardOutput);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
    const QString line = QString::fromUtf8(m_sandbox.readLine());
    const QRegularExpressionMatch url
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(line);
    QVERIFY2(url.hasMatch(), qPrintable(line));
    m_sandboxUrl = url.captured();
}

void TestCliOrganizationSafety::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

void TestCliOrganizationSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCliOrganizationSafety::Run TestCliOrganizationSafety::cli(
        const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            u"unix:path=" + m_home.filePath(QStringLiteral("no-bus-here")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("SWITCHBOARD_VAPI_API_KEY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringList{QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--vapi-url"),
                    m_sandboxUrl}
                    + arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestCliOrganizationSafety::slugs()
{
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("list")});
    QStringList result;
    for (const QJsonValue o : QJsonDocument::fromJson(run.out).array())
        result << o[QStringLiteral("slug")].toString();
    return result;
}

bool TestCliOrganizationSafety::giveAcmeTheDemoVapiAccount()
{
    DatabaseError error;
    auto db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(WorkspacePaths::databaseFile(m_dir->path())), &error);
    if (!db)
        return false;
    OrganizationStore organizations(*db);
    AccountStore accounts(*db);
    const auto acme = organizations.findBySlug(QStringLiteral("acme"));
    if (!acme)
        return false;
    for (VapiAccount account : accounts.vapiAccounts()) {
        if (account.organizationId == acme->id) {
            account.vapiOrgId = AcmeDemoOrgId;
            return accounts.saveVapiAccount(account).ok();
        }
    }
    return false;
}

void TestCliOrganizationSafety::aPoolNumberIsInOnePoolOnly()
{
    Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme Dental"),
            QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
            QStringLiteral("+14155550100,+14155550101")});
    QCOMPARE(run.exitCode, 0);

    // Another organization, with its own Twilio account, may not list Acme's number.
    run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("zeta"),
            QStringLiteral("--name"), QStringLiteral("Zeta Clinics"),
            QStringLiteral("--twilio-account-sid"), OtherSid, QStringLiteral("--pool"),
            QStringLiteral("+14155550199,(415) 555-0101")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--pool: +1 415-555-0101 is already in the number "
                                             "pool of Acme Dental; a number can be in one pool "
                                             "only.")),
            qPrintable(run.err));
    QCOMPARE(slugs(), QStringList{QStringLiteral("acme")});

    // Nor may it add the number later.
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("zeta"),
                         QStringLiteral("--name"), QStringLiteral("Zeta Clinics"),
                         QStringLiteral("--twilio-account-sid"), OtherSid})
                     .exitCode,
            0);
    run = cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("zeta"),
            QStringLiteral("--pool"), QStringLiteral("+14155550100")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Acme Dental")), qPrintable(run.err));
    const QJsonObject zeta
            = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("org"),
                                                  QStringLiteral("show"), QStringLiteral("zeta")})
                                              .out)
                      .object();
    QVERIFY(zeta[QStringLiteral("pool")].toArray().isEmpty());

    // An organization's own numbers are no conflict when it is edited.
    run = cli({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("acme"),
            QStringLiteral("--pool"), QStringLiteral("+14155550100,+14155550102")});
    QCOMPARE(run.exitCode, 0);
}

void TestCliOrganizationSafety::theWorkspacesPoolCountsToo()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("set"),
                         QStringLiteral("--twilio-account-sid"), OtherSid, QStringLiteral("--pool"),
                         QStringLiteral("+13125550100")})
                     .exitCode,
            0);
    Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme Dental"),
            QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
            QStringLiteral("+1 312 555 0100")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--pool: +1 312-555-0100 is already in the "
                                             "workspace's pool; a number can be in one pool "
                                             "only.")),
            qPrintable(run.err));
    QVERIFY(slugs().isEmpty());

    // And the other way round: the workspace may not take an organization's number.
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme Dental"),
                         QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
                         QStringLiteral("+14155550100")})
                     .exitCode,
            0);
    run = cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--pool"),
            QStringLiteral("+13125550101,+14155550100"), QStringLiteral("--free-cap"),
            QStringLiteral("3")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--pool: +1 415-555-0100 is already in the number "
                                             "pool of Acme Dental")),
            qPrintable(run.err));
    const QJsonObject info = QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")})
                    .out)
                                     .object();
    QCOMPARE(info[QStringLiteral("twilioPoolAvailable")].toInt(), 1); // nothing was changed
}

void TestCliOrganizationSafety::aSharedVapiAccountIsRefusedUnlessAllowed()
{
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                         QStringLiteral("--name"), QStringLiteral("Acme Dental"),
                         QStringLiteral("--vapi-account"), QStringLiteral("own")})
                     .exitCode,
            0);
    QVERIFY(giveAcmeTheDemoVapiAccount());

    // A new organization whose own key reaches Acme Dental's Vapi account.
    const QStringList addZeta{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("zeta"),
            QStringLiteral("--name"), QStringLiteral("Zeta Clinics"),
            QStringLiteral("--vapi-account"), QStringLiteral("own"),
            QStringLiteral("--vapi-key-stdin")};
    Run run = cli(addZeta, AcmeDemoKey.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Acme Dental")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--allow-shared-vapi-account")), qPrintable(run.err));
    QVERIFY(!run.err.contains(AcmeDemoKey));
    QCOMPARE(slugs(), QStringList{QStringLiteral("acme")});

    // The same key set later for an organization that has its own account already.
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("zeta"),
                         QStringLiteral("--name"), QStringLiteral("Zeta Clinics"),
                         QStringLiteral("--vapi-account"), QStringLiteral("own")})
                     .exitCode,
            0);
    run = cli({QStringLiteral("org"), QStringLiteral("secret"), QStringLiteral("set"),
                      QStringLiteral("zeta"), QStringLiteral("vapi-key")},
            AcmeDemoKey.toUtf8());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Acme Dental")), qPrintable(run.err));
    QVERIFY(!run.err.contains(AcmeDemoKey));

    // Allowed: the check lets it through, and only the keychain (refusing here) stops it.
    run = cli({QStringLiteral("org"), QStringLiteral("secret"), QStringLiteral("set"),
                      QStringLiteral("zeta"), QStringLiteral("vapi-key"),
                      QStringLiteral("--allow-shared-vapi-account")},
            AcmeDemoKey.toUtf8());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains(QStringLiteral("Acme Dental")), qPrintable(run.err));
    QVERIFY(!run.err.contains(AcmeDemoKey));

    // A key of another Vapi account is no conflict.
    run = cli({QStringLiteral("org"), QStringLiteral("secret"), QStringLiteral("set"),
                      QStringLiteral("zeta"), QStringLiteral("vapi-key")},
            QByteArrayLiteral("b2b2b2b2-0000-4000-8000-000000000002"));
    QCOMPARE(run.exitCode, 1); // the keychain refuses, as above
    QVERIFY2(!run.err.contains(QStringLiteral("Acme Dental")), qPrintable(run.err));
}

void TestCliOrganizationSafety::aRefusedSecretLeavesNoOrganization()
{
    const QByteArray token = QByteArrayLiteral("tok-3f9a2b7c1d0e4f5a6b7c8d9e0f1a2b3c");
    Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
                          QStringLiteral("--name"), QStringLiteral("Acme Dental"),
                          QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
                          QStringLiteral("+14155550100"), QStringLiteral("--twilio-secret-stdin")},
            token + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
            run.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was saved"), Qt::CaseInsensitive),
            qPrintable(run.err));
    QVERIFY(!run.err.contains(QString::fromLatin1(token)));
    QVERIFY(!run.out.contains(token));
    QVERIFY(slugs().isEmpty());
    // Nothing of it is left: the slug and the pool number are free again.
    run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("acme"),
            QStringLiteral("--name"), QStringLiteral("Acme Dental"),
            QStringLiteral("--twilio-account-sid"), Sid, QStringLiteral("--pool"),
            QStringLiteral("+14155550100")});
    QCOMPARE(run.exitCode, 0);

    // Two secrets, two lines; the organization's own Vapi key and its Twilio token.
    run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("zeta"),
                      QStringLiteral("--name"), QStringLiteral("Zeta Clinics"),
                      QStringLiteral("--vapi-account"), QStringLiteral("own"),
                      QStringLiteral("--vapi-key-stdin"), QStringLiteral("--twilio-account-sid"),
                      OtherSid, QStringLiteral("--twilio-secret-stdin")},
            QByteArrayLiteral("c3c3c3c3-0000-4000-8000-000000000003\n") + token + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.contains(QString::fromLatin1(token)));
    QCOMPARE(slugs(), QStringList{QStringLiteral("acme")});
}

QTEST_GUILESS_MAIN(TestCliOrganizationSafety)
#include "TestCliOrganizationSafety.moc"
