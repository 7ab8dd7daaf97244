// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/CredentialService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "SecretTestSupport.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Switchboard;
using Switchboard::Test::watch;

// The real QtKeychain against a real Secret Service: gnome-keyring in a private D-Bus session
// with a throwaway HOME, set up and torn down by tests/secrets/with-keyring.sh (ctest runs this
// test through it). Two organizations' secrets are written, read, rotated and deleted, and
// neither ever sees the other's.
class TestKeychainIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storeFollowsTheContract();
    void twoOrganizationsNeverSeeEachOther();
    void entriesAreInTheSecretServiceAndNotOnDiskInPlaintext();
    void silentKeychainTimesOut();

private:
    SecretJob *startRead(const SecretKey &key) { return m_credentials->read(key); }
    QString lookupWithSecretTool(const SecretKey &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<SecretIndex> m_index;
    std::unique_ptr<CredentialService> m_credentials;
    qint64 m_acme = 0;
    qint64 m_zeta = 0;
};

#define SB_EXPECT_VALUE(credentials, key, expected)                                                \
    do {                                                                                           \
        const auto sbRead = watch((credentials)->read(key));                                       \
        SB_AWAIT(sbRead);                                                                          \
        QVERIFY2(!sbRead->error, qPrintable(sbRead->error.message));                               \
        QCOMPARE(sbRead->value, expected);                                                         \
        SB_COMPARE_NAMES(sbRead->source, SecretSource::Keychain);                                  \
    } while (false)

#define SB_EXPECT_NOT_FOUND(credentials, key)                                                      \
    do {                                                                                           \
        const auto sbRead = watch((credentials)->read(key));                                       \
        SB_AWAIT(sbRead);                                                                          \
        SB_COMPARE_NAMES(sbRead->error.kind, SecretError::Kind::NotFound);                         \
        QVERIFY(sbRead->value.isEmpty());                                                          \
    } while (false)

void TestKeychainIntegration::initTestCase()
{
    // Never against the keyring of whoever runs the test.
    if (qEnvironmentVariable("SWITCHBOARD_TEST_KEYRING") != u"unlocked")
        QFAIL("run this test through tests/secrets/with-keyring.sh (ctest does): it needs a "
              "private, unlocked Secret Service");
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
}

void TestKeychainIntegration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DatabaseError error;
    m_db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    OrganizationStore organizations(*m_db);
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(organizations.add(acme));
    QVERIFY(organizations.add(zeta));
    m_acme = acme.id;
    m_zeta = zeta.id;
    m_store = std::make_unique<KeychainSecretStore>();
    QCOMPARE(m_store->serviceName(), u"io.switchboard.Switchboard");
    m_index = std::make_unique<SecretIndex>(*m_db);
    m_credentials
            = std::make_unique<CredentialService>(*m_store, *m_index, EnvironmentCredentials());

    auto probe = watch(m_credentials->probe());
    SB_AWAIT(probe);
    QVERIFY2(!probe->error, qPrintable(probe->error.message));
    QCOMPARE(int(m_credentials->availability().state), int(KeychainAvailability::State::Available));
}

