// SPDX-License-Identifier: Apache-2.0
#include "core/history/HistoryQueries.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/EventLog.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/OrganizationStore.h"
#include "gui/models/HistoryModel.h"
#include "gui/models/OrganizationListModel.h"
#include "gui/models/StepsModel.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/FileDialog.h"
#include "gui/views/HistoryView.h"

#include "GuiTestSupport.h"
#include "HistoryFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Switchboard;

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheHistoryWithoutANetwork();
    void filtersFollowTheControls();
    void findFocusesTheSearch();
    void theDatePickerOpensOnThisMonth();
    void detailPaneShowsTheSteps();
    void operatorFilterAndTheStoryAfterTheChain();
    void oneTimelineOfAttemptsAndActions();
    void exportsWhatIsFilteredAsCsv();
    void exportsAsJsonByTheDialogsFilter();
    void cancelledDialogExportsNothing();
    void theWorkspaceFilterListsTheWorkspacesOwnActions();
    void followsWhatAnotherConnectionRecordsAndKeepsTheOrganization();
    void tabLeavesTheDatesAndALongStoryScrolls();

private:
    std::unique_ptr<HistoryView> makeView(const QString &kind = QStringLiteral("all"));
    bool waitForRows(HistoryView &view, int rows);

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    std::unique_ptr<OrganizationStore> m_organizations;
    std::unique_ptr<SnapshotCache> m_snapshots;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistoryQueries> m_queries;
    std::unique_ptr<OrganizationListModel> m_organizationModel;
    std::unique_ptr<FileDialog> m_fileDialog;
    Organization m_acme;
    Organization m_zeta;
};

void TestHistoryView::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->errorString()));
    m_organizations = std::make_unique<OrganizationStore>(m_workspace->database());
    m_history = std::make_unique<HistoryStore>(m_workspace->database());
    m_acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
    m_zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta Clinics"));
    QVERIFY(m_organizations->add(m_acme));
    QVERIFY(m_organizations->add(m_zeta));

    const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 6; ++i) {
        Test::recordAttempt(*m_history, m_acme.id, m_acme.slug,
                QStringLiteral("Acme Desk %1").arg(i),
                i % 3 == 2 ? AttemptOutcome::Failed : AttemptOutcome::Succeeded, Strategy::VapiFree,
                base.addDays(i), QStringLiteral("+1415555%1").arg(2670 + i));
    }
    for (int i = 0; i < 3; ++i) {
        Test::recordAttempt(*m_history, m_zeta.id, m_zeta.slug,
                QStringLiteral("Zeta Line %1").arg(i), AttemptOutcome::Succeeded,
                Strategy::OrganizationTwilio, base.addDays(i).addSecs(60),
                QStringLiteral("+4420794609%1").arg(50 + i));
    }

    m_queries
            = std::make_unique<HistoryQueries>(Test::openerFor(Test::databaseFileOf(*m_workspace)));
    WorkspaceStores stores;
    stores.organizations = m_organizations.get();
    m_snapshots = std::make_unique<SnapshotCache>(stores);
    m_snapshots->reload();
    m_organizationModel = std::make_unique<OrganizationListModel>(*m_snapshots);
    m_fileDialog = std::make_unique<FileDialog>();
}

void TestHistoryView::cleanup()
{
    m_fileDialog.reset();
    m_organizationModel.reset();
    m_snapshots.reset();
    m_queries.reset();
    m_history.reset();
    m_organizations.reset();
    m_workspace.reset();
}

// `kind`: the Kind filter's choice ("all", the default; "provisioning"; "events"; an event kind).
std::unique_ptr<HistoryView> TestHistoryView::makeView(const QString &kind)
{
    HistoryViewDependencies deps;
    deps.queries = m_queries.get();
    deps.organizations = m_organizationModel.get();
    deps.fileDialog = m_fileDialog.get();
    deps.history = m_history.get();
    deps.snapshots = m_snapshots.get();
    auto view = std::make_unique<HistoryView>(deps);
    view->resize(1100, 640);
    auto *kindCombo = view->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(kind));
    return view;
}

