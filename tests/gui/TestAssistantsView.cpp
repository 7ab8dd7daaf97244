// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningResult.h"
#include "core/snapshot/SnapshotCache.h"
#include "gui/dialogs/ProvisioningDialog.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/models/StepsModel.h"
#include "gui/views/AssistantsView.h"

#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

class TestAssistantsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void provisionsTheSelectedAssistantStepByStep();
    void provisionsAllUnassignedWithACancellableProgress();
    void createAndLinkAskForTheOrganization();
    void offlineTurnsTheButtonsOff();
    void theContextMenuCopiesTheIdAndTheNumber();

private:
    std::unique_ptr<Test::GuiWorld> m_world;
    std::unique_ptr<AssistantsModel> m_model;
};

void TestAssistantsView::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
    m_model = std::make_unique<AssistantsModel>(m_world->snapshots());
}

void TestAssistantsView::cleanup()
{
    m_model.reset();
    m_world.reset();
}

void TestAssistantsView::provisionsTheSelectedAssistantStepByStep()
{
    AssistantsView view(*m_model);
    QAbstractItemModelTester tester(
            view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *provision = view.findChild<QPushButton *>(QStringLiteral("provisionButton"));
    QVERIFY(!provision->isEnabled()); // nothing selected

    view.selectAssistant(m_world->frontDesk.id);
    QVERIFY(!provision->isEnabled()); // it has a number
    view.selectAssistant(m_world->afterHours.id);
    QVERIFY(provision->isEnabled());

    QSignalSpy requested(&view, &AssistantsView::provisionRequested);
    QTest::mouseClick(provision, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_world->afterHours.id);
    ProvisioningDialog *dialog = view.provisioningDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isRunning());

    // The engine reports each step as it goes, then the outcome.
    view.setProvisioning(m_world->afterHours.id, true);
    QCOMPARE(m_model->indexOfAssistant(m_world->afterHours.id, AssistantsModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("Provisioning…"));
    ProvisioningStep free;
    free.sequence = 1;
    free.strategy = Strategy::VapiFree;
    free.status = StepStatus::Skipped;
    free.reason = QStringLiteral("the free allowance is used up (10 of 10)");
    view.showStep(m_world->afterHours.id, free);
    ProvisioningStep twilio;
    twilio.sequence = 2;
    twilio.strategy = Strategy::OrganizationTwilio;
    twilio.status = StepStatus::InFlight;
    twilio.reason = QStringLiteral("importing +1 415-555-2680 from the pool");
    view.showStep(m_world->afterHours.id, twilio);
    QCOMPARE(dialog->stepsModel()->rowCount(), 2);
    twilio.status = StepStatus::Succeeded;
    twilio.startedAt = QDateTime::currentDateTimeUtc();
    twilio.finishedAt = twilio.startedAt.addMSecs(840);
    view.showStep(m_world->afterHours.id, twilio);
    QCOMPARE(dialog->stepsModel()->rowCount(), 2);
    QCOMPARE(dialog->stepsModel()->index(1, StepsModel::StatusColumn).data().toString(),
            QStringLiteral("Succeeded"));

    ProvisioningResult result;
    result.outcome = AttemptOutcome::Succeeded;
    result.strategy = Strategy::OrganizationTwilio;
    result.number.address = PhoneAddress::parse(QStringLiteral("+14155552680"));
    result.steps = {free, twilio};
    view.showResult(m_world->afterHours.id, result);
    QVERIFY(!dialog->isRunning());
    QVERIFY(!m_model->isProvisioning(m_world->afterHours.id));
    auto *headline = dialog->findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QCOMPARE(headline->text(), QStringLiteral("After Hours can be called now at +1 415-555-2680."));
    Test::settledScreenshot(dialog, QStringLiteral("provisioning-steps"));
    Test::settledScreenshot(&view, QStringLiteral("assistants"));
}

void TestAssistantsView::provisionsAllUnassignedWithACancellableProgress()
{
    AssistantsView view(*m_model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganizationId(m_world->acme.id);
    QCOMPARE(view.unassignedAssistantIds(), QStringList{m_world->afterHours.id});
    view.setOrganizationId(0);
    QCOMPARE(view.unassignedAssistantIds().size(), 2);

    auto *only = view.findChild<QCheckBox *>(QStringLiteral("withoutNumberOnlyCheck"));
    only->setChecked(true);
    QCOMPARE(view.proxyModel()->rowCount(), 2);

    QSignalSpy requested(&view, &AssistantsView::provisionAllRequested);
    QSignalSpy cancelled(&view, &AssistantsView::cancelBatchRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("provisionAllButton")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const QStringList ids = requested.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(m_world->afterHours.id));
    QVERIFY(ids.contains(m_world->zetaSales.id));

    QProgressDialog *progress = view.batchDialog();
    QVERIFY(progress);
    QTRY_VERIFY(progress->isVisible());
    view.setBatchProgress(1, 2, QStringLiteral("Zeta Sales"));
    QCOMPARE(progress->value(), 1);
    QCOMPARE(progress->labelText(), QStringLiteral("1 of 2 assistants done…\nLast: Zeta Sales"));
    Test::settledScreenshot(progress, QStringLiteral("provision-all-progress"));

    QAbstractButton *cancel = Test::buttonWithText(progress, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    view.finishBatch(QStringLiteral("Stopped: 1 got a number. Start again to go on."), false);
    QTRY_VERIFY(!view.batchDialog());
    // The result stays above the list, beside the summary of the list as it is now.
    auto *result = view.findChild<QLabel *>(QStringLiteral("batchResultLabel"));
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("Stopped: 1 got a number. Start again to go on."));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Assistants: ")));
    // Another organization's list: the result spoke of the one before.
    view.setOrganizationId(m_world->zeta.id);
    QVERIFY(!result->isVisible());
}

void TestAssistantsView::createAndLinkAskForTheOrganization()
{
    AssistantsView view(*m_model);
    view.show();
    view.setOrganizationId(m_world->zeta.id);
    QSignalSpy create(&view, &AssistantsView::createAssistantRequested);
    QSignalSpy link(&view, &AssistantsView::linkAssistantRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("linkButton")), Qt::LeftButton);
    QCOMPARE(create.count(), 1);
    QCOMPARE(create.at(0).at(0).toLongLong(), m_world->zeta.id);
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.at(0).at(0).toLongLong(), m_world->zeta.id);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
            QStringLiteral("Assistants: 2, without a number: 1."));
}