void TestKeychainIntegration::cleanup()
{
    // Leave the private keyring empty for the next test function.
    if (m_credentials) {
        SB_AWAIT(watch(m_credentials->wipeOrganization(m_acme)));
        SB_AWAIT(watch(m_credentials->wipeOrganization(m_zeta)));
    }
    m_credentials.reset();
    m_index.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestKeychainIntegration::storeFollowsTheContract()
{
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    auto missing = watch(m_store->read(key));
    SB_AWAIT(missing);
    SB_COMPARE_NAMES(missing->error.kind, SecretError::Kind::NotFound);

    auto write = watch(m_store->write(key, QStringLiteral("first")));
    QCOMPARE(write->count, 0); // never synchronously
    SB_AWAIT(write);
    QVERIFY2(!write->error, qPrintable(write->error.message));
    SB_AWAIT(watch(m_store->write(key, QStringLiteral("second"))));
    auto read = watch(m_store->read(key));
    SB_AWAIT(read);
    QCOMPARE(read->value, u"second");

    auto removed = watch(m_store->remove(key));
    SB_AWAIT(removed);
    QVERIFY(!removed->error);
    auto again = watch(m_store->remove(key));
    SB_AWAIT(again);
    QVERIFY2(!again->error, qPrintable(again->error.message));
    auto gone = watch(m_store->read(key));
    SB_AWAIT(gone);
    SB_COMPARE_NAMES(gone->error.kind, SecretError::Kind::NotFound);

    auto invalid = watch(m_store->write(SecretKey(), QStringLiteral("x")));
    SB_AWAIT(invalid);
    SB_COMPARE_NAMES(invalid->error.kind, SecretError::Kind::Other);

    // A job whose listener is gone still finishes once, and the keychain's answer harms no one.
    auto *context = new QObject;
    int callbacks = 0;
    SecretJob *job = m_store->write(key, QStringLiteral("third"));
    job->then(context, [&callbacks](SecretJob *) { ++callbacks; });
    auto orphan = watch(job);
    delete context;
    SB_AWAIT(orphan);
    QCOMPARE(callbacks, 0);
    SB_AWAIT(watch(m_store->remove(key)));
}

void TestKeychainIntegration::twoOrganizationsNeverSeeEachOther()
{
    const SecretKey acmeVapi
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey acmeToken
            = SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::AuthToken);
    const SecretKey zetaVapi
            = SecretKey::forOrganization(m_zeta, SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey zetaSecret
            = SecretKey::forOrganization(m_zeta, SecretApi::Twilio, SecretPurpose::ApiKeySecret);
    const SecretKey zetaToken
            = SecretKey::forOrganization(m_zeta, SecretApi::Twilio, SecretPurpose::AuthToken);

    for (const auto &[key, value] : {std::pair{acmeVapi, QStringLiteral("acme-vapi-1")},
                 std::pair{acmeToken, QStringLiteral("acme-token-1")},
                 std::pair{zetaVapi, QStringLiteral("zeta-vapi-1")},
                 std::pair{zetaSecret, QStringLiteral("zeta-api-secret-1")}}) {
        auto set = watch(m_credentials->set(key, value));
        SB_AWAIT(set);
        QVERIFY2(!set->error, qPrintable(set->error.message));
    }
    SB_EXPECT_VALUE(m_credentials, acmeVapi, u"acme-vapi-1");
    SB_EXPECT_VALUE(m_credentials, acmeToken, u"acme-token-1");
    SB_EXPECT_VALUE(m_credentials, zetaVapi, u"zeta-vapi-1");
    SB_EXPECT_VALUE(m_credentials, zetaSecret, u"zeta-api-secret-1");
    // Acme has a token, Zeta has none: Zeta's key does not find Acme's.
    SB_EXPECT_NOT_FOUND(m_credentials, zetaToken);
    SB_EXPECT_NOT_FOUND(m_credentials,
            SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::ApiKeySecret));

    // Rotation replaces Acme's key, and only Acme's.
    auto rotated = watch(m_credentials->set(acmeVapi, QStringLiteral("acme-vapi-2")));
    SB_AWAIT(rotated);
    QVERIFY(!rotated->error);
    SB_EXPECT_VALUE(m_credentials, acmeVapi, u"acme-vapi-2");
    SB_EXPECT_VALUE(m_credentials, zetaVapi, u"zeta-vapi-1");
    QCOMPARE(m_index->forOrganization(m_acme).size(), 2);

    // Deleting one of Zeta's leaves Acme's alone.
    auto removed = watch(m_credentials->remove(zetaVapi));
    SB_AWAIT(removed);
    QVERIFY(!removed->error);
    SB_EXPECT_NOT_FOUND(m_credentials, zetaVapi);
    SB_EXPECT_VALUE(m_credentials, acmeVapi, u"acme-vapi-2");

    // Wiping Acme removes all of Acme's, and Zeta keeps the rest.
    auto wipe = watch(m_credentials->wipeOrganization(m_acme));
    SB_AWAIT(wipe);
    QVERIFY2(!wipe->error, qPrintable(wipe->error.message));
    SB_EXPECT_NOT_FOUND(m_credentials, acmeVapi);
    SB_EXPECT_NOT_FOUND(m_credentials, acmeToken);
    QVERIFY(m_index->forOrganization(m_acme).isEmpty());
    SB_EXPECT_VALUE(m_credentials, zetaSecret, u"zeta-api-secret-1");
    QCOMPARE(m_index->forOrganization(m_zeta).size(), 1);
}

