// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/CredentialService.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "SecretTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::watch;

namespace {

QProcessEnvironment environmentOf(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

} // namespace

// The facade over the in-memory store and a real SQLite workspace.
class TestCredentialService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setKeepsTheValueInTheStoreAndOnlyTheNameInTheIndex();
    void rotationReplacesTheValue();
    void workspaceFileNeverHoldsAValue();
    void refusesEmptyValuesAndUnknownOrganizations_data();
    void refusesEmptyValuesAndUnknownOrganizations();
    void indexFailureTakesANewSecretBack();
    void indexFailureOnRotationKeepsTheNewValue();
    void unreadableIndexTouchesNothing();
    void readMissingSaysWhatToDo_data();
    void readMissingSaysWhatToDo();
    void environmentIsReportedAndNeverCopied();
    void environmentShadowsTheKeychain();
    void environmentNeverServesAnOrganization();
    void importFromEnvironmentOnlyWhenAsked();
    void removeForgetsTheName();
    void removeKeepsTheNameWhenTheKeychainFails();
    void wipeRemovesEverySecretOfOneOrganization();
    void wipeKeepsTheNamesWhenTheKeychainFails();
    void unavailableKeychainStoresNothingAndIsSaidOnce();
    void probeReportsAvailability();
    void probeReportsUnavailability();
    void jobsFinishOnceWhenTheServiceDiesFirst();
    void jobsFinishOnceWhenTheContextDiesFirst();
    void organizationStatusListsEveryCredential();

private:
    CredentialService &service(const QProcessEnvironment &environment = {});
    qint64 indexRowCount();

    const QString m_acmeVapiSecret = QStringLiteral("acme-vapi-4f2b9c1e-secret");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<SecretIndex> m_index;
    std::unique_ptr<CredentialService> m_service;
    qint64 m_acme = 0;
    qint64 m_zeta = 0;
};

void TestCredentialService::init()
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
    m_store = std::make_unique<MemorySecretStore>();
    m_index = std::make_unique<SecretIndex>(*m_db);
}

void TestCredentialService::cleanup()
{
    m_service.reset();
    m_index.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

CredentialService &TestCredentialService::service(const QProcessEnvironment &environment)
{
    m_service = std::make_unique<CredentialService>(
            *m_store, *m_index, EnvironmentCredentials(environment));
    return *m_service;
}

qint64 TestCredentialService::indexRowCount()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM secret_refs")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCredentialService::setKeepsTheValueInTheStoreAndOnlyTheNameInTheIndex()
{
    CredentialService &credentials = service();
    QSignalSpy changed(&credentials, &CredentialService::secretChanged);
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);

    auto set = watch(credentials.set(key, m_acmeVapiSecret));
    SB_AWAIT(set);
    QVERIFY2(!set->error, qPrintable(set->error.message));
    QVERIFY(m_store->contains(key));
    QCOMPARE(changed.count(), 1);

    const std::optional<SecretRef> ref = m_index->find(key);
    QVERIFY(ref);
    QVERIFY(ref->updatedAt.isValid());

    // Every column of every row: names and times, never the value.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM secret_refs")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int column = 0; column < q.record().count(); ++column)
            QVERIFY(!q.value(column).toString().contains(m_acmeVapiSecret));
    }
    QCOMPARE(rows, 1);
    QVERIFY(q.exec(QStringLiteral("SELECT key, organization_id, api, purpose FROM secret_refs")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), key.toString());
    QCOMPARE(q.value(1).toLongLong(), m_acme);
    QCOMPARE(q.value(2).toString(), u"vapi");
    QCOMPARE(q.value(3).toString(), u"api-key");

    const SecretStatus status = credentials.status(key);
    SB_COMPARE_NAMES(status.source, SecretSource::Keychain);
    QVERIFY(status.inKeychain);

    auto read = watch(credentials.read(key));
    SB_AWAIT(read);
    QCOMPARE(read->value, m_acmeVapiSecret);
    SB_COMPARE_NAMES(read->source, SecretSource::Keychain);
}

