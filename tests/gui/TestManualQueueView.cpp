// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/CompleteTaskDialog.h"
#include "gui/models/ManualTaskModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/views/ManualQueueView.h"

#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Switchboard;

class TestManualQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOpenTasksWithTheirReasons();
    void completeRefusesWhatIsNotANumber_data();
    void completeRefusesWhatIsNotANumber();
    void completeSendsTheCanonicalAddress_data();
    void completeSendsTheCanonicalAddress();
    void aFailedCompletionKeepsTheInputWithTheReason();
    void dropAsksFirst();

private:
    CompleteTaskDialog *openCompleteDialog(ManualQueueView &view) const;

    std::unique_ptr<Test::GuiWorld> m_world;
    std::unique_ptr<ManualTaskModel> m_model;
    ManualTask m_acmeTask;
    ManualTask m_zetaTask;
};

void TestManualQueueView::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
    m_acmeTask = {};
    m_acmeTask.organizationId = m_world->acme.id;
    m_acmeTask.assistantId = m_world->afterHours.id;
    m_acmeTask.assistantName = m_world->afterHours.name;
    // As the chain stores them (ProvisioningJob::runManualLink): the link's stable name first.
    m_acmeTask.reasons << QStringLiteral("vapi-free: The free allowance is used up (10 of 10)")
                       << QStringLiteral("organization-twilio: the pool is empty and purchases "
                                         "are not allowed");
    m_acmeTask.instructions = QStringLiteral("Buy a number in Acme's Twilio account.");
    QVERIFY(m_world->tasks.open(m_acmeTask));
    m_zetaTask = {};
    m_zetaTask.organizationId = m_world->zeta.id;
    m_zetaTask.assistantId = m_world->zetaSales.id;
    m_zetaTask.assistantName = m_world->zetaSales.name;
    m_zetaTask.reasons << QStringLiteral("workspace-twilio: The workspace has no Twilio account.");
    QVERIFY(m_world->tasks.open(m_zetaTask));
    m_model = std::make_unique<ManualTaskModel>(m_world->snapshots());
}

void TestManualQueueView::cleanup()
{
    m_model.reset();
    m_world.reset();
}

CompleteTaskDialog *TestManualQueueView::openCompleteDialog(ManualQueueView &view) const
{
    view.selectTask(m_acmeTask.id);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("completeButton")), Qt::LeftButton);
    return view.completeDialog();
}

void TestManualQueueView::listsOpenTasksWithTheirReasons()
{
    QAbstractItemModelTester modelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ManualQueueView view(*m_model);
    QAbstractItemModelTester proxyTester(
            view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(820, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.openTaskCount(), 2);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
            QStringLiteral("Open tasks: 2"));
    view.setOrganizationId(m_world->zeta.id);
    QCOMPARE(view.openTaskCount(), 1);
    view.setOrganizationId(0);

    view.selectTask(m_acmeTask.id);
    QCOMPARE(view.currentTaskId(), m_acmeTask.id);
    const QString reasons
            = view.findChild<QTextBrowser *>(QStringLiteral("reasonsView"))->toPlainText();
    QVERIFY(reasons.contains(QStringLiteral("The free allowance is used up")));
    // Found on the console: the links' internal names reached the queue ("vapi-free: …").
    QVERIFY2(reasons.contains(QStringLiteral("Free Vapi number: The free allowance")),
            qPrintable(reasons));
    QVERIFY2(!reasons.contains(QStringLiteral("vapi-free")), qPrintable(reasons));
    const QString column = m_model->index(0, ManualTaskModel::ReasonsColumn).data().toString()
            + m_model->index(1, ManualTaskModel::ReasonsColumn).data().toString();
    QVERIFY2(!column.contains(QStringLiteral("-twilio:"))
                    && !column.contains(QStringLiteral("vapi-free")),
            qPrintable(column));
    QVERIFY2(column.contains(QStringLiteral("Workspace's Twilio: The workspace has no Twilio")),
            qPrintable(column));
    // One sentence after the other (found by the walk: "….; …").
    QVERIFY2(!column.contains(QStringLiteral(".;")), qPrintable(column));
    QVERIFY2(m_model->index(0, ManualTaskModel::ReasonsColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("(10 of 10). ")),
            qPrintable(column));
    QVERIFY(reasons.contains(QStringLiteral("purchases are not allowed")));
    QVERIFY(reasons.contains(QStringLiteral("Buy a number in Acme")));
    QCOMPARE(m_model->index(0, ManualTaskModel::OrganizationColumn).data().toString(),
            QStringLiteral("Acme Dental"));
    Test::settledScreenshot(&view, QStringLiteral("manual-queue"));

    // A task completed elsewhere (the CLI, another console) leaves the list.
    QSignalSpy counts(&view, &ManualQueueView::openTaskCountChanged);
    QVERIFY(m_world->tasks.complete(m_zetaTask.id, QStringLiteral("+14155552699"), {}));
    QCOMPARE(view.openTaskCount(), 1);
    QVERIFY(!counts.isEmpty());
}

