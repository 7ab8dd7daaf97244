// SPDX-License-Identifier: Apache-2.0
// The main window's pages, made when first shown (the tabs' views and the manual queue's panel),
// and the wiring of each to the window's signals.
#include "gui/MainWindow.h"

#include "core/history/HistoryQueries.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/workspace/Workspace.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/ManualTaskModel.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationListModel.h"
#include "gui/views/AssistantsView.h"
#include "gui/views/HistoryView.h"
#include "gui/views/ManualQueueView.h"
#include "gui/views/NumbersView.h"
#include "gui/views/ScalingView.h"
#include "ui_MainWindow.h"

#include <QDockWidget>

namespace Switchboard {

void MainWindow::setUpManualQueueDock()
{
    m_manualDock = new QDockWidget(tr("Manual queue"), this);
    m_manualDock->setObjectName(QStringLiteral("manualQueueDock"));
    m_manualDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_manualDock);
    m_manualDock->hide();
    connect(m_ui->actionManualQueue, &QAction::toggled, this, [this](bool show) {
        m_manualDock->setVisible(show);
        // A third of the window, so that the organization list above keeps its rows (found by
        // the GUI walk: the panel took all but a row and a half of it).
        // A quarter on a short screen, where the tabs need the rest (the second walk: History
        // listed one to three rows at 1024×700).
        if (show)
            resizeDocks({m_manualDock},
                    {std::max(height() / (height() < 800 ? 4 : 3),
                            m_manualDock->minimumSizeHint().height())},
                    Qt::Vertical);
    });
    connect(m_manualDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_manualDock->isHidden())
            m_ui->actionManualQueue->setChecked(true);
        else if (!visible)
            m_ui->actionManualQueue->setChecked(false);
        if (visible && m_loaded)
            manualQueueView();
    });
}

void MainWindow::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // Read on the cache's worker thread; started after the first frame, so as not to compete
    // with it for the processor.
    connect(m_snapshots, &SnapshotCache::changed, this, [this] {
        m_summaryTimer.start();
        if (m_ui->pageStack->currentWidget() == m_ui->welcomePage)
            updateWelcome(); // the workspace's account just set up: the first customer is next
    });
    m_snapshots->reload();
    m_historyQueries = new HistoryQueries(m_deps.workspace->workerOpener(), this);
    ensureTab(m_ui->organizationTabs->currentIndex());
    applyRefreshInterval();
    if (m_manualDock->isVisible())
        manualQueueView();
    organizationChanged();
}

AssistantsView *MainWindow::assistantsView()
{
    ensureLoaded();
    if (!m_assistants) {
        if (!m_assistantsModel)
            m_assistantsModel = new AssistantsModel(*m_snapshots, this);
        m_assistants = new AssistantsView(*m_assistantsModel, m_ui->assistantsTab);
        m_ui->assistantsLayout->addWidget(m_assistants);
        m_assistants->setOrganizationId(currentOrganizationId());
        m_assistants->setNetworkAvailable(m_networkAvailable);
        connect(m_assistants, &AssistantsView::provisionRequested, this,
                &MainWindow::provisionRequested);
        connect(m_assistants, &AssistantsView::provisionAllRequested, this,
                &MainWindow::provisionAllRequested);
        connect(m_assistants, &AssistantsView::cancelBatchRequested, this,
                &MainWindow::cancelBatchRequested);
        connect(m_assistants, &AssistantsView::manualQueueRequested, m_ui->actionManualQueue,
                [this] { m_ui->actionManualQueue->setChecked(true); });
        connect(m_assistants, &AssistantsView::createAssistantRequested, this,
                &MainWindow::createAssistantRequested);
        connect(m_assistants, &AssistantsView::linkAssistantRequested, this,
                &MainWindow::linkAssistantRequested);
        connect(m_assistants, &AssistantsView::provisionableChanged, this,
                &MainWindow::updateProvisionAction);
        updateProvisionAction();
    }
    return m_assistants;
}

