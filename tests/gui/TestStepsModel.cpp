// SPDX-License-Identifier: Apache-2.0
// The steps of one provisioning attempt, as the history's detail pane and the provisioning
// dialog show them.
#include "gui/models/StepsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Switchboard;

class TestStepsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStepThatOpenedATaskSaysSo();
};

// Found on the console: the manual link's step read "Skipped" beside "Manual task #3 opened.",
// the opposite of what it did.
void TestStepsModel::theStepThatOpenedATaskSaysSo()
{
    ProvisioningStep free;
    free.sequence = 1;
    free.strategy = Strategy::VapiFree;
    free.status = StepStatus::Skipped;
    free.reason = QStringLiteral("The free allowance is used up: 5 of 5 free numbers used.");
    ProvisioningStep manual;
    manual.sequence = 2;
    manual.strategy = Strategy::Manual;
    manual.status = StepStatus::Skipped; // as the job records it: no request was sent
    manual.reason = QStringLiteral("Manual task #3 opened.");

    StepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSteps({free, manual});
    QCOMPARE(model.index(0, StepsModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(model.index(1, StepsModel::StatusColumn).data().toString(),
            QStringLiteral("Task opened"));
    QCOMPARE(model.index(1, StepsModel::StrategyColumn).data().toString(),
            QStringLiteral("Manual assignment"));
}

QTEST_MAIN(TestStepsModel)
#include "TestStepsModel.moc"
