// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"

#include "SecretTestSupport.h"

#include <QTest>

using namespace Switchboard;
using Switchboard::Test::watch;

// The SecretStore contract, proven of the in-memory store that the other unit tests rely on.
class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatWasWritten();
    void writeReplaces();
    void readOfMissingIsNotFound();
    void removeIsIdempotent();
    void invalidKeyFailsWithoutTouchingTheStore();
    void overlongValueFailsSayingWhatToDo();
    void keyCarriesTheServiceNameOnlyOnWindows();
    void neverFinishesSynchronously();
    void finishesOnceWhenTheContextDiesFirst();
    void finishesWhenTheStoreDiesFirst();
    void failsAsToldAndChangesNothing_data();
    void failsAsToldAndChangesNothing();

private:
    const SecretKey m_acme = SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey m_zeta = SecretKey::forOrganization(2, SecretApi::Vapi, SecretPurpose::ApiKey);
};

void TestMemorySecretStore::readsWhatWasWritten()
{
    MemorySecretStore store;
    auto written = watch(store.write(m_acme, QStringLiteral("acme-secret")));
    SB_AWAIT(written);
    QVERIFY(!written->error);

    auto read = watch(store.read(m_acme));
    SB_AWAIT(read);
    QVERIFY(!read->error);
    QCOMPARE(read->value, u"acme-secret");
    SB_COMPARE_NAMES(read->source, SecretSource::Keychain);

    auto other = watch(store.read(m_zeta));
    SB_AWAIT(other);
    SB_COMPARE_NAMES(other->error.kind, SecretError::Kind::NotFound);
    QVERIFY(other->value.isEmpty());
}

void TestMemorySecretStore::writeReplaces()
{
    MemorySecretStore store;
    SB_AWAIT(watch(store.write(m_acme, QStringLiteral("old"))));
    SB_AWAIT(watch(store.write(m_acme, QStringLiteral("new"))));
    auto read = watch(store.read(m_acme));
    SB_AWAIT(read);
    QCOMPARE(read->value, u"new");
    QCOMPARE(store.size(), 1);
}

void TestMemorySecretStore::readOfMissingIsNotFound()
{
    MemorySecretStore store;
    auto read = watch(store.read(m_acme));
    SB_AWAIT(read);
    SB_COMPARE_NAMES(read->error.kind, SecretError::Kind::NotFound);
    QVERIFY2(read->error.message.contains(QStringLiteral("organization 1")),
            qPrintable(read->error.message));
}

void TestMemorySecretStore::removeIsIdempotent()
{
    MemorySecretStore store;
    SB_AWAIT(watch(store.write(m_acme, QStringLiteral("x"))));
    auto first = watch(store.remove(m_acme));
    SB_AWAIT(first);
    QVERIFY(!first->error);
    QVERIFY(!store.contains(m_acme));
    auto second = watch(store.remove(m_acme));
    SB_AWAIT(second);
    QVERIFY(!second->error);
}

void TestMemorySecretStore::invalidKeyFailsWithoutTouchingTheStore()
{
    MemorySecretStore store;
    auto write = watch(store.write(SecretKey(), QStringLiteral("x")));
    SB_AWAIT(write);
    SB_COMPARE_NAMES(write->error.kind, SecretError::Kind::Other);
    QCOMPARE(store.operationCount(), 0);
    QCOMPARE(store.size(), 0);
}

// Windows Credential Manager keeps at most 2560 bytes a secret, and QtKeychain stores text as
// UTF-8; the limit holds on every system, so that a workspace's secrets fit wherever it is used.
void TestMemorySecretStore::overlongValueFailsSayingWhatToDo()
{
    MemorySecretStore store;
    QCOMPARE(SecretStore::MaxValueBytes, 2560);
    const QString longest(SecretStore::MaxValueBytes, u'x');
    auto fits = watch(store.write(m_acme, longest));
    SB_AWAIT(fits);
    QVERIFY2(!fits->error, qPrintable(fits->error.message));

    // 1281 two-byte letters: 1281 characters, 2562 bytes as UTF-8.
    const QString tooLong(SecretStore::MaxValueBytes / 2 + 1, QChar(0x00e4));
    auto refused = watch(store.write(m_zeta, tooLong));
    SB_AWAIT(refused);
    SB_COMPARE_NAMES(refused->error.kind, SecretError::Kind::Other);
    const QString message = refused->error.message;
    for (const QString &part : {QStringLiteral("organization 2"), QStringLiteral("2562 bytes"),
                 QStringLiteral("2560"), QStringLiteral("Windows Credential Manager"),
                 QStringLiteral("copy only the secret")})
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY(!message.contains(QChar(0x00e4))); // never the value
    QVERIFY(!store.contains(m_zeta));
    QCOMPARE(store.operationCount(), 1); // the refused write never reached the store
    auto kept = watch(store.read(m_acme));
    SB_AWAIT(kept);
    QCOMPARE(kept->value, longest);
}