bool TestHistoryView::waitForRows(HistoryView &view, int rows)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (view.model()->hasLoaded() && !view.model()->isLoading()
                && view.model()->rowCount() == rows)
            return true;
        QTest::qWait(10);
    }
    qWarning("expected %d rows, have %d", rows, view.model()->rowCount());
    return false;
}

// The History tab is one timeline (issue 18): the attempts of 2024, and above them the two
// organizations added today, newest first.
void TestHistoryView::showsTheHistoryWithoutANetwork()
{
    auto view = makeView();
    QAbstractItemModelTester tester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!view->model()->hasLoaded()); // nothing is read before it is shown
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 11));
    // Offline: the view has no network object, and needs none.
    QVERIFY(view->findChildren<QNetworkAccessManager *>().isEmpty());
    auto *count = view->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("11 of 11 shown (attempts: 9, other actions: 2)"));
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, HistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("Organization added"));
    // The year whole, in the locale's order (the walk: "12/7/26" in en_US). The attempts were
    // made in 2024.
    const QString when
            = model->index(model->rowCount() - 1, HistoryModel::StartedColumn).data().toString();
    QVERIFY2(when.contains(QStringLiteral("2024")), qPrintable(when));
    QCOMPARE(model->index(0, HistoryModel::OrganizationColumn).data().toString(),
            QStringLiteral("Zeta Clinics"));
    QCOMPARE(model->index(1, HistoryModel::OrganizationColumn).data().toString(),
            QStringLiteral("Acme Dental"));
    QCOMPARE(model->index(2, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Acme Desk 5"));
    // The organization by its name, not the slug the attempt recorded (found by the walk).
    QCOMPARE(model->index(2, HistoryModel::OrganizationColumn).data().toString(),
            QStringLiteral("Acme Dental"));
    table->setCurrentIndex(model->index(2, 0));
    QTRY_COMPARE(view->stepsModel()->rowCount(), 2);
    Test::saveScreenshot(view.get(), QStringLiteral("history"));

    // A new attempt arrives at the top: the line counts its row too (the second walk saw
    // "0 of 1 shown" beside the row: the count came back before the row was added).
    Test::recordAttempt(*m_history, m_acme.id, m_acme.slug, QStringLiteral("Acme Desk 9"),
            AttemptOutcome::Succeeded, Strategy::VapiFree, QDateTime::currentDateTimeUtc(),
            QStringLiteral("+14155552699"));
    QTRY_COMPARE(model->rowCount(), 12);
    QCOMPARE(model->index(0, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Acme Desk 9"));
    QTRY_COMPARE(count->text(), QStringLiteral("12 of 12 shown (attempts: 10, other actions: 2)"));
    // So does an action: another organization added.
    Organization added = Test::makeOrganization(QStringLiteral("nova"), QStringLiteral("Nova"));
    QVERIFY(m_organizations->add(added));
    QTRY_COMPARE(model->rowCount(), 13);
    QCOMPARE(model->index(0, 0).data(HistoryModel::KindRole).toString(),
            QStringLiteral("organization-added"));
    QTRY_COMPARE(count->text(), QStringLiteral("13 of 13 shown (attempts: 10, other actions: 3)"));
}

void TestHistoryView::filtersFollowTheControls()
{
    auto view = makeView(QStringLiteral("provisioning"));
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 9));

    auto *organization = view->findChild<QComboBox *>(QStringLiteral("organizationCombo"));
    QCOMPARE(organization->count(), 4); // all, Acme, Zeta, and the workspace's own actions
    QCOMPARE(organization->itemText(0), QStringLiteral("All organizations"));
    QCOMPARE(organization->itemText(3), QStringLiteral("Workspace"));
    organization->setCurrentIndex(organization->findText(QStringLiteral("Zeta Clinics")));
    QCOMPARE(view->filter().organizationId, m_zeta.id);
    QVERIFY(waitForRows(*view, 3));

    view->setOrganizationId(m_acme.id);
    QCOMPARE(organization->currentText(), QStringLiteral("Acme Dental"));
    QVERIFY(waitForRows(*view, 6));

    auto *outcome = view->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QVERIFY(view->filter().outcome == AttemptOutcome::Failed);
    QVERIFY(waitForRows(*view, 2));

    // The date edits start at "no bound"; a day bounds the filter in local days.
    auto *since = view->findChild<QDateEdit *>(QStringLiteral("sinceEdit"));
    auto *until = view->findChild<QDateEdit *>(QStringLiteral("untilEdit"));
    QCOMPARE(since->text(), QStringLiteral("No bound"));
    QVERIFY(!view->filter().since.isValid());
    QVERIFY(!view->filter().until.isValid());
    outcome->setCurrentIndex(0);
    since->setDate(QDate(2024, 3, 4));
    until->setDate(QDate(2024, 3, 5));
    QCOMPARE(view->filter().since, QDateTime(QDate(2024, 3, 4), QTime(0, 0)).toUTC());
    QCOMPARE(view->filter().until, QDateTime(QDate(2024, 3, 6), QTime(0, 0)).toUTC());
    QVERIFY(waitForRows(*view, 2)); // Acme Desk 3 and 4

    // Text: typed, applied a moment after the last key. The word being typed is a prefix:
    // "4" also begins Desk 3's number (415 555 2673); a space ends the word.
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("desk 4"));
    QVERIFY(waitForRows(*view, 2));
    QTest::keyClick(search, Qt::Key_Space);
    QVERIFY(waitForRows(*view, 1));
    QCOMPARE(view->filter().text, QStringLiteral("desk 4 "));
    QCOMPARE(view->model()->index(0, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Acme Desk 4"));

    // Every record again, the two organizations added among them: Kind is a filter too.
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QVERIFY(waitForRows(*view, 11));
    QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("kindCombo"))->currentData().toString(),
            QStringLiteral("all"));
    // The search's clear button goes with its text (the walk saw it stay in the empty field).
    QVERIFY(search->text().isEmpty());
    for (const QToolButton *button : search->findChildren<QToolButton *>())
        QTRY_VERIFY(!button->isVisible());
    QCOMPARE(organization->currentIndex(), 0);
    QCOMPARE(since->text(), QStringLiteral("No bound"));
    Test::saveScreenshot(view.get(), QStringLiteral("filters-cleared"));
}

