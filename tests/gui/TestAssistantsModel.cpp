// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/OrganizationFilterModel.h"

#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestAssistantsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEachAssistantsNumber();
    void highlightsAssistantsWithoutANumber();
    void aNumberThatRoutesElsewhereIsNoLongerTheAssistants();
    void showsProvisioningAndTheManualQueue();
    void filtersByOrganization();

private:
    std::unique_ptr<Test::GuiWorld> m_world;
};

void TestAssistantsModel::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
}

void TestAssistantsModel::cleanup()
{
    m_world.reset();
}

void TestAssistantsModel::showsEachAssistantsNumber()
{
    Test::GuiWorld &w = *m_world;
    AssistantsModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex front = model.indexOfAssistant(w.frontDesk.id);
    QCOMPARE(front.siblingAtColumn(AssistantsModel::NameColumn).data().toString(),
            QStringLiteral("Front Desk"));
    QCOMPARE(front.siblingAtColumn(AssistantsModel::NumberColumn).data().toString(),
            QStringLiteral("+1 415-555-2671"));
    QCOMPARE(front.siblingAtColumn(AssistantsModel::OrganizationColumn).data().toString(),
            QStringLiteral("Acme Dental"));
    QCOMPARE(front.data(AssistantsModel::NumberIdRole).toString(), w.frontDeskNumber.id);
    QCOMPARE(model.indexOfAssistant(w.zetaReception.id, AssistantsModel::NumberColumn)
                     .data()
                     .toString(),
            QStringLiteral("+44 20 7946 0958"));
}

void TestAssistantsModel::highlightsAssistantsWithoutANumber()
{
    Test::GuiWorld &w = *m_world;
    AssistantsModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex none = model.indexOfAssistant(w.afterHours.id, AssistantsModel::NumberColumn);
    QCOMPARE(none.data().toString(), QStringLiteral("None"));
    QVERIFY(!none.data(AssistantsModel::HasNumberRole).toBool());
    QVERIFY(none.data(AssistantsModel::NeedsNumberRole).toBool());
    QVERIFY(none.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(none.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(none.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nobody can call it")));
    QCOMPARE(none.siblingAtColumn(AssistantsModel::StatusColumn).data().toString(),
            QStringLiteral("Needs a number"));
    const QModelIndex has = model.indexOfAssistant(w.frontDesk.id, AssistantsModel::NumberColumn);
    QVERIFY(has.data(Qt::ForegroundRole).isNull());
    QVERIFY(!has.data(AssistantsModel::NeedsNumberRole).toBool());
}

// Found on the console: after a number was given to another assistant, the one that had it
// still showed it (its own phoneNumberId was the fallback even for a listed number).
void TestAssistantsModel::aNumberThatRoutesElsewhereIsNoLongerTheAssistants()
{
    Test::GuiWorld &w = *m_world;
    AssistantsModel model(w.snapshots());
    Assistant stale = w.afterHours;
    stale.phoneNumberId = w.frontDeskNumber.id; // the number routes to Front Desk
    QVERIFY(w.directory.upsertAssistant(stale));
    const QModelIndex after
            = model.indexOfAssistant(w.afterHours.id, AssistantsModel::NumberColumn);
    QCOMPARE(after.data().toString(), QStringLiteral("None"));
    QVERIFY(after.data(AssistantsModel::NeedsNumberRole).toBool());
    QCOMPARE(
            model.indexOfAssistant(w.frontDesk.id, AssistantsModel::NumberColumn).data().toString(),
            QStringLiteral("+1 415-555-2671"));

    // A number missing from the last listing still shows by its id: it may be there.
    stale.phoneNumberId = QStringLiteral("not-listed-yet");
    QVERIFY(w.directory.upsertAssistant(stale));
    QCOMPARE(model.indexOfAssistant(w.afterHours.id, AssistantsModel::NumberColumn)
                     .data()
                     .toString(),
            QStringLiteral("not-listed-yet"));
}

void TestAssistantsModel::showsProvisioningAndTheManualQueue()
{
    Test::GuiWorld &w = *m_world;
    AssistantsModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setProvisioning(w.afterHours.id, true);
    QCOMPARE(changes.count(), 1);
    const QModelIndex status
            = model.indexOfAssistant(w.afterHours.id, AssistantsModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Provisioning…"));
    QVERIFY(!status.data(AssistantsModel::NeedsNumberRole).toBool());
    model.setProvisioning(w.afterHours.id, false);
    QCOMPARE(changes.count(), 2);
    QVERIFY(status.data(AssistantsModel::NeedsNumberRole).toBool());

    ManualTask task;
    task.organizationId = w.zeta.id;
    task.assistantId = w.zetaSales.id;
    task.assistantName = w.zetaSales.name;
    task.reasons << QStringLiteral("free allowance used up");
    QVERIFY(w.tasks.open(task));
    QCOMPARE(
            model.indexOfAssistant(w.zetaSales.id, AssistantsModel::StatusColumn).data().toString(),
            QStringLiteral("Waiting in the manual queue"));
}

void TestAssistantsModel::filtersByOrganization()
{
    Test::GuiWorld &w = *m_world;
    AssistantsModel model(w.snapshots());
    OrganizationFilterModel proxy(AssistantsModel::OrganizationIdRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setOrganizationId(w.acme.id);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setRequiredRole(AssistantsModel::NeedsNumberRole);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AssistantsModel::AssistantIdRole).toString(), w.afterHours.id);
    proxy.setOrganizationId(0);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setRequiredRole(-1);
    proxy.setOrganizationId(w.zeta.id);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestAssistantsModel)
#include "TestAssistantsModel.moc"
