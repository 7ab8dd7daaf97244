// SPDX-License-Identifier: Apache-2.0
// The views' picture of the workspace (SnapshotCache): read on a thread of its own through a
// connection of its own, part by part as the stores change, so the console's thread never reads
// the database; on both back-ends.
#include "TestSupport.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/SqlTransaction.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"
#include "core/workspace/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestSnapshotCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryPartAwayFromTheCallersThread();
    void aStoreChangeReadsOnlyItsPartAgain();
    void changesDuringAReadAreReadOnceAfterIt();
    void aWorkspaceThatCannotBeOpenedIsSaidSo();
    void aFailedPartKeepsWhatItShowed();
    void aWriteRunsOnTheStorageThreadAndIsAnnounced();
    void writesRunInOrderAndAnswerOnce();
    void aWriteThatFailsIsSaidAndChangesNothing();
    void aClosedCallerGetsNoAnswer();

private:
    std::unique_ptr<SnapshotCache> asyncCache(WorkspaceDatabaseOpener opener = {});
    static SnapshotParts partsOf(const QSignalSpy &spy, int index)
    {
        return spy.at(index).at(0).value<SnapshotParts>();
    }

    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSnapshotCache::init()
{
    m_temp = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    Workspace::Options options;
    options.secrets = SecretBackend::Memory;
    m_workspace = std::make_unique<Workspace>(m_temp->database(), options);

    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    VapiAccount vapi;
    vapi.label = QStringLiteral("Agency");
    QVERIFY(m_workspace->accounts().saveVapiAccount(vapi));
    TwilioAccount twilio;
    twilio.label = QStringLiteral("Agency Twilio");
    twilio.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(m_workspace->accounts().saveTwilioAccount(twilio));
    QVERIFY(m_workspace->settings().setTwilioNumberMonthlyPrice(2.25));
}

void TestSnapshotCache::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

std::unique_ptr<SnapshotCache> TestSnapshotCache::asyncCache(WorkspaceDatabaseOpener opener)
{
    if (!opener) {
        Test::TempWorkspace *temp = m_temp.get();
        opener = [temp](DatabaseError *error) { return temp->openAnother(error); };
    }
    return std::make_unique<SnapshotCache>(m_workspace->stores(), std::move(opener));
}

void TestSnapshotCache::readsEveryPartAwayFromTheCallersThread()
{
    auto cache = asyncCache();
    QSignalSpy changed(cache.get(), &SnapshotCache::changed);
    QVERIFY(!cache->isLoaded());
    cache->reload();
    // Nothing was read in the call: the caller's thread goes on at once.
    QVERIFY(cache->isLoading());
    QVERIFY(cache->snapshot().organizations.isEmpty());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(partsOf(changed, 0), AllSnapshotParts);
    QVERIFY(cache->isLoaded());
    const WorkspaceSnapshot &snapshot = cache->snapshot();
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.organizations.size(), 1);
    QCOMPARE(snapshot.organizationName(snapshot.organizations.at(0).id), QStringLiteral("Acme"));
    QVERIFY(snapshot.workspaceVapiAccount().has_value());
    // Acme has no account of its own: the workspace's serves it.
    QCOMPARE(snapshot.vapiAccountServing(snapshot.organizations.at(0).id)->label,
            QStringLiteral("Agency"));
    QCOMPARE(snapshot.twilioAccountOf(0)->label, QStringLiteral("Agency Twilio"));
    QCOMPARE(snapshot.twilioNumberMonthlyPrice, 2.25);
}

void TestSnapshotCache::aStoreChangeReadsOnlyItsPartAgain()
{
    auto cache = asyncCache();
    QSignalSpy changed(cache.get(), &SnapshotCache::changed);
    cache->reload();
    QTRY_VERIFY(cache->isLoaded());
    changed.clear();

    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(m_workspace->organizations().add(zeta));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(partsOf(changed, 0), SnapshotParts(SnapshotPart::Organizations));
    QCOMPARE(cache->snapshot().organizations.size(), 2);

    // A Twilio account's pool is listed with it: both are read again.
    TwilioAccount own;
    own.organizationId = zeta.id;
    own.label = QStringLiteral("Zeta Twilio");
    own.accountSid = QStringLiteral("AC22222222222222222222222222222222");
    QVERIFY(m_workspace->accounts().saveTwilioAccount(own));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(partsOf(changed, 1), SnapshotPart::Accounts | SnapshotPart::Pool);
    QCOMPARE(cache->snapshot().twilioAccountOf(zeta.id)->label, QStringLiteral("Zeta Twilio"));
}