QString TestKeychainIntegration::lookupWithSecretTool(const SecretKey &key)
{
    // QtKeychain's libsecret schema: the key is attribute "user", the service "server".
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("user"), key.toString(),
                    QStringLiteral("server"), m_store->serviceName()});
    if (!tool.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(tool.readAllStandardOutput());
}

// The value is really in the Secret Service (another client finds it under our service name),
// and no file anywhere in the throwaway HOME or the workspace holds it in plaintext.
void TestKeychainIntegration::entriesAreInTheSecretServiceAndNotOnDiskInPlaintext()
{
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    const QString secret = QStringLiteral("acme-vapi-PLAINTEXT-CHECK-7d1e");
    SB_AWAIT(watch(m_credentials->set(key, secret)));
    QCOMPARE(lookupWithSecretTool(key), secret);

    const QString home = QDir::homePath();
    QVERIFY2(home.startsWith(QDir::tempPath()), qPrintable(home)); // the throwaway one
    QVERIFY(QFile::exists(home + u"/.local/share/keyrings/login.keyring"));
    QStringList scanned;
    for (const QString &root : {home, m_dir->path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets
            scanned.append(file.fileName());
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(secret.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(scanned.size() >= 2, qPrintable(scanned.join(u", ")));

    SB_AWAIT(watch(m_credentials->remove(key)));
    QVERIFY(lookupWithSecretTool(key).isEmpty());
}

// A keychain that never answers (as a locked gnome-keyring waiting on an invisible prompt): the
// private daemon is stopped while a write is on its way. The job must fail on its own time with
// Unavailable, finish once, and ignore the answer that comes after the daemon resumes.
void TestKeychainIntegration::silentKeychainTimesOut()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
            {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                    QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                    QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                    QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                    QStringLiteral("org.freedesktop.secrets")});
    QVERIFY(gdbus.waitForFinished(10000));
    // "(uint32 1234,)"
    const QString reply = QString::fromUtf8(gdbus.readAllStandardOutput()).simplified();
    const pid_t daemon = reply.section(u' ', 1).section(u',', 0, 0).toInt();
    QVERIFY2(daemon > 1, qPrintable(reply));

    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    m_store->setTimeout(std::chrono::milliseconds(1500));
    // Resumed on every way out of this function, failures included: a stopped daemon would
    // outlive the private session.
    struct Resume
    {
        pid_t pid;
        ~Resume() { ::kill(pid, SIGCONT); }
    };
    QCOMPARE(::kill(daemon, SIGSTOP), 0);
    const Resume resume{daemon};
    auto write = watch(m_store->write(key, QStringLiteral("late-value")));
    QTRY_COMPARE_WITH_TIMEOUT(write->count, 1, 10000);
    QCOMPARE(::kill(daemon, SIGCONT), 0);
    SB_COMPARE_NAMES(write->error.kind, SecretError::Kind::Unavailable);
    QVERIFY2(write->error.message.contains(QStringLiteral("no answer within 1 second")),
            qPrintable(write->error.message));

    // The daemon answers now: nobody is told twice, and the keychain works again.
    m_store->setTimeout(KeychainSecretStore::DefaultTimeout);
    auto after = watch(m_store->remove(key));
    SB_AWAIT(after);
    QVERIFY2(!after->error, qPrintable(after->error.message));
    QTRY_VERIFY(write->job.isNull());
    QCOMPARE(write->count, 1);
}

QTEST_GUILESS_MAIN(TestKeychainIntegration)
#include "TestKeychainIntegration.moc"