void TestCredentialService::rotationReplacesTheValue()
{
    CredentialService &credentials = service();
    QSignalSpy changed(&credentials, &CredentialService::secretChanged);
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::AuthToken);

    SB_AWAIT(watch(credentials.set(key, QStringLiteral("token-one"))));
    const QDateTime first = m_index->find(key)->updatedAt;
    QTest::qWait(5); // updated_at has millisecond resolution
    auto rotated = watch(credentials.set(key, QStringLiteral("token-two")));
    SB_AWAIT(rotated);
    QVERIFY(!rotated->error);

    auto read = watch(credentials.read(key));
    SB_AWAIT(read);
    QCOMPARE(read->value, u"token-two");
    QCOMPARE(indexRowCount(), 1);
    QVERIFY(m_index->find(key)->updatedAt > first);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<SecretKey>(), key);
}

void TestCredentialService::workspaceFileNeverHoldsAValue()
{
    CredentialService &credentials = service();
    const QStringList secrets{m_acmeVapiSecret, QStringLiteral("acme-twilio-token-77aa"),
            QStringLiteral("zeta-vapi-key-0c0c"), QStringLiteral("workspace-pg-password-9x")};
    SB_AWAIT(watch(credentials.set(
            SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey),
            secrets.at(0))));
    SB_AWAIT(watch(credentials.set(
            SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::AuthToken),
            secrets.at(1))));
    SB_AWAIT(watch(credentials.set(
            SecretKey::forOrganization(m_zeta, SecretApi::Vapi, SecretPurpose::ApiKey),
            secrets.at(2))));
    SB_AWAIT(watch(credentials.set(
            SecretKey::forWorkspace(SecretApi::Postgres, SecretPurpose::Password), secrets.at(3))));
    SB_AWAIT(watch(credentials.wipeOrganization(m_zeta)));
    QCOMPARE(indexRowCount(), 3);

    // The database file, its WAL and anything else SQLite left, in both encodings it could use.
    m_service.reset();
    m_index.reset();
    m_db.reset();
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QString &secret : secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(
                             reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)),
                    qPrintable(file.fileName()));
        }
        // The names are there: the scan looks at the right bytes.
        if (file.fileName().endsWith(u"w.db"))
            QVERIFY(bytes.contains("org/"));
    }
    QVERIFY(files >= 1);
}

void TestCredentialService::refusesEmptyValuesAndUnknownOrganizations_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("empty value") << "org/1/vapi/api-key"
                                 << ""
                                 << "the value is empty";
    QTest::newRow("unknown organization") << "org/99/vapi/api-key"
                                          << "x"
                                          << "Organization 99 does not exist";
    QTest::newRow("invalid key") << ""
                                 << "x"
                                 << "Only organization and workspace secrets";
    QTest::newRow("probe key") << "probe/availability"
                               << "x"
                               << "Only organization and workspace secrets";
}

void TestCredentialService::refusesEmptyValuesAndUnknownOrganizations()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, phrase);

    auto set = watch(service().set(SecretKey::parse(key), value));
    SB_AWAIT(set);
    SB_COMPARE_NAMES(set->error.kind, SecretError::Kind::Other);
    QVERIFY2(set->error.message.contains(phrase), qPrintable(set->error.message));
    QCOMPARE(m_store->operationCount(), 0);
    QCOMPARE(indexRowCount(), 0);
}

void TestCredentialService::indexFailureTakesANewSecretBack()
{
    CredentialService &credentials = service();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_insert BEFORE INSERT ON secret_refs "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));

    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    auto set = watch(credentials.set(key, m_acmeVapiSecret));
    SB_AWAIT(set);
    SB_COMPARE_NAMES(set->error.kind, SecretError::Kind::Other);
    QVERIFY2(set->error.message.contains(QStringLiteral("could not record")),
            qPrintable(set->error.message));
    QVERIFY2(set->error.message.contains(QStringLiteral("taken out of the keychain again")),
            qPrintable(set->error.message));
    // A keychain entry that no index lists could never be wiped: it was removed again.
    QTRY_VERIFY(!m_store->contains(key));
}

