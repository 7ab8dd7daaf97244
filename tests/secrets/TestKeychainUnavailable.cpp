// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/CredentialService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "SecretTestSupport.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::watch;

namespace {

QList<QString> *capturedLogs = nullptr;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &text)
{
    if (capturedLogs)
        capturedLogs->append(text);
}

} // namespace

// The real QtKeychain where no keychain can be used. Run two ways by ctest:
//   - on its own: the session bus address points at a socket that does not exist;
//   - through with-keyring.sh --locked: a private bus that activates gnome-keyring, but
//     nothing unlocks it and there is no display to ask on.
// Either way every write must fail quickly with Unavailable and a message that says what to
// do, the workspace must keep working, and no file may receive the secret.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesFailAsUnavailable();
    void probeSaysSoOnceAndNothingIsIndexed();
    void workspaceKeepsWorkingWithoutSecrets();
    void nothingWasWrittenInPlaintext();

private:
    bool m_lockedKeyring = false;
    QTemporaryDir m_home;
    QTemporaryDir m_workspace;
    QList<QString> m_logs;
    const QString m_secret = QStringLiteral("never-on-disk-SECRET-5a5a-b6b6");
    QtMessageHandler m_previousHandler = nullptr;
};

void TestKeychainUnavailable::initTestCase()
{
    m_lockedKeyring = qEnvironmentVariable("SWITCHBOARD_TEST_KEYRING") == u"locked";
    if (!m_lockedKeyring) {
        // Everything that could receive a plaintext fallback lives under a throwaway HOME.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                (u"unix:path=" + m_home.filePath(QStringLiteral("no-bus-here"))).toLocal8Bit());
    }
    // With a display, a locked keyring waits on an invisible prompt instead of failing.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
    capturedLogs = &m_logs;
    m_previousHandler = qInstallMessageHandler(captureLog);
}

void TestKeychainUnavailable::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
    capturedLogs = nullptr;
    for (const QString &line : std::as_const(m_logs))
        QVERIFY2(!line.contains(m_secret), "a log line holds the secret");
}

void TestKeychainUnavailable::writesFailAsUnavailable()
{
    KeychainSecretStore store;
    // Far longer than the answer may take: a timeout would not prove a clear answer.
    store.setTimeout(std::chrono::seconds(60));
    const SecretKey key = SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey);

    QElapsedTimer clock;
    clock.start();
    auto write = watch(store.write(key, m_secret));
    SB_AWAIT(write);
    qInfo() << "keychain answered in" << clock.elapsed() << "ms";
    SB_COMPARE_NAMES(write->error.kind, SecretError::Kind::Unavailable);
    const QString message = write->error.message;
    QVERIFY2(message.contains(QStringLiteral("The keychain cannot be used")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was saved anywhere else")),
            qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Secret Service")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("The keychain said:")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("no answer within")), qPrintable(message));
    QVERIFY(!message.contains(m_secret));

    // Reading finds nothing either way: Unavailable without a bus; with a locked keyring the
    // Secret Service can search but holds nothing.
    auto read = watch(store.read(key));
    SB_AWAIT(read);
    QVERIFY(read->error);
    QVERIFY(read->value.isEmpty());
    if (!m_lockedKeyring)
        SB_COMPARE_NAMES(read->error.kind, SecretError::Kind::Unavailable);
}

void TestKeychainUnavailable::probeSaysSoOnceAndNothingIsIndexed()
{
    DatabaseError error;
    auto db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(m_workspace.filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(db, qPrintable(error.message));
    OrganizationStore organizations(*db);
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(organizations.add(acme));

    KeychainSecretStore store;
    SecretIndex index(*db);
    CredentialService credentials(store, index, EnvironmentCredentials());
    QSignalSpy availability(&credentials, &CredentialService::availabilityChanged);

    auto probe = watch(credentials.probe());
    SB_AWAIT(probe);
    SB_COMPARE_NAMES(probe->error.kind, SecretError::Kind::Unavailable);
    QTRY_COMPARE(availability.count(), 1);
    QVERIFY(credentials.availability().isUnavailable());
    // One message, with what to do.
    QVERIFY2(credentials.availability().message.contains(QStringLiteral("try again")),
            qPrintable(credentials.availability().message));

    const SecretKey key
            = SecretKey::forOrganization(acme.id, SecretApi::Twilio, SecretPurpose::AuthToken);
    auto set = watch(credentials.set(key, m_secret));
    SB_AWAIT(set);
    SB_COMPARE_NAMES(set->error.kind, SecretError::Kind::Unavailable);
    QVERIFY(index.all().isEmpty());
    QCOMPARE(availability.count(), 1); // said once
    SB_COMPARE_NAMES(credentials.status(key).source, SecretSource::NotSet);

    // Wiping an organization cannot succeed without a keychain, and says so: its entries
    // (if any) would otherwise be left behind for good.
    auto wipe = watch(credentials.wipeOrganization(acme.id));
    SB_AWAIT(wipe);
    if (!m_lockedKeyring) {
        SB_COMPARE_NAMES(wipe->error.kind, SecretError::Kind::Unavailable);
    }
}

void TestKeychainUnavailable::workspaceKeepsWorkingWithoutSecrets()
{
    DatabaseError error;
    auto db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(m_workspace.filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(db, qPrintable(error.message));
    OrganizationStore organizations(*db);
    QCOMPARE(organizations.list().size(), 1);
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(organizations.add(zeta));
    QCOMPARE(organizations.list().size(), 2);
}

void TestKeychainUnavailable::nothingWasWrittenInPlaintext()
{
    // Where QtKeychain's insecure fallback would have written: the application's settings.
    QSettings settings;
    QVERIFY(!settings.allKeys().join(u' ').contains(m_secret));

    QStringList scanned;
    for (const QString &root : {QDir::homePath(), m_workspace.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            scanned.append(file.fileName());
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(m_secret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(m_secret.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(!scanned.isEmpty(), "the scan found no file at all, not even the workspace");
    // The failures were logged (and cleanupTestCase() checks those lines for the secret).
    QVERIFY(!m_logs.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