NumbersView *MainWindow::numbersView()
{
    ensureLoaded();
    if (!m_numbers) {
        assistantsView(); // its model names the assistants a number can go to
        m_numbersModel = new NumbersModel(*m_snapshots, this);
        m_numbers = new NumbersView(
                *m_numbersModel, *m_assistantsModel, m_deps.fileDialog, m_ui->numbersTab);
        m_ui->numbersLayout->addWidget(m_numbers);
        m_numbers->setOrganizationId(currentOrganizationId());
        m_numbers->setNetworkAvailable(m_networkAvailable);
        m_numbers->setTwilioMonthlyPrice(m_snapshots->snapshot().twilioNumberMonthlyPrice);
        connect(m_numbers, &NumbersView::assignRequested, this, &MainWindow::assignNumberRequested);
        connect(m_numbers, &NumbersView::unassignRequested, this,
                &MainWindow::unassignNumberRequested);
        connect(m_numbers, &NumbersView::buyRequested, this,
                [this] { Q_EMIT buyNumberRequested(currentOrganizationId()); });
        connect(m_numbers, &NumbersView::releaseRequested, this,
                &MainWindow::releaseNumberRequested);
    }
    return m_numbers;
}

HistoryView *MainWindow::historyView()
{
    ensureLoaded();
    if (!m_history) {
        HistoryViewDependencies deps;
        deps.queries = m_historyQueries;
        deps.organizations = m_organizationModel;
        deps.fileDialog = m_deps.fileDialog;
        deps.history = &m_deps.workspace->history();
        deps.snapshots = m_snapshots;
        m_history = new HistoryView(deps, m_ui->historyTab);
        // The window's Find (the same keys) reaches the view from everywhere.
        m_history->removeAction(m_history->findAction());
        m_ui->historyLayout->addWidget(m_history);
        m_history->setOrganizationId(currentOrganizationId());
        connect(m_history, &HistoryView::exportFinished, this,
                [this](const QString &, qint64 records, const QString &error) {
                    // Records: attempts, actions, or both, as the list showed (the walk saw
                    // "attempts: 23" for 3 attempts and 20 actions).
                    showStatus(records >= 0 ? tr("History exported (records: %1).").arg(records)
                                            : error,
                            8000);
                });
    }
    return m_history;
}

ScalingView *MainWindow::scalingView()
{
    ensureLoaded();
    if (!m_scaling) {
        m_scaling = new ScalingView(m_ui->scalingTab);
        m_ui->scalingLayout->addWidget(m_scaling);
        refreshSummary();
    }
    return m_scaling;
}

void MainWindow::showTaskCompletion(qint64 taskId, bool done, const QString &message)
{
    if (m_manualQueue)
        m_manualQueue->showCompletion(taskId, done, message);
}

ManualQueueView *MainWindow::manualQueueView()
{
    ensureLoaded();
    if (!m_manualQueue) {
        m_taskModel = new ManualTaskModel(*m_snapshots, this);
        m_manualQueue = new ManualQueueView(*m_taskModel, m_manualDock);
        m_manualDock->setWidget(m_manualQueue);
        m_manualQueue->setOrganizationId(currentOrganizationId());
        connect(m_manualQueue, &ManualQueueView::completeRequested, this,
                &MainWindow::completeTaskRequested);
        connect(m_manualQueue, &ManualQueueView::dropRequested, this,
                &MainWindow::dropTaskRequested);
    }
    return m_manualQueue;
}

void MainWindow::ensureTab(int index)
{
    if (!m_loaded)
        return;
    QWidget *page = m_ui->organizationTabs->widget(index);
    if (page == m_ui->assistantsTab)
        assistantsView();
    else if (page == m_ui->numbersTab)
        numbersView();
    else if (page == m_ui->historyTab)
        historyView();
    else if (page == m_ui->scalingTab)
        scalingView();
}

} // namespace Switchboard