void TestCredentialService::indexFailureOnRotationKeepsTheNewValue()
{
    CredentialService &credentials = service();
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    SB_AWAIT(watch(credentials.set(key, QStringLiteral("old"))));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON secret_refs "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    auto set = watch(credentials.set(key, QStringLiteral("new")));
    SB_AWAIT(set);
    QVERIFY2(set->error.message.contains(QStringLiteral("The keychain holds the new value")),
            qPrintable(set->error.message));
    auto read = watch(credentials.read(key));
    SB_AWAIT(read);
    QCOMPARE(read->value, u"new");
}

void TestCredentialService::unreadableIndexTouchesNothing()
{
    CredentialService &credentials = service();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE secret_refs")));
    auto set = watch(credentials.set(
            SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey), m_acmeVapiSecret));
    SB_AWAIT(set);
    QVERIFY2(set->error.message.contains(QStringLiteral("cannot be read")),
            qPrintable(set->error.message));
    QCOMPARE(m_store->operationCount(), 0);
    auto wipe = watch(credentials.wipeOrganization(m_acme));
    SB_AWAIT(wipe);
    QVERIFY2(wipe->error.message.contains(QStringLiteral("nothing was removed")),
            qPrintable(wipe->error.message));
    QCOMPARE(m_store->operationCount(), 0);
}

void TestCredentialService::readMissingSaysWhatToDo_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("indexed");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("organization") << "org/1/vapi/api-key" << false
                                  << "Set it in the organization's credentials";
    QTest::newRow("workspace") << "workspace/vapi/api-key" << false << "SWITCHBOARD_VAPI_API_KEY";
    QTest::newRow("workspace twilio secret")
            << "workspace/twilio/api-key-secret" << false << "TWILIO_API_SECRET";
    QTest::newRow("indexed elsewhere")
            << "org/1/twilio/auth-token" << true << "this computer's keychain has no entry";
}

void TestCredentialService::readMissingSaysWhatToDo()
{
    QFETCH(QString, key);
    QFETCH(bool, indexed);
    QFETCH(QString, phrase);

    const SecretKey secretKey = SecretKey::parse(key);
    if (indexed)
        QVERIFY(m_index->record(secretKey, QDateTime::currentDateTimeUtc()));
    auto read = watch(service().read(secretKey));
    SB_AWAIT(read);
    SB_COMPARE_NAMES(read->error.kind, SecretError::Kind::NotFound);
    QVERIFY2(read->error.message.contains(phrase), qPrintable(read->error.message));
    QVERIFY(read->value.isEmpty());
}

void TestCredentialService::environmentIsReportedAndNeverCopied()
{
    CredentialService &credentials = service(environmentOf({
            {"SWITCHBOARD_VAPI_API_KEY", "env-vapi-key-1234\n"},
            {"TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef"},
            {"TWILIO_AUTH_TOKEN", "env-twilio-token"},
    }));
    const SecretKey vapi = SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey twilio = SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::AuthToken);

    auto read = watch(credentials.read(vapi));
    SB_AWAIT(read);
    QVERIFY(!read->error);
    QCOMPARE(read->value, u"env-vapi-key-1234");
    SB_COMPARE_NAMES(read->source, SecretSource::Environment);
    auto token = watch(credentials.read(twilio));
    SB_AWAIT(token);
    QCOMPARE(token->value, u"env-twilio-token");

    const SecretStatus status = credentials.status(vapi);
    SB_COMPARE_NAMES(status.source, SecretSource::Environment);
    QCOMPARE(status.environmentVariable, u"SWITCHBOARD_VAPI_API_KEY");
    QVERIFY(!status.inKeychain);
    QVERIFY(!status.isKeychainShadowed());

    // Nothing reached the keychain or the index.
    QCOMPARE(m_store->operationCount(), 0);
    QCOMPARE(m_store->size(), 0);
    QCOMPARE(indexRowCount(), 0);
    // And the keychain's availability is still unknown: it was never asked.
    QCOMPARE(int(credentials.availability().state), int(KeychainAvailability::State::Unknown));
}