void TestHistoryView::findFocusesTheSearch()
{
    auto view = makeView();
    view->show();
    QApplication::setActiveWindow(view.get());
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    table->setFocus();
    QVERIFY(view->findAction());
    QCOMPARE(view->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
}

// Found by the GUI walk: with no date set, the calendar opened on January 2000 (the "no bound"
// value), 26 years of paging from today.
void TestHistoryView::theDatePickerOpensOnThisMonth()
{
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    auto *since = view->findChild<QDateEdit *>(QStringLiteral("sinceEdit"));
    QVERIFY(since);
    QCOMPARE(since->text(), QStringLiteral("No bound"));
    since->setFocus();
    // Its arrow, as a person clicks it.
    QTest::mouseClick(since, Qt::LeftButton, {}, QPoint(since->width() - 6, since->height() / 2));
    QCalendarWidget *calendar = since->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    Test::settledScreenshot(calendar->window(), QStringLiteral("history-date-picker"));
    QTest::keyClick(calendar, Qt::Key_Escape);
    QCOMPARE(since->text(), QStringLiteral("No bound")); // nothing chosen, nothing filtered
}

void TestHistoryView::detailPaneShowsTheSteps()
{
    auto view = makeView(QStringLiteral("provisioning"));
    QAbstractItemModelTester tester(
            view->stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 9));
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    const QModelIndex failed = view->model()->index(0, 0); // Acme Desk 5: failed
    QCOMPARE(failed.data(HistoryModel::OutcomeRole).toString(), QStringLiteral("failed"));
    table->setCurrentIndex(failed);
    QTRY_COMPARE(view->stepsModel()->rowCount(), 2);
    StepsModel *steps = view->stepsModel();
    QCOMPARE(
            steps->index(0, StepsModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(steps->index(0, StepsModel::ReasonColumn).data().toString(),
            QStringLiteral("the free allowance is used up (10 of 10)"));
    QCOMPARE(steps->index(1, StepsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(
            steps->index(1, StepsModel::DurationColumn).data().toString(), QStringLiteral("1.2 s"));
    QCOMPARE(steps->index(1, StepsModel::ProviderErrorColumn).data().toString(),
            QStringLiteral("20003: Authenticate"));
    auto *details = view->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    QVERIFY2(details->text().contains(QStringLiteral("Acme Desk 5")), qPrintable(details->text()));
    Test::saveScreenshot(view.get(), QStringLiteral("details"));
}

// Issue 18: who did what. Another operator's attempt is found by the "By" filter, beside the
// manual task it opened (one timeline), and its story goes on after the chain: the manual task,
// and who completed it with which number.
void TestHistoryView::operatorFilterAndTheStoryAfterTheChain()
{
    const QString li = QStringLiteral("li@agency-laptop");
    const QString before = m_workspace->database().operatorName();
    m_workspace->database().setOperatorName(li);
    const qint64 attemptId = Test::recordAttempt(*m_history, m_zeta.id, m_zeta.slug,
            QStringLiteral("Rentals Hotline"), AttemptOutcome::ManualQueued, Strategy::Manual,
            QDateTime(QDate(2024, 3, 9), QTime(9, 0), Qt::UTC), QString())
                                     .id;
    ManualTaskStore tasks(m_workspace->database());
    ManualTask task;
    task.attemptId = attemptId;
    task.organizationId = m_zeta.id;
    task.assistantId = QStringLiteral("asst-rentals");
    task.assistantName = QStringLiteral("Rentals Hotline");
    QVERIFY(tasks.open(task));
    QVERIFY(tasks.complete(task.id, QStringLiteral("+13125550199"), QStringLiteral("pn-1")));
    m_workspace->database().setOperatorName(before);

    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 14)); // 10 attempts; 2 organizations added, a task opened, done
    auto *byCombo = view->findChild<QComboBox *>(QStringLiteral("operatorCombo"));
    QTRY_VERIFY(byCombo->findData(li) > 0);
    QVERIFY(byCombo->findData(before) > 0);
    byCombo->setCurrentIndex(byCombo->findData(li));
    QVERIFY(waitForRows(*view, 3)); // Li's: the task completed, the task opened, the attempt
    HistoryModel *model = view->model();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, HistoryModel::OperatorColumn).data().toString(), li);
    QCOMPARE(model->index(0, 0).data(HistoryModel::KindRole).toString(),
            QStringLiteral("task-completed"));
    QCOMPARE(model->index(1, 0).data(HistoryModel::KindRole).toString(),
            QStringLiteral("task-opened"));
    QCOMPARE(model->index(2, 0).data(HistoryModel::AttemptIdRole).toLongLong(), attemptId);

    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *steps = view->findChild<QTableView *>(QStringLiteral("stepsTable"));
    auto *details = view->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    table->setCurrentIndex(model->index(2, 0));
    QTRY_VERIFY2(
            details->text().contains(QStringLiteral("Manual task completed with +1 312-555-0199")),
            qPrintable(details->text()));
    QVERIFY2(
            details->text().contains(QStringLiteral("by %1").arg(li)), qPrintable(details->text()));
    QVERIFY(steps->isVisible());
    Test::saveScreenshot(view.get(), QStringLiteral("operator-filter-and-story"));

    // The action's own details: what it was, and who; no steps.
    table->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY2(details->text().startsWith(QStringLiteral("<b>Manual task completed</b>")),
            qPrintable(details->text()));
    QVERIFY2(details->text().contains(QStringLiteral("Assistant: Rentals Hotline (asst-rentals)"))
                    && details->text().contains(QStringLiteral("Number: +1 312-555-0199")),
            qPrintable(details->text()));
    QVERIFY2(
            details->text().contains(QStringLiteral("by %1").arg(li)), qPrintable(details->text()));
    QVERIFY(!steps->isVisible());

    // "Clear filters" lets everyone's records back in.
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QVERIFY(waitForRows(*view, 14));
    QCOMPARE(byCombo->currentIndex(), 0);
}