void TestManualQueueView::completeRefusesWhatIsNotANumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("+1 555");
    QTest::newRow("letters") << QStringLiteral("call me");
    QTest::newRow("SIP without host") << QStringLiteral("sip:desk");
    // Found on the console: shown as a valid "SIP URI" in green, then Vapi refused it.
    QTest::newRow("SIP elsewhere") << QStringLiteral("sip:desk@example.com");
}

void TestManualQueueView::completeRefusesWhatIsNotANumber()
{
    QFETCH(QString, typed);
    ManualQueueView view(*m_model);
    view.show();
    CompleteTaskDialog *dialog = openCompleteDialog(view);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy requested(&view, &ManualQueueView::completeRequested);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    edit->setText(typed);
    QPushButton *complete = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!complete->isEnabled()); // off while the input is not a number or a Vapi SIP URI
    QTest::mouseClick(complete, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog->isVisible()); // stays open, with the field named
    const QString feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text();
    if (typed.isEmpty())
        QVERIFY(feedback.isEmpty()); // nothing typed yet: nothing to complain about
    else
        QVERIFY2(feedback.startsWith(QStringLiteral("Number or SIP URI: ")), qPrintable(feedback));
    if (QByteArray(QTest::currentDataTag()) == "SIP elsewhere")
        QVERIFY2(feedback.contains(QStringLiteral("sip.vapi.ai")), qPrintable(feedback));
    if (QByteArray(QTest::currentDataTag()) == "too short")
        Test::settledScreenshot(dialog, QStringLiteral("complete-refused"));
}

void TestManualQueueView::completeSendsTheCanonicalAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("US number as typed")
            << QStringLiteral("(415) 555-2671") << QStringLiteral("+14155552671");
    QTest::newRow("international")
            << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
    QTest::newRow("SIP URI") << QStringLiteral("SIP:Desk@sip.vapi.ai")
                             << QStringLiteral("sip:desk@sip.vapi.ai");
}

void TestManualQueueView::completeSendsTheCanonicalAddress()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    ManualQueueView view(*m_model);
    view.show();
    CompleteTaskDialog *dialog = openCompleteDialog(view);
    QVERIFY(dialog);
    QSignalSpy requested(&view, &ManualQueueView::completeRequested);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), typed);
    const QString feedback = dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text();
    QVERIFY2(feedback.startsWith(QStringLiteral("Number: "))
                    || feedback.startsWith(QStringLiteral("SIP URI: ")),
            qPrintable(feedback));
    if (QByteArray(QTest::currentDataTag()) == "US number as typed")
        Test::settledScreenshot(dialog, QStringLiteral("complete-understood"));
    QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_acmeTask.id);
    QCOMPARE(requested.at(0).at(1).toString(), canonical);
    // It waits for the outcome, then closes.
    QVERIFY(view.completeDialog() && view.completeDialog()->isWaiting());
    view.showCompletion(m_acmeTask.id, true, QStringLiteral("Assigned."));
    QTRY_VERIFY(!view.completeDialog());
}

// Found on the console: a completion that failed closed the dialog, lost the input, and showed
// the reason cut off in the status bar for a few seconds.
void TestManualQueueView::aFailedCompletionKeepsTheInputWithTheReason()
{
    ManualQueueView view(*m_model);
    view.show();
    CompleteTaskDialog *dialog = openCompleteDialog(view);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    QTest::keyClicks(edit, QStringLiteral("+1 415 555 0191"));
    QPushButton *complete = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QSignalSpy requested(&view, &ManualQueueView::completeRequested);
    QTest::mouseClick(complete, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(!complete->isEnabled());
    QVERIFY(!edit->isEnabled());
    QCOMPARE(complete->text(), QStringLiteral("Completing…"));
    QTest::mouseClick(complete, Qt::LeftButton); // a second click sends nothing
    QCOMPARE(requested.count(), 1);

    const QString why = QStringLiteral(
            "number: no Twilio account is set up to import it from; add the organization's or "
            "the workspace's Twilio account first");
    view.showCompletion(m_acmeTask.id, false, why);
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("+1 415 555 0191"));
    QVERIFY(edit->isEnabled() && complete->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text(), why);
    Test::settledScreenshot(dialog, QStringLiteral("complete-failed-keeps-input"));
}

void TestManualQueueView::dropAsksFirst()
{
    ManualQueueView view(*m_model);
    view.show();
    view.selectTask(m_zetaTask.id);
    QSignalSpy dropped(&view, &ManualQueueView::dropRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("cancelTaskButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("dropTaskConfirmation"))));
    QVERIFY(box->text().contains(QStringLiteral("Zeta Sales")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(dropped.count(), 0);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("cancelTaskButton")), Qt::LeftButton);
    QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("dropTaskConfirmation")))
            && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QStringLiteral("Drop task"))
            button->click();
    }
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), m_zetaTask.id);
}

QTEST_MAIN(TestManualQueueView)
#include "TestManualQueueView.moc"
