// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationFilterModel.h"

#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestNumbersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryNumberInVapiAndThePool();
    void flagsNumbersThatHangUp();
    void filtersByOrganization();
    void followsTheDirectory();

private:
    int rowOf(const QAbstractItemModel &model, const QString &address) const;
    std::unique_ptr<Test::GuiWorld> m_world;
};

void TestNumbersModel::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
}

void TestNumbersModel::cleanup()
{
    m_world.reset();
}

int TestNumbersModel::rowOf(const QAbstractItemModel &model, const QString &address) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(NumbersModel::AddressRole).toString() == address)
            return row;
    }
    return -1;
}

void TestNumbersModel::listsEveryNumberInVapiAndThePool()
{
    Test::GuiWorld &w = *m_world;
    NumbersModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Five in Vapi, and one pool number not imported yet (+14155552672 is in Vapi already).
    QCOMPARE(model.rowCount(), 6);

    const int front = rowOf(model, QStringLiteral("+14155552671"));
    QVERIFY(front >= 0);
    QCOMPARE(model.index(front, NumbersModel::NumberColumn).data().toString(),
            QStringLiteral("+1 415-555-2671"));
    QCOMPARE(model.index(front, NumbersModel::ProviderColumn).data().toString(),
            QStringLiteral("Vapi (free)"));
    QCOMPARE(model.index(front, NumbersModel::StatusColumn).data().toString(),
            QStringLiteral("Active"));
    QCOMPARE(model.index(front, NumbersModel::StageColumn).data().toString(),
            QStringLiteral("Free Vapi number"));
    QCOMPARE(model.index(front, NumbersModel::OrganizationColumn).data().toString(),
            QStringLiteral("Acme Dental"));
    QCOMPARE(model.index(front, NumbersModel::AssistantColumn).data().toString(),
            QStringLiteral("Front Desk"));

    const int night = rowOf(model, QStringLiteral("+14155552672"));
    QCOMPARE(model.index(night, 0).data(NumbersModel::StageRole).toString(),
            QStringLiteral("organization-twilio"));
    const int spare = rowOf(model, QStringLiteral("+14155552673"));
    QCOMPARE(model.index(spare, NumbersModel::StatusColumn).data().toString(),
            QStringLiteral("Activating"));
    const int workspace = rowOf(model, QStringLiteral("+14155552674"));
    QCOMPARE(model.index(workspace, 0).data(NumbersModel::StageRole).toString(),
            QStringLiteral("workspace-twilio"));
    QCOMPARE(model.index(workspace, NumbersModel::OrganizationColumn).data().toString(),
            QStringLiteral("Workspace"));

    const int pooled = rowOf(model, QStringLiteral("+14155552680"));
    QVERIFY(pooled >= 0);
    QVERIFY(!model.index(pooled, 0).data(NumbersModel::InVapiRole).toBool());
    QVERIFY(model.index(pooled, 0).data(NumbersModel::NumberIdRole).toString().isEmpty());
    QVERIFY(model.index(pooled, 0).data(NumbersModel::PoolNumberIdRole).toLongLong() > 0);
    QCOMPARE(model.index(pooled, NumbersModel::StatusColumn).data().toString(),
            QStringLiteral("In the pool, not in Vapi"));
    QCOMPARE(model.index(pooled, 0).data(NumbersModel::OrganizationIdRole).toLongLong(), w.acme.id);

    // What Twilio said about it shows, with the reason in the tooltip.
    const auto twilio = w.accounts.organizationTwilioAccount(w.acme.id);
    QVERIFY(w.pool.recordCheck(twilio->id, PhoneAddress::fromNumber(QStringLiteral("+14155552680")),
            PoolNumber::TwilioCheck::Missing,
            QStringLiteral("Twilio account AC… does not hold it."), {},
            QDateTime::currentDateTimeUtc()));
    NumbersModel again(w.snapshots());
    const int marked = rowOf(again, QStringLiteral("+14155552680"));
    QCOMPARE(again.index(marked, NumbersModel::StatusColumn).data().toString(),
            QStringLiteral("In the pool; Twilio does not hold it"));
    QCOMPARE(again.index(marked, NumbersModel::StatusColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Twilio account AC… does not hold it."));
}

void TestNumbersModel::flagsNumbersThatHangUp()
{
    Test::GuiWorld &w = *m_world;
    NumbersModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.hangingUpCount(), 2);
    for (const QString &address :
            {QStringLiteral("+14155552673"), QStringLiteral("+14155552674")}) {
        const QModelIndex assistant
                = model.index(rowOf(model, address), NumbersModel::AssistantColumn);
        QVERIFY(assistant.data(NumbersModel::HangsUpRole).toBool());
        QCOMPARE(assistant.data().toString(), QStringLiteral("None: calls are hung up"));
        QVERIFY(assistant.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("calls to it are hung up")));
        QVERIFY(assistant.data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(!assistant.data(Qt::DecorationRole).isNull());
    }
    const QModelIndex fine = model.index(
            rowOf(model, QStringLiteral("+14155552671")), NumbersModel::AssistantColumn);
    QVERIFY(!fine.data(NumbersModel::HangsUpRole).toBool());
    QVERIFY(fine.data(Qt::ForegroundRole).isNull());
    // A pool number is not in Vapi, so nothing hangs up on it.
    QVERIFY(!model.index(rowOf(model, QStringLiteral("+14155552680")), 0)
                     .data(NumbersModel::HangsUpRole)
                     .toBool());
}

void TestNumbersModel::filtersByOrganization()
{
    Test::GuiWorld &w = *m_world;
    NumbersModel model(w.snapshots());
    OrganizationFilterModel proxy(NumbersModel::OrganizationIdRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setOrganizationId(w.acme.id);
    QCOMPARE(proxy.rowCount(), 4); // three in Vapi and the pool number
    proxy.setOrganizationId(w.zeta.id);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setOrganizationId(0);
    proxy.setRequiredRole(NumbersModel::HangsUpRole);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOrganizationId(w.acme.id);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(NumbersModel::AddressRole).toString(),
            QStringLiteral("+14155552673"));
}

void TestNumbersModel::followsTheDirectory()
{
    Test::GuiWorld &w = *m_world;
    NumbersModel model(w.snapshots());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    PhoneNumber spare = w.acmeSpare;
    spare.assistantId = w.afterHours.id;
    QVERIFY(w.directory.upsertNumber(spare));
    QVERIFY(resets.count() >= 1);
    QCOMPARE(model.hangingUpCount(), 1);
    QCOMPARE(
            model.index(rowOf(model, QStringLiteral("+14155552673")), NumbersModel::AssistantColumn)
                    .data()
                    .toString(),
            QStringLiteral("After Hours"));

    Organization renamed = w.acme;
    renamed.name = QStringLiteral("Acme Dental Group");
    QVERIFY(w.organizations.update(renamed));
    QCOMPARE(model.index(rowOf(model, QStringLiteral("+14155552671")),
                          NumbersModel::OrganizationColumn)
                     .data()
                     .toString(),
            QStringLiteral("Acme Dental Group"));
}

QTEST_MAIN(TestNumbersModel)
#include "TestNumbersModel.moc"