// Issue 18: the Kind filter narrows the one timeline to the other actions (here: two
// organizations added, a manual task opened and completed) or one kind of them; outcome and link
// only narrow attempts; the export takes what the list shows.
void TestHistoryView::oneTimelineOfAttemptsAndActions()
{
    const QString li = QStringLiteral("li@agency-laptop");
    const QString before = m_workspace->database().operatorName();
    m_workspace->database().setOperatorName(li);
    ManualTaskStore tasks(m_workspace->database());
    ManualTask task;
    task.organizationId = m_zeta.id;
    task.assistantId = QStringLiteral("asst-rentals");
    task.assistantName = QStringLiteral("Rentals Hotline");
    task.reasons = {QStringLiteral("no free number left")};
    QVERIFY(tasks.open(task));
    QVERIFY(tasks.complete(task.id, QStringLiteral("+13125550199"), QStringLiteral("pn-1")));
    m_workspace->database().setOperatorName(before);

    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 13));
    HistoryModel *model = view->model();
    auto *kindCombo = view->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *count = view->findChild<QLabel *>(QStringLiteral("countLabel"));
    kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("events")));
    QVERIFY(waitForRows(*view, 4));
    QTRY_COMPARE(count->text(), QStringLiteral("Actions: 4 of 4 shown"));
    QCOMPARE(model->index(0, HistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("Manual task completed"));
    QCOMPARE(model->index(0, HistoryModel::OrganizationColumn).data().toString(),
            QStringLiteral("Zeta Clinics"));
    QCOMPARE(model->index(0, HistoryModel::OperatorColumn).data().toString(), li);
    QCOMPARE(model->index(3, HistoryModel::OperatorColumn).data().toString(), before);
    // Outcome and link are the attempts' alone.
    QVERIFY(!view->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->isEnabled());

    kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("organization-added")));
    QVERIFY(waitForRows(*view, 2));
    kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("all")));
    QVERIFY(waitForRows(*view, 13));
    // An outcome narrows the timeline to attempts: actions have none.
    auto *outcome = view->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    QVERIFY(outcome->isEnabled());
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QVERIFY(waitForRows(*view, 2));
    QTRY_COMPARE(count->text(), QStringLiteral("Attempts: 2 of 2 shown"));
    // Found by the walk: the outcome, greyed out once the attempts are not listed, went on
    // narrowing the actions to none.
    kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("events")));
    QVERIFY(waitForRows(*view, 4));
    QVERIFY(!outcome->isEnabled());
    kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("all")));
    QVERIFY(waitForRows(*view, 2));
    outcome->setCurrentIndex(0);
    auto *byCombo = view->findChild<QComboBox *>(QStringLiteral("operatorCombo"));
    QTRY_VERIFY(byCombo->findData(li) > 0);
    byCombo->setCurrentIndex(byCombo->findData(li));
    QVERIFY(waitForRows(*view, 2));

    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    table->setCurrentIndex(model->index(0, 0));
    auto *details = view->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    QTRY_VERIFY2(
            details->text().contains(QStringLiteral("Manual task completed with +1 312-555-0199")),
            qPrintable(details->text()));
    QVERIFY2(
            details->text().contains(QStringLiteral("by %1").arg(li)), qPrintable(details->text()));
    Test::saveScreenshot(view.get(), QStringLiteral("other-actions"));

    // The export takes what the list shows: Li's two actions, with kind and operator.
    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("actions.csv"));
    m_fileDialog->setNextFileName(path);
    QSignalSpy finished(view.get(), &HistoryView::exportFinished);
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 2);
    auto *status = view->findChild<QLabel *>(QStringLiteral("exportStatusLabel"));
    QVERIFY2(status->text().endsWith(QStringLiteral("(records: 2).")), qPrintable(status->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY2(csv.contains(",li@agency-laptop,,task-completed,"), csv.constData());
    QVERIFY(csv.contains(",li@agency-laptop,,task-opened,"));
    QVERIFY(!csv.contains("organization-added"));
}

void TestHistoryView::exportsWhatIsFilteredAsCsv()
{
    auto view = makeView(QStringLiteral("provisioning"));
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->setOrganizationId(m_zeta.id);
    QVERIFY(waitForRows(*view, 3));

    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("zeta.csv"));
    m_fileDialog->setNextFileName(path); // the first filter: CSV
    QSignalSpy finished(view.get(), &HistoryView::exportFinished);
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toString(), path);
    // Found by the walk: every organization's export of a day was offered the same name.
    QVERIFY2(QFileInfo(m_fileDialog->lastSuggestedPath())
                     .fileName()
                     .startsWith(QStringLiteral("switchboard-history-zeta-clinics-20")),
            qPrintable(m_fileDialog->lastSuggestedPath()));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 3);
    QVERIFY(finished.at(0).at(2).toString().isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("id,organization,"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(",zeta,"), lines.at(i).constData());
    auto *status = view->findChild<QLabel *>(QStringLiteral("exportStatusLabel"));
    QVERIFY2(status->text().endsWith(QStringLiteral("(attempts: 3).")), qPrintable(status->text()));
    Test::saveScreenshot(view.get(), QStringLiteral("exported-csv"));
    // Another selection: the line no longer speaks of it.
    view->setOrganizationId(m_acme.id);
    QVERIFY(status->text().isEmpty());
}