void TestCredentialService::environmentShadowsTheKeychain()
{
    const SecretKey vapi = SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey);
    {
        CredentialService &plain = service();
        SB_AWAIT(watch(plain.set(vapi, QStringLiteral("keychain-value"))));
    }
    CredentialService &credentials
            = service(environmentOf({{"SWITCHBOARD_VAPI_API_KEY", "env-value"}}));
    auto read = watch(credentials.read(vapi));
    SB_AWAIT(read);
    QCOMPARE(read->value, u"env-value");
    const SecretStatus status = credentials.status(vapi);
    SB_COMPARE_NAMES(status.source, SecretSource::Environment);
    QVERIFY(status.isKeychainShadowed());

    // A blank variable is unset: the keychain answers.
    CredentialService &blank = service(environmentOf({{"SWITCHBOARD_VAPI_API_KEY", "  "}}));
    auto fromKeychain = watch(blank.read(vapi));
    SB_AWAIT(fromKeychain);
    QCOMPARE(fromKeychain->value, u"keychain-value");
    SB_COMPARE_NAMES(fromKeychain->source, SecretSource::Keychain);
}

void TestCredentialService::environmentNeverServesAnOrganization()
{
    CredentialService &credentials = service(environmentOf({
            {"SWITCHBOARD_VAPI_API_KEY", "env-vapi-key"},
            {"TWILIO_AUTH_TOKEN", "env-twilio-token"},
    }));
    for (const SecretKey &key : SecretKey::allForOrganization(m_acme)) {
        auto read = watch(credentials.read(key));
        SB_AWAIT(read);
        SB_COMPARE_NAMES(read->error.kind, SecretError::Kind::NotFound);
        QVERIFY(read->value.isEmpty());
        SB_COMPARE_NAMES(credentials.status(key).source, SecretSource::NotSet);
    }
}

void TestCredentialService::importFromEnvironmentOnlyWhenAsked()
{
    CredentialService &credentials
            = service(environmentOf({{"SWITCHBOARD_VAPI_API_KEY", "env-vapi-key"}}));
    const SecretKey vapi = SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey);
    auto imported = watch(credentials.importFromEnvironment(vapi));
    SB_AWAIT(imported);
    QVERIFY2(!imported->error, qPrintable(imported->error.message));
    QVERIFY(m_store->contains(vapi));
    QVERIFY(credentials.status(vapi).isKeychainShadowed());

    auto missing = watch(credentials.importFromEnvironment(
            SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::AuthToken)));
    SB_AWAIT(missing);
    QVERIFY2(missing->error.message.contains(QStringLiteral("TWILIO_AUTH_TOKEN is not set")),
            qPrintable(missing->error.message));
    auto organization = watch(credentials.importFromEnvironment(
            SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey)));
    SB_AWAIT(organization);
    QVERIFY2(organization->error.message.contains(
                     QStringLiteral("cannot come from the environment")),
            qPrintable(organization->error.message));
    QCOMPARE(m_store->size(), 1);
}

void TestCredentialService::removeForgetsTheName()
{
    CredentialService &credentials = service();
    QSignalSpy changed(&credentials, &CredentialService::secretChanged);
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    SB_AWAIT(watch(credentials.set(key, m_acmeVapiSecret)));
    auto removed = watch(credentials.remove(key));
    SB_AWAIT(removed);
    QVERIFY(!removed->error);
    QVERIFY(!m_store->contains(key));
    QVERIFY(!m_index->find(key));
    SB_COMPARE_NAMES(credentials.status(key).source, SecretSource::NotSet);
    QCOMPARE(changed.count(), 2);
}

void TestCredentialService::removeKeepsTheNameWhenTheKeychainFails()
{
    CredentialService &credentials = service();
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    SB_AWAIT(watch(credentials.set(key, m_acmeVapiSecret)));
    m_store->setFailure(SecretError::Kind::Denied);
    auto removed = watch(credentials.remove(key));
    SB_AWAIT(removed);
    SB_COMPARE_NAMES(removed->error.kind, SecretError::Kind::Denied);
    QVERIFY(m_index->find(key));
    QVERIFY(m_store->contains(key));
}