void TestSnapshotCache::changesDuringAReadAreReadOnceAfterIt()
{
    auto cache = asyncCache();
    QSignalSpy changed(cache.get(), &SnapshotCache::changed);
    cache->reload();
    for (int i = 0; i < 5; ++i) {
        Organization organization = Test::makeOrganization(
                QStringLiteral("org-%1").arg(i), QStringLiteral("Org %1").arg(i));
        QVERIFY(m_workspace->organizations().add(organization));
    }
    QTRY_VERIFY(!cache->isLoading());
    // The first read, then one more for everything that changed while it ran.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(cache->snapshot().organizations.size(), 6);
}

void TestSnapshotCache::aWorkspaceThatCannotBeOpenedIsSaidSo()
{
    auto cache = asyncCache([](DatabaseError *error) {
        error->kind = DatabaseError::Kind::CannotOpen;
        error->message = QStringLiteral("The team server does not answer.");
        return std::unique_ptr<WorkspaceDatabase>();
    });
    QSignalSpy changed(cache.get(), &SnapshotCache::changed);
    cache->reload();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(cache->isLoaded()); // tried: the views stop waiting and show why
    QCOMPARE(cache->snapshot().failedParts, AllSnapshotParts);
    QCOMPARE(cache->snapshot().error, QStringLiteral("The team server does not answer."));
    QVERIFY(cache->snapshot().organizations.isEmpty());
}

void TestSnapshotCache::aFailedPartKeepsWhatItShowed()
{
    // What a view showed stays while a part cannot be read; the error says why it may be old.
    WorkspaceSnapshot shown;
    shown.organizations << Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    shown.twilioNumberMonthlyPrice = 1.15;
    WorkspaceSnapshot newer;
    newer.failedParts = SnapshotPart::Organizations;
    newer.error = QStringLiteral("lost connection");
    newer.twilioNumberMonthlyPrice = 2.0;
    shown.merge(newer, SnapshotPart::Organizations | SnapshotPart::Settings);
    QCOMPARE(shown.organizations.size(), 1);
    QCOMPARE(shown.twilioNumberMonthlyPrice, 2.0);
    QCOMPARE(shown.failedParts, SnapshotParts(SnapshotPart::Organizations));
    QCOMPARE(shown.error, QStringLiteral("lost connection"));

    // Read again without trouble: the error goes.
    WorkspaceSnapshot recovered;
    shown.merge(recovered, SnapshotPart::Organizations);
    QVERIFY(shown.organizations.isEmpty());
    QVERIFY(!shown.failedParts);
    QVERIFY(shown.error.isEmpty());
}

// A write job runs on the storage thread, with that thread's stores; the console's stores then
// announce the change, so the views read it again, and the caller hears the result once.
void TestSnapshotCache::aWriteRunsOnTheStorageThreadAndIsAnnounced()
{
    auto cache = asyncCache();
    cache->reload();
    QTRY_VERIFY(cache->isLoaded());
    QSignalSpy announced(&m_workspace->organizations(), &OrganizationStore::changed);
    QSignalSpy changed(cache.get(), &SnapshotCache::changed);

    QThread *caller = QThread::currentThread();
    QThread *ranOn = nullptr;
    OrganizationStore *usedStore = nullptr;
    std::optional<WriteResult> answer;
    int answers = 0;
    QObject context;
    cache->write(
            [&ranOn, &usedStore](const WorkspaceStores &stores) {
                ranOn = QThread::currentThread();
                usedStore = stores.organizations;
                Organization zeta
                        = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
                return stores.organizations->add(zeta);
            },
            &context,
            [&](const WriteResult &result) {
                answer = result;
                ++answers;
            });
    QCOMPARE(answers, 0); // never inside the call
    QTRY_COMPARE(answers, 1);
    QVERIFY2(answer->ok(), qPrintable(answer->message()));
    QVERIFY(ranOn != caller);
    QVERIFY(usedStore != &m_workspace->organizations());
    QCOMPARE(announced.count(), 1);
    QTRY_VERIFY(!cache->isLoading());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cache->snapshot().organizations.size(), 2);
    // The console's own connection sees it too.
    QVERIFY(m_workspace->organizations().findBySlug(QStringLiteral("zeta")));
    QTest::qWait(20);
    QCOMPARE(answers, 1);
    QCOMPARE(cache->writesInFlight(), 0);
}

