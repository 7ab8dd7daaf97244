#include "secrets/MemorySecretStore.h"

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