void TestCredentialService::wipeRemovesEverySecretOfOneOrganization()
{
    CredentialService &credentials = service();
    QSignalSpy wiped(&credentials, &CredentialService::organizationWiped);
    const SecretKey zetaVapi
            = SecretKey::forOrganization(m_zeta, SecretApi::Vapi, SecretPurpose::ApiKey);
    for (const SecretKey &key : SecretKey::allForOrganization(m_acme))
        SB_AWAIT(watch(credentials.set(key, QStringLiteral("acme-") + key.toString())));
    SB_AWAIT(watch(credentials.set(zetaVapi, QStringLiteral("zeta-value"))));
    const SecretKey workspace = SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey);
    SB_AWAIT(watch(credentials.set(workspace, QStringLiteral("workspace-value"))));
    // An entry the index lost (say, to the database's cascade): the wipe finds it anyway.
    const SecretKey orphan
            = SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::AuthToken);
    QVERIFY(m_index->forget(orphan));
    QVERIFY(m_store->contains(orphan));
    QCOMPARE(m_store->size(), 5);

    auto wipe = watch(credentials.wipeOrganization(m_acme));
    SB_AWAIT(wipe);
    QVERIFY2(!wipe->error, qPrintable(wipe->error.message));
    for (const SecretKey &key : SecretKey::allForOrganization(m_acme))
        QVERIFY2(!m_store->contains(key), qPrintable(key.toString()));
    QVERIFY(m_index->forOrganization(m_acme).isEmpty());
    QCOMPARE(wiped.count(), 1);
    QCOMPARE(wiped.at(0).at(0).toLongLong(), m_acme);

    // The other organization and the workspace keep theirs.
    QCOMPARE(m_store->size(), 2);
    auto zeta = watch(credentials.read(zetaVapi));
    SB_AWAIT(zeta);
    QCOMPARE(zeta->value, u"zeta-value");
    QVERIFY(m_index->find(zetaVapi));
    QVERIFY(m_index->find(workspace));

    // Then the organization itself can go.
    OrganizationStore organizations(*m_db);
    QVERIFY(organizations.remove(m_acme));
}

void TestCredentialService::wipeKeepsTheNamesWhenTheKeychainFails()
{
    CredentialService &credentials = service();
    QSignalSpy wiped(&credentials, &CredentialService::organizationWiped);
    for (const SecretKey &key : SecretKey::allForOrganization(m_acme))
        SB_AWAIT(watch(credentials.set(key, QStringLiteral("value"))));
    m_store->setFailure(SecretError::Kind::Unavailable, QStringLiteral("no Secret Service"));

    auto wipe = watch(credentials.wipeOrganization(m_acme));
    SB_AWAIT(wipe);
    SB_COMPARE_NAMES(wipe->error.kind, SecretError::Kind::Unavailable);
    QVERIFY2(wipe->error.message.contains(QStringLiteral("3 secret(s) of organization")),
            qPrintable(wipe->error.message));
    QVERIFY2(wipe->error.message.contains(QStringLiteral("cannot be used")),
            qPrintable(wipe->error.message));
    QCOMPARE(m_index->forOrganization(m_acme).size(), 3);
    QCOMPARE(m_store->size(), 3);
    QCOMPARE(wiped.count(), 0);

    m_store->clearFailure();
    auto retry = watch(credentials.wipeOrganization(m_acme));
    SB_AWAIT(retry);
    QVERIFY(!retry->error);
    QCOMPARE(m_store->size(), 0);
    QCOMPARE(indexRowCount(), 0);
}

void TestCredentialService::unavailableKeychainStoresNothingAndIsSaidOnce()
{
    CredentialService &credentials = service();
    QSignalSpy availability(&credentials, &CredentialService::availabilityChanged);
    m_store->setFailure(SecretError::Kind::Unavailable,
            QStringLiteral("The name org.freedesktop.secrets was not provided"));
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);

    auto set = watch(credentials.set(key, m_acmeVapiSecret));
    auto read = watch(credentials.read(key));
    SB_AWAIT(set);
    SB_AWAIT(read);
    SB_COMPARE_NAMES(set->error.kind, SecretError::Kind::Unavailable);
    SB_COMPARE_NAMES(read->error.kind, SecretError::Kind::Unavailable);
    QVERIFY2(set->error.message.contains(QStringLiteral("Nothing was saved anywhere else")),
            qPrintable(set->error.message));
    QVERIFY2(set->error.message.contains(QStringLiteral("Secret Service")),
            qPrintable(set->error.message));
    QCOMPARE(m_store->size(), 0);
    QCOMPARE(indexRowCount(), 0);

    QCOMPARE(availability.count(), 1);
    QVERIFY(credentials.availability().isUnavailable());
    QCOMPARE(credentials.availability().message, set->error.message);

    // Back again: said once more, as available.
    m_store->clearFailure();
    SB_AWAIT(watch(credentials.set(key, m_acmeVapiSecret)));
    QCOMPARE(availability.count(), 2);
    QCOMPARE(int(credentials.availability().state), int(KeychainAvailability::State::Available));
}