// QtKeychain files a Windows Credential Manager entry under its key alone, so there the key
// names the workspace's service as well; elsewhere the service is a field of its own.
void TestMemorySecretStore::keyCarriesTheServiceNameOnlyOnWindows()
{
    const QString service = KeychainSecretStore::serviceNameFor(QStringLiteral("ws-1"));
    QCOMPARE(KeychainSecretStore::entryKey(service, m_acme, true),
            service + u'/' + m_acme.toString());
    QCOMPARE(KeychainSecretStore::entryKey(service, m_acme, false), m_acme.toString());
    QVERIFY(KeychainSecretStore::entryKey(
                    KeychainSecretStore::serviceNameFor(QStringLiteral("a")), m_acme, true)
            != KeychainSecretStore::entryKey(
                    KeychainSecretStore::serviceNameFor(QStringLiteral("b")), m_acme, true));
#if defined(Q_OS_WIN)
    QVERIFY(KeychainKeyCarriesServiceName);
#else
    QVERIFY(!KeychainKeyCarriesServiceName);
    QCOMPARE(KeychainSecretStore::entryKey(service, m_acme), m_acme.toString()); // unchanged
#endif
}

void TestMemorySecretStore::neverFinishesSynchronously()
{
    MemorySecretStore store;
    SecretJob *job = store.write(m_acme, QStringLiteral("x"));
    QVERIFY(!job->isFinished());
    auto outcome = watch(job);
    QCOMPARE(outcome->count, 0);
    SB_AWAIT(outcome);
}

void TestMemorySecretStore::finishesOnceWhenTheContextDiesFirst()
{
    MemorySecretStore store;
    auto *context = new QObject;
    int callbacks = 0;
    SecretJob *job = store.write(m_acme, QStringLiteral("x"));
    job->then(context, [&callbacks](SecretJob *) { ++callbacks; });
    auto outcome = watch(job);
    delete context;
    SB_AWAIT(outcome);
    QCOMPARE(callbacks, 0);
    QVERIFY(store.contains(m_acme));
}

void TestMemorySecretStore::finishesWhenTheStoreDiesFirst()
{
    auto store = std::make_unique<MemorySecretStore>();
    auto outcome = watch(store->write(m_acme, QStringLiteral("x")));
    store.reset();
    SB_AWAIT(outcome);
    QVERIFY(!outcome->error);
}

void TestMemorySecretStore::failsAsToldAndChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unavailable") << int(SecretError::Kind::Unavailable) << "cannot be used";
    QTest::newRow("denied") << int(SecretError::Kind::Denied) << "was refused";
    QTest::newRow("other") << int(SecretError::Kind::Other) << "broken";
}

void TestMemorySecretStore::failsAsToldAndChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, phrase);

    MemorySecretStore store;
    SB_AWAIT(watch(store.write(m_acme, QStringLiteral("kept"))));
    store.setFailure(SecretError::Kind(kind), QStringLiteral("broken"));

    auto write = watch(store.write(m_acme, QStringLiteral("replacement")));
    auto remove = watch(store.remove(m_acme));
    auto read = watch(store.read(m_acme));
    SB_AWAIT(write);
    SB_AWAIT(remove);
    SB_AWAIT(read);
    for (const auto &outcome : {write, remove, read}) {
        SB_COMPARE_NAMES(outcome->error.kind, SecretError::Kind(kind));
        QVERIFY2(outcome->error.message.contains(phrase), qPrintable(outcome->error.message));
    }
    QVERIFY(read->value.isEmpty());

    store.clearFailure();
    auto after = watch(store.read(m_acme));
    SB_AWAIT(after);
    QCOMPARE(after->value, u"kept");
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