void TestAssistantsView::offlineTurnsTheButtonsOff()
{
    AssistantsView view(*m_model);
    view.show();
    view.selectAssistant(m_world->afterHours.id);
    view.setNetworkAvailable(false);
    for (const char *name :
            {"provisionButton", "provisionAllButton", "createButton", "linkButton"}) {
        auto *button = view.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("cannot be reached")), name);
    }
    QSignalSpy requested(&view, &AssistantsView::provisionRequested);
    view.provisionSelected();
    QCOMPARE(requested.count(), 0);
    view.setNetworkAvailable(true);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("provisionButton"))->isEnabled());
    Test::settledScreenshot(&view, QStringLiteral("assistants-online-again"));
}

// Issue 17: right-click an assistant to copy its Vapi id, its name or its number (E.164, as
// scripts and the Vapi dashboard's search take it).
void TestAssistantsView::theContextMenuCopiesTheIdAndTheNumber()
{
    AssistantsView view(*m_model);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganizationId(m_world->acme.id);
    auto *table = view.findChild<QTableView *>(QStringLiteral("assistantsTable"));
    QModelIndex frontDesk;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(AssistantsModel::AssistantIdRole).toString() == m_world->frontDesk.id)
            frontDesk = index;
    }
    QVERIFY(frontDesk.isValid());
    const auto menuAt = [table](const QModelIndex &index) {
        return Test::contextMenuAt(table, index, QStringLiteral("assistantContextMenu"));
    };
    const auto trigger = [](QMenu *menu, const QString &text) {
        QAction *action = Test::menuAction(menu, text);
        if (action)
            action->trigger();
        return action != nullptr;
    };
    QMenu *menu = menuAt(frontDesk);
    QVERIFY(menu);
    Test::settledScreenshot(menu, QStringLiteral("assistant-context-menu"));
    QVERIFY(trigger(menu, QStringLiteral("Copy assistant id")));
    QCOMPARE(QGuiApplication::clipboard()->text(), m_world->frontDesk.id);
    menu->close();
    menu = menuAt(frontDesk);
    QVERIFY(menu);
    QVERIFY(trigger(menu, QStringLiteral("Copy number")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+14155552671"));
    menu->close();
}

QTEST_MAIN(TestAssistantsView)
#include "TestAssistantsView.moc"