void TestHistoryView::exportsAsJsonByTheDialogsFilter()
{
    auto view = makeView(QStringLiteral("provisioning"));
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 9));
    auto *outcome = view->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QVERIFY(waitForRows(*view, 2));

    // No suffix typed: the chosen filter decides, and adds it.
    const QString typed = QDir(m_workspace->path()).filePath(QStringLiteral("failed"));
    m_fileDialog->setNextFileName(typed, QStringLiteral("JSON files (*.json)"));
    QSignalSpy finished(view.get(), &HistoryView::exportFinished);
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toString(), typed + QStringLiteral(".json"));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 2);

    QFile file(typed + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray attempts = json.array();
    QCOMPARE(attempts.size(), 2);
    for (const QJsonValue attempt : attempts) {
        QCOMPARE(attempt[QStringLiteral("outcome")].toString(), QStringLiteral("failed"));
        QCOMPARE(attempt[QStringLiteral("steps")].toArray().size(), 2);
    }
    Test::saveScreenshot(view.get(), QStringLiteral("exported-json"));
}

// Found by the walk: the workspace's own actions (its settings, accounts and pool) could be
// found only under All organizations, among every customer's.
void TestHistoryView::theWorkspaceFilterListsTheWorkspacesOwnActions()
{
    EventLog events(m_workspace->database());
    WorkspaceEvent setting;
    setting.kind = EventKind::SettingChanged;
    setting.summary = QStringLiteral("Monthly purchase limit: 5 → 8");
    QVERIFY(events.record(setting));
    WorkspaceEvent acmeChange;
    acmeChange.kind = EventKind::OrganizationChanged;
    acmeChange.organizationId = m_acme.id;
    acmeChange.organizationSlug = m_acme.slug;
    acmeChange.summary = QStringLiteral("Name: Acme → Acme Dental");
    QVERIFY(events.record(acmeChange));

    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 13)); // 9 attempts, 2 organizations added, the 2 above
    auto *organization = view->findChild<QComboBox *>(QStringLiteral("organizationCombo"));
    const int workspaceRow = organization->findText(QStringLiteral("Workspace"));
    QVERIFY(workspaceRow > 0);
    organization->setCurrentIndex(workspaceRow);
    QVERIFY(waitForRows(*view, 1));
    HistoryModel *model = view->model();
    QCOMPARE(model->index(0, HistoryModel::OutcomeColumn).data().toString(),
            DisplayNames::eventKind(EventKind::SettingChanged));
    QCOMPARE(model->index(0, HistoryModel::OrganizationColumn).data().toString(),
            QStringLiteral("Workspace"));
    Test::saveScreenshot(view.get(), QStringLiteral("workspace-filter"));

    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("workspace.csv"));
    m_fileDialog->setNextFileName(path);
    QSignalSpy finished(view.get(), &HistoryView::exportFinished);
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 1); // the workspace's action alone
    QVERIFY2(QFileInfo(m_fileDialog->lastSuggestedPath())
                     .fileName()
                     .startsWith(QStringLiteral("switchboard-history-workspace-20")),
            qPrintable(m_fileDialog->lastSuggestedPath()));
    // Back to everyone: the organization's action and the attempts are there again.
    organization->setCurrentIndex(0);
    QVERIFY(waitForRows(*view, 13));
}