void TestSnapshotCache::writesRunInOrderAndAnswerOnce()
{
    auto cache = asyncCache();
    QObject context;
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        const QString slug = QStringLiteral("org-%1").arg(i);
        cache->write(
                [slug](const WorkspaceStores &stores) {
                    Organization o = Test::makeOrganization(slug, slug);
                    return stores.organizations->add(o);
                },
                &context,
                [&order, slug](const WriteResult &result) {
                    QVERIFY(result.ok());
                    order << slug;
                });
    }
    QCOMPARE(cache->writesInFlight(), 5);
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order,
            QStringList({QStringLiteral("org-0"), QStringLiteral("org-1"), QStringLiteral("org-2"),
                    QStringLiteral("org-3"), QStringLiteral("org-4")}));
    QCOMPARE(cache->writesInFlight(), 0);
}

void TestSnapshotCache::aWriteThatFailsIsSaidAndChangesNothing()
{
    auto cache = asyncCache();
    QObject context;
    std::optional<WriteResult> answer;
    // A transaction that writes, then meets a refusal: rolled back, nothing announced.
    QSignalSpy announced(&m_workspace->organizations(), &OrganizationStore::changed);
    cache->write(
            [](const WorkspaceStores &stores) {
                SqlTransaction transaction(*stores.database);
                if (!transaction.isOpen())
                    return WriteResult::failed(transaction.error());
                Organization first
                        = Test::makeOrganization(QStringLiteral("first"), QStringLiteral("First"));
                if (WriteResult added = stores.organizations->add(first); !added)
                    return added;
                Organization again = Test::makeOrganization(
                        QStringLiteral("acme"), QStringLiteral("Acme again"));
                if (WriteResult added = stores.organizations->add(again); !added)
                    return added;
                return transaction.commit() ? WriteResult::done()
                                            : WriteResult::failed(transaction.error());
            },
            &context, [&answer](const WriteResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->kind() == WriteResult::Kind::Refused);
    QCOMPARE(answer->field(), QStringLiteral("slug"));
    QVERIFY(!m_workspace->organizations().findBySlug(QStringLiteral("first")));
    // The store said it changed before the rollback: announcing it only reads again.
    QVERIFY(announced.count() <= 1);

    // A storage thread that cannot reach the workspace answers Failed, with why.
    auto unreachable = asyncCache([](DatabaseError *error) {
        error->kind = DatabaseError::Kind::CannotOpen;
        error->message = QStringLiteral("The team server does not answer.");
        return std::unique_ptr<WorkspaceDatabase>();
    });
    answer.reset();
    unreachable->write([](const WorkspaceStores &) { return WriteResult::done(); }, &context,
            [&answer](const WriteResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->kind() == WriteResult::Kind::Failed);
    QCOMPARE(answer->message(), QStringLiteral("The team server does not answer."));
}

void TestSnapshotCache::aClosedCallerGetsNoAnswer()
{
    auto cache = asyncCache();
    int answers = 0;
    {
        QObject dialog;
        cache->write(
                [](const WorkspaceStores &stores) {
                    Organization o = Test::makeOrganization(
                            QStringLiteral("late"), QStringLiteral("Late"));
                    return stores.organizations->add(o);
                },
                &dialog, [&answers](const WriteResult &) { ++answers; });
    }
    QTRY_COMPARE(cache->writesInFlight(), 0);
    QCOMPARE(answers, 0);
    // The write itself was done: a closed dialog does not undo what it asked for.
    QVERIFY(m_workspace->organizations().findBySlug(QStringLiteral("late")));
}

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "TestSnapshotCache.moc"
