// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "gui/models/OrganizationListModel.h"

#include "GuiWorld.h"
#include "TestSupport.h"
#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestOrganizationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstRowIsAllOrganizations();
    void followsTheStore();
    void badgesShowStageAndUsage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
};

void TestOrganizationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DatabaseError error;
    m_db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(m_db, qPrintable(error.message));
}

void TestOrganizationListModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestOrganizationListModel::firstRowIsAllOrganizations()
{
    OrganizationStore store(*m_db);
    WorkspaceStores stores;
    stores.organizations = &store;
    SnapshotCache snapshots(stores);
    snapshots.reload();
    OrganizationListModel model(snapshots);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All organizations"));
    QCOMPARE(model.index(0).data(OrganizationListModel::OrganizationIdRole).toLongLong(), 0);
    QCOMPARE(model.organizationCount(), 0);
}

void TestOrganizationListModel::followsTheStore()
{
    OrganizationStore store(*m_db);
    WorkspaceStores stores;
    stores.organizations = &store;
    SnapshotCache snapshots(stores);
    snapshots.reload();
    OrganizationListModel model(snapshots);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Organization zeta
            = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta Clinics"));
    Organization acme
            = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
    QVERIFY(store.add(zeta));
    QVERIFY(store.add(acme));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Acme Dental")); // sorted by name
    QCOMPARE(model.index(1).data(OrganizationListModel::SlugRole).toString(),
            QStringLiteral("acme"));
    QCOMPARE(model.indexOfOrganization(zeta.id).row(), 2);

    QVERIFY(store.remove(acme.id));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOfOrganization(acme.id).isValid());
}

void TestOrganizationListModel::badgesShowStageAndUsage()
{
    Test::GuiWorld world;
    world.populate();
    SnapshotCache snapshots(world.session.stores());
    OrganizationListModel model(snapshots);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No badge before the first snapshot is in, rather than a wrong "0 of 10".
    QCOMPARE(model.rowCount(), 1);
    snapshots.reload();
    QCOMPARE(model.rowCount(), 3);

    // Three free Vapi numbers in the workspace's account (Vapi's documented cap of 5) serve both
    // organizations.
    const QModelIndex acme = model.indexOfOrganization(world.acme.id);
    QCOMPARE(acme.data(OrganizationListModel::UsageTextRole).toString(), QStringLiteral("3/5"));
    QCOMPARE(acme.data(OrganizationListModel::UsageLevelRole).toString(), QStringLiteral("ok"));
    // Acme has a Twilio number already, but its next number is free: the stage says where the
    // next number comes from (found on the console: "Twilio" beside free numbers left).
    QCOMPARE(
            acme.data(OrganizationListModel::StageRole).toString(), QStringLiteral("free-numbers"));
    const QModelIndex zeta = model.indexOfOrganization(world.zeta.id);
    QCOMPARE(
            zeta.data(OrganizationListModel::StageRole).toString(), QStringLiteral("free-numbers"));
    QCOMPARE(zeta.data(OrganizationListModel::StageNameRole).toString(),
            QStringLiteral("Free numbers"));
    QVERIFY(zeta.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3 of 5")));
    QCOMPARE(model.index(0).data(OrganizationListModel::UsageTextRole).toString(),
            QStringLiteral("3/5"));
    // "All organizations" has the workspace account's usage, and no stage: its customers'
    // caps and Twilio accounts differ.
    QVERIFY(model.index(0).data(OrganizationListModel::StageRole).toString().isEmpty());
    QVERIFY(model.index(0).data(OrganizationListModel::StageNameRole).toString().isEmpty());

    // The cap lowered under what is held: the badge follows the account at once.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    VapiAccount account = world.vapi;
    account.freeNumberCap = 3;
    QVERIFY(world.accounts.saveVapiAccount(account));
    QVERIFY(changes.count() >= 1);
    QCOMPARE(acme.data(OrganizationListModel::UsageLevelRole).toString(), QStringLiteral("full"));
    QCOMPARE(zeta.data(OrganizationListModel::StageRole).toString(), QStringLiteral("twilio"));
    // Past the free numbers: Acme's own pool has a spare number; Zeta has only the workspace's
    // Twilio account, with no spare numbers and no buying, so it needs Twilio.
    QCOMPARE(acme.data(OrganizationListModel::StageNameRole).toString(), QStringLiteral("Twilio"));
    QCOMPARE(zeta.data(OrganizationListModel::StageNameRole).toString(),
            QStringLiteral("Needs Twilio"));

    // A spare number put in the workspace's pool serves Zeta: said at once, not after the next
    // refresh (found by the walk: "Needs Twilio" stayed after a pool change in Settings).
    QVERIFY(world.pool.add(
            world.workspaceTwilio.id, {PhoneAddress::fromNumber(QStringLiteral("+14155550190"))}));
    QTRY_COMPARE(
            zeta.data(OrganizationListModel::StageNameRole).toString(), QStringLiteral("Twilio"));
}

QTEST_MAIN(TestOrganizationListModel)
#include "TestOrganizationListModel.moc"