void TestHistoryView::cancelledDialogExportsNothing()
{
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForRows(*view, 11));
    m_fileDialog->setNextFileName(QString()); // the user pressed Cancel
    QSignalSpy finished(view.get(), &HistoryView::exportFinished);
    QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(!finished.wait(300));
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!m_queries->isBusy());
}

// Found by the walk: a settings change, written on the storage thread's connection, stayed out
// of the timeline until something else reloaded it; and editing an organization (its list
// model reset) switched the organization filter to all of them.
void TestHistoryView::followsWhatAnotherConnectionRecordsAndKeepsTheOrganization()
{
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->setOrganizationId(m_zeta.id);
    QVERIFY(waitForRows(*view, 4)); // Zeta's 3 attempts and its organization added
    // Another connection of this console renames Zeta, with its event; the snapshot hears of
    // the change (as the console's storage thread does), the view does not hear of the event.
    DatabaseError error;
    auto other = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(Test::databaseFileOf(*m_workspace)), &error);
    QVERIFY2(other, qPrintable(error.message));
    other->setOperatorName(QStringLiteral("storage@thread"));
    OrganizationStore organizations(*other);
    Organization renamed = m_zeta;
    renamed.name = QStringLiteral("Zeta Health");
    QVERIFY(organizations.update(renamed));
    m_snapshots->reload();
    QVERIFY(waitForRows(*view, 5));
    auto *organization = view->findChild<QComboBox *>(QStringLiteral("organizationCombo"));
    QCOMPARE(organization->currentText(), QStringLiteral("Zeta Health"));
    QCOMPARE(view->filter().organizationId, m_zeta.id);
    QCOMPARE(view->model()->index(0, 0).data(HistoryModel::KindRole).toString(),
            QStringLiteral("organization-changed"));
    QCOMPARE(view->model()->index(0, HistoryModel::OperatorColumn).data().toString(),
            QStringLiteral("storage@thread"));
}