void TestCredentialService::probeReportsAvailability()
{
    CredentialService &credentials = service();
    QSignalSpy availability(&credentials, &CredentialService::availabilityChanged);
    auto probe = watch(credentials.probe());
    SB_AWAIT(probe);
    QVERIFY(!probe->error);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(int(credentials.availability().state), int(KeychainAvailability::State::Available));
    QCOMPARE(m_store->operationCount(), 3); // write, read back, delete
    QCOMPARE(m_store->size(), 0);
    QCOMPARE(indexRowCount(), 0);
}

void TestCredentialService::probeReportsUnavailability()
{
    CredentialService &credentials = service();
    QSignalSpy availability(&credentials, &CredentialService::availabilityChanged);
    m_store->setFailure(SecretError::Kind::Unavailable, QStringLiteral("Could not connect"));
    auto probe = watch(credentials.probe());
    SB_AWAIT(probe);
    SB_COMPARE_NAMES(probe->error.kind, SecretError::Kind::Unavailable);
    QCOMPARE(availability.count(), 1);
    const KeychainAvailability state = availability.at(0).at(0).value<KeychainAvailability>();
    QVERIFY(state.isUnavailable());
    QVERIFY2(state.message.contains(QStringLiteral("The keychain cannot be used")),
            qPrintable(state.message));
    QVERIFY2(
            state.message.contains(QStringLiteral("Could not connect")), qPrintable(state.message));
    QCOMPARE(m_store->operationCount(), 1); // stopped at the first error
}

void TestCredentialService::jobsFinishOnceWhenTheServiceDiesFirst()
{
    service();
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    auto set = watch(m_service->set(key, m_acmeVapiSecret));
    auto wipe = watch(m_service->wipeOrganization(m_acme));
    auto probe = watch(m_service->probe());
    m_service.reset();
    for (const auto &outcome : {set, wipe, probe}) {
        SB_AWAIT(outcome);
        SB_COMPARE_NAMES(outcome->error.kind, SecretError::Kind::Other);
        QVERIFY2(outcome->error.message.contains(QStringLiteral("stopped")),
                qPrintable(outcome->error.message));
    }
    QTest::qWait(20); // the store's own jobs still come back, to nobody
}

void TestCredentialService::jobsFinishOnceWhenTheContextDiesFirst()
{
    CredentialService &credentials = service();
    const SecretKey key
            = SecretKey::forOrganization(m_acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    auto *context = new QObject;
    int callbacks = 0;
    SecretJob *job = credentials.set(key, m_acmeVapiSecret);
    job->then(context, [&callbacks](SecretJob *) { ++callbacks; });
    auto outcome = watch(job);
    delete context;
    SB_AWAIT(outcome);
    QVERIFY(!outcome->error);
    QCOMPARE(callbacks, 0);
    QVERIFY(m_index->find(key)); // the work was done all the same
}

void TestCredentialService::organizationStatusListsEveryCredential()
{
    CredentialService &credentials = service();
    const SecretKey token
            = SecretKey::forOrganization(m_acme, SecretApi::Twilio, SecretPurpose::AuthToken);
    SB_AWAIT(watch(credentials.set(token, QStringLiteral("t"))));
    const QList<SecretStatus> statuses = credentials.organizationStatus(m_acme);
    QCOMPARE(statuses.size(), 3);
    for (const SecretStatus &status : statuses) {
        SB_COMPARE_NAMES(
                status.source, status.key == token ? SecretSource::Keychain : SecretSource::NotSet);
        QCOMPARE(status.updatedAt.isValid(), status.key == token);
    }
    QCOMPARE(credentials.workspaceStatus().size(), 4);
}

QTEST_GUILESS_MAIN(TestCredentialService)
#include "TestCredentialService.moc"