// Found by the walk: Tab never left the "From" date (30 presses), and selecting an attempt with
// a long story shrank the list to two rows under the pointer.
void TestHistoryView::tabLeavesTheDatesAndALongStoryScrolls()
{
    auto view = makeView();
    view->show();
    QApplication::setActiveWindow(view.get());
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QVERIFY(waitForRows(*view, 11));
    auto *since = view->findChild<QDateEdit *>(QStringLiteral("sinceEdit"));
    auto *until = view->findChild<QDateEdit *>(QStringLiteral("untilEdit"));
    since->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(since->hasFocus());
    QTest::keyClick(since, Qt::Key_Tab);
    QTRY_VERIFY(until->hasFocus());
    QTest::keyClick(until, Qt::Key_Tab);
    QTRY_COMPARE(
            QApplication::focusWidget(), view->findChild<QComboBox *>(QStringLiteral("kindCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(until->hasFocus());

    // A story of forty lines: the list keeps its height.
    ManualTaskStore tasks(m_workspace->database());
    const qint64 attemptId = Test::recordAttempt(*m_history, m_zeta.id, m_zeta.slug,
            QStringLiteral("Long Story"), AttemptOutcome::ManualQueued, Strategy::Manual,
            QDateTime::currentDateTimeUtc(), QString())
                                     .id;
    for (int i = 0; i < 20; ++i) {
        ManualTask task;
        task.attemptId = attemptId;
        task.organizationId = m_zeta.id;
        task.assistantId = QStringLiteral("asst-long-story");
        task.assistantName = QStringLiteral("Long Story");
        QVERIFY(tasks.open(task));
        QVERIFY(tasks.cancel(task.id));
    }
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    QTRY_VERIFY(view->model()->indexOfAttempt(attemptId).isValid());
    const int before = table->height();
    table->setCurrentIndex(view->model()->indexOfAttempt(attemptId));
    auto *details = view->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    QTRY_VERIFY(details->text().count(QStringLiteral("<br>")) > 30);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(table->height(), before);
    Test::saveScreenshot(view.get(), QStringLiteral("long-story-scrolls"));
}

QTEST_MAIN(TestHistoryView)
#include "TestHistoryView.moc"
