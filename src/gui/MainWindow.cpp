// SPDX-License-Identifier: Apache-2.0
#include "gui/MainWindow.h"

#include "core/history/HistoryQueries.h"
#include "core/provisioning/TwilioFallback.h"
#include "core/provisioning/UsageReport.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/workspace/UserSettings.h"
#include "core/workspace/Workspace.h"
#include "gui/dialogs/AboutDialog.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/RemoveOrganizationPrompt.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/dialogs/ShortcutsDialog.h"
#include "gui/dialogs/UserGuideDialog.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/HistoryModel.h"
#include "gui/models/ManualTaskModel.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationListModel.h"
#include "gui/views/AssistantsView.h"
#include "gui/views/HistoryView.h"
#include "gui/views/ManualQueueView.h"
#include "gui/views/NumbersView.h"
#include "gui/views/ScalingView.h"
#include "gui/widgets/ConnectionStatus.h"
#include "gui/widgets/OrganizationDelegate.h"
#include "gui/widgets/UsageMeter.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace Switchboard {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString TabKey = QStringLiteral("mainWindow/tab");
const QString OrganizationKey = QStringLiteral("mainWindow/organization");
const QString WizardGeometryKey = QStringLiteral("organizationWizard/geometry");

QKeySequence standardOr(QKeySequence::StandardKey key, const QString &fallback)
{
    // Not every platform has every standard key (Linux desktops have no Preferences key).
    const QKeySequence sequence(key);
    return sequence.isEmpty() ? QKeySequence(fallback) : sequence;
}

} // namespace

MainWindow::MainWindow(const MainWindowDependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_deps(dependencies)
{
    Q_ASSERT(m_deps.workspace && m_deps.fileDialog);
    qRegisterMetaType<Switchboard::OrganizationWizard *>();
    qRegisterMetaType<Switchboard::SettingsDialog *>();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    if (m_deps.sandbox)
        setWindowTitle(tr("Switchboard — sandbox demo"));

    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);

    // Every view reads the workspace from this cache's snapshots, read on its own thread
    // (started by ensureLoaded, after the first frame).
    m_snapshots
            = new SnapshotCache(m_deps.workspace->stores(), m_deps.workspace->workerOpener(), this);
    m_organizationModel = new OrganizationListModel(*m_snapshots, this);
    m_ui->organizationListView->setModel(m_organizationModel);
    m_ui->organizationListView->setItemDelegate(
            new OrganizationDelegate(m_ui->organizationListView));
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // The sidebar grows with the font, so that names and badges stay whole in large text.
    const int charWidth = fontMetrics().averageCharWidth();
    m_ui->organizationListView->setMinimumWidth(std::max(220, charWidth * 24));
    const int sidebarWidth = std::max(270, charWidth * 34);
    m_ui->mainSplitter->setSizes({sidebarWidth, std::max(830, sidebarWidth * 3)});

    m_automaticSummary = new QPushButton(this);
    m_automaticSummary->setObjectName(QStringLiteral("automaticSummaryButton"));
    m_automaticSummary->setFlat(true);
    m_automaticSummary->setToolTip(tr("Show the history; these count as seen"));
    m_automaticSummary->setAccessibleName(tr("New assistants provisioned automatically"));
    m_automaticSummary->hide();
    connect(m_automaticSummary, &QPushButton::clicked, this, [this] {
        m_automaticSummary->hide();
        // They may belong to any organization, and a filter left set could hide them: all
        // organizations, the history tab, no filter, newest first.
        m_ui->organizationListView->setCurrentIndex(m_organizationModel->index(0, 0));
        m_ui->organizationTabs->setCurrentWidget(m_ui->historyTab);
        historyView()->clearFilters();
        Q_EMIT automaticSummarySeen();
    });
    statusBar()->addPermanentWidget(m_automaticSummary);
    m_connections = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_connections);
    // The file's name, not its whole path: the status bar's messages need the room (found by
    // the walk: messages cut off mid-word). The whole location is in the tooltip.
    const DatabaseLocation &location = m_deps.workspace->database().location();
    auto *workspaceLabel = new QLabel(
            tr("Workspace: %1")
                    .arg(location.isPostgres() ? location.describe()
                                               : QFileInfo(location.sqlitePath).fileName()),
            this);
    workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    workspaceLabel->setToolTip(location.describe());
    statusBar()->addPermanentWidget(workspaceLabel);
    // The whole of a shortened message, for as long as it is shown (showStatus).
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->setToolTip({});
    });

    setUpManualQueueDock();
    setUpActions();
    connect(m_ui->organizationListView->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::organizationChanged);
    // A new list (a change here or on another console, F5) keeps the organization selected.
    connect(m_organizationModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentOrganizationId(); });
    connect(m_organizationModel, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this,
            &MainWindow::openSandboxDemoRequested);
    connect(m_ui->setUpVapiButton, &QPushButton::clicked, this, &MainWindow::welcomeActionChosen);
    connect(m_ui->organizationTabs, &QTabWidget::currentChanged, this, &MainWindow::ensureTab);
    connect(m_ui->usageMeter, &UsageMeter::setUpVapiRequested, this,
            &MainWindow::openWorkspaceSetup);
    connect(m_ui->usageMeter, &UsageMeter::capRecheckRequested, this,
            &MainWindow::capRecheckRequested);
    connect(m_ui->usageMeter, &UsageMeter::setUpTwilioRequested, this, [this] {
        if (currentOrganizationId())
            openOrganizationWizard(currentOrganizationId());
        else
            openSettings(SettingsDialog::WorkspacePage); // the workspace's Twilio account
    });
    connect(m_ui->usageMeter, &UsageMeter::workspaceTwilioRequested, this,
            [this] { openSettings(SettingsDialog::WorkspacePage); });

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(50);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::refreshSummary);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, &MainWindow::refreshLocal);

    m_ui->organizationListView->setCurrentIndex(m_organizationModel->index(0));
    restoreState();
    updatePage();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the dock after m_ui is gone; its visibility handler must not
    // run then.
    if (m_manualDock)
        disconnect(m_manualDock, nullptr, this, nullptr);
}

qint64 MainWindow::currentOrganizationId() const
{
    const QModelIndex current = m_ui->organizationListView->currentIndex();
    return current.isValid() ? current.data(OrganizationListModel::OrganizationIdRole).toLongLong()
                             : 0;
}

void MainWindow::selectOrganization(qint64 organizationId)
{
    const QModelIndex index = m_organizationModel->indexOfOrganization(organizationId);
    // One just added, or the one remembered at start, is in the list once the next snapshot
    // is in (updatePage).
    m_pendingOrganizationId = index.isValid() ? 0 : organizationId;
    m_ui->organizationListView->setCurrentIndex(
            index.isValid() ? index : m_organizationModel->index(0));
}

void MainWindow::setUpActions()
{
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionNewOrganization->setShortcut(QKeySequence::New);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionSettings->setShortcut(standardOr(QKeySequence::Preferences, tr("Ctrl+,")));
    m_ui->actionQuit->setShortcut(standardOr(QKeySequence::Quit, tr("Ctrl+Q")));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionProvision, &QAction::triggered, this, &MainWindow::provision);
    connect(m_ui->actionBuyNumber, &QAction::triggered, this,
            [this] { Q_EMIT buyNumberRequested(currentOrganizationId()); });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshLocal);
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] { openSettings(); });
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::findInHistory);
    connect(m_ui->actionNewOrganization, &QAction::triggered, this,
            [this] { openOrganizationWizard(0); });
    connect(m_ui->actionEditOrganization, &QAction::triggered, this,
            [this] { openOrganizationWizard(currentOrganizationId()); });
    connect(m_ui->actionRemoveOrganization, &QAction::triggered, this, [this] {
        const qint64 id = currentOrganizationId();
        const std::optional<Organization> organization = m_snapshots->snapshot().organization(id);
        if (!organization)
            return;
        RemoveOrganizationPrompt::ask(
                this, organization->name, [this, id] { Q_EMIT removeOrganizationRequested(id); });
    });
    const QList<QAction *> tabActions{m_ui->actionShowAssistants, m_ui->actionShowNumbers,
            m_ui->actionShowHistory, m_ui->actionShowScaling};
    for (int i = 0; i < tabActions.size(); ++i)
        connect(tabActions.at(i), &QAction::triggered, this, [this, i] { showTab(i); });
    connect(m_ui->actionNextTab, &QAction::triggered, this, [this] {
        showTab((m_ui->organizationTabs->currentIndex() + 1) % m_ui->organizationTabs->count());
    });
    connect(m_ui->actionPreviousTab, &QAction::triggered, this, [this] {
        const int count = m_ui->organizationTabs->count();
        showTab((m_ui->organizationTabs->currentIndex() + count - 1) % count);
    });
    m_ui->actionUserGuide->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] {
        if (auto *open = findChild<UserGuideDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show(); // beside the window, not in its way: read while working
    });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] {
        auto *shortcuts = new ShortcutsDialog(findChildren<QAction *>(), this);
        shortcuts->setAttribute(Qt::WA_DeleteOnClose);
        shortcuts->open();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

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

bool MainWindow::isLoaded() const
{
    return m_loaded && m_snapshots->isLoaded();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // The frame is on screen: now read the workspace, without holding up the first paint.
    if (!m_loaded && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest))
        QTimer::singleShot(0, this, &MainWindow::ensureLoaded);
    return handled;
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

UsageMeter *MainWindow::usageMeter() const
{
    return m_ui->usageMeter;
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

void MainWindow::updatePage()
{
    // Until the first snapshot is in, the list is empty but the workspace need not be.
    const bool empty = m_snapshots->isLoaded() && m_organizationModel->organizationCount() == 0;
    for (qint64 *wanted : {&m_selectedBeforeReset, &m_pendingOrganizationId}) {
        if (!*wanted)
            continue;
        const QModelIndex index = m_organizationModel->indexOfOrganization(*wanted);
        // One asked for stays wanted while a newer list may still bring it.
        const bool mayCome = !m_snapshots->isLoaded() || m_snapshots->isLoading();
        if (index.isValid() || wanted == &m_selectedBeforeReset || !mayCome)
            *wanted = 0;
        if (index.isValid())
            m_ui->organizationListView->setCurrentIndex(index);
    }
    m_ui->pageStack->setCurrentWidget(empty ? m_ui->welcomePage : m_ui->organizationTabs);
    if (empty)
        updateWelcome();
    if (!m_ui->organizationListView->currentIndex().isValid())
        m_ui->organizationListView->setCurrentIndex(m_organizationModel->index(0));
    updateProvisionAction();
    m_ui->actionEditOrganization->setEnabled(currentOrganizationId() != 0);
    m_ui->actionRemoveOrganization->setEnabled(currentOrganizationId() != 0);
}

void MainWindow::organizationChanged()
{
    const qint64 id = currentOrganizationId();
    if (id != 0)
        m_pendingOrganizationId = 0; // chosen since
    m_ui->actionEditOrganization->setEnabled(id != 0);
    m_ui->actionRemoveOrganization->setEnabled(id != 0);
    if (m_assistants)
        m_assistants->setOrganizationId(id);
    if (m_numbers)
        m_numbers->setOrganizationId(id);
    if (m_history)
        m_history->setOrganizationId(id);
    if (m_manualQueue)
        m_manualQueue->setOrganizationId(id);
    refreshSummary();
}

// The meter and the Scaling tab, for the selection: both read the workspace only.
void MainWindow::refreshSummary()
{
    m_summaryTimer.stop();
    if (!m_loaded)
        return;
    const qint64 id = currentOrganizationId();
    const auto badge = m_organizationModel->badge(id);
    if (!m_snapshots->isLoaded()) {
        // The usage is not known before the directory's first snapshot.
    } else if (badge && badge->account) {
        const VapiAccount &account = *badge->account;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_ui->usageMeter->setUsage(badge->usage, account,
                account.isWorkspaceAccount() ? tr("the workspace") : account.label, now,
                TwilioFallback::of(m_snapshots->snapshot(), id, now),
                m_unconfirmedAccounts.contains(account.id) ? m_unconfirmedSince : QDateTime());
    } else {
        // "All organizations" without a workspace account: some may still have their own.
        int ownAccounts = 0;
        int withoutAccount = 0;
        for (int row = 1; id == 0 && row < m_organizationModel->rowCount(); ++row) {
            const auto own = m_organizationModel->badge(
                    m_organizationModel->index(row)
                            .data(OrganizationListModel::OrganizationIdRole)
                            .toLongLong());
            if (own && own->account && !own->account->isWorkspaceAccount())
                ++ownAccounts;
            else
                ++withoutAccount;
        }
        m_ui->usageMeter->setNoAccount(ownAccounts, withoutAccount);
    }
    if (m_scaling && m_snapshots->isLoaded())
        m_scaling->setInputs(scalingInputs(m_snapshots->snapshot(), id));
    if (m_numbers)
        m_numbers->setTwilioMonthlyPrice(m_snapshots->snapshot().twilioNumberMonthlyPrice);
}

// F5: the engine fetches from the APIs; meanwhile the views read the workspace again.
void MainWindow::refreshLocal()
{
    ensureLoaded();
    m_snapshots->reload();
    if (m_history)
        m_history->model()->reload();
    refreshSummary();
    Q_EMIT refreshRequested();
}

void MainWindow::provision()
{
    m_ui->organizationTabs->setCurrentWidget(m_ui->assistantsTab);
    AssistantsView *view = assistantsView();
    if (!view->isProvisionable()) {
        // Found by the second walk: the toolbar's button did nothing visible without one.
        showStatus(tr("Select an assistant without a number first, or use "
                      "\"Provision all unassigned\"."),
                8000);
        return;
    }
    view->provisionSelected();
}

void MainWindow::findInHistory()
{
    if (m_ui->pageStack->currentWidget() != m_ui->organizationTabs)
        return;
    m_ui->organizationTabs->setCurrentWidget(m_ui->historyTab);
    historyView()->focusSearch();
}

void MainWindow::showTab(int index)
{
    if (m_ui->pageStack->currentWidget() != m_ui->organizationTabs)
        return; // the welcome page has no tabs
    m_ui->organizationTabs->setCurrentIndex(index);
    // Keyboard users land on the tab's first control, not on the list they left.
    QWidget *page = m_ui->organizationTabs->currentWidget();
    for (QWidget *next = page->nextInFocusChain(); next && next != page;
            next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisibleTo(page) && next->isEnabled()
                && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            break;
        }
    }
}

void MainWindow::setWorkspaceUnreachable(const QString &reason)
{
    m_workspaceUnreachable = reason;
}

bool MainWindow::workspaceAnswers()
{
    if (m_workspaceUnreachable.isEmpty())
        return true;
    // The dialogs read and write the workspace on this thread: not while its server stalls.
    showStatus(tr("The team database does not answer (%1): settings and "
                  "organizations open again when the status bar shows it online.")
                       .arg(m_workspaceUnreachable),
            15000);
    return false;
}

void MainWindow::updateWelcome()
{
    if (!m_snapshots->snapshot().workspaceVapiAccount()) {
        m_ui->welcomeTextLabel->setText(
                tr("Give every Vapi assistant of your customers a working phone number: free "
                   "Vapi numbers first, then Twilio, with a record of every step. Start by "
                   "setting up your workspace with your agency's Vapi account, or explore the "
                   "sandbox demo."));
        m_ui->setUpVapiButton->setText(tr("&Set up the workspace…"));
        m_ui->setUpVapiButton->setAccessibleName(tr("Set up the workspace"));
        return;
    }
    if (m_vapiKeyProblem) {
        // Found by the walk: "The workspace is set up" while its key was not in the keychain.
        m_ui->welcomeTextLabel->setText(
                tr("The workspace's Vapi account has no key that works: it is missing from the "
                   "keychain, or Vapi refused it. Enter it again in the workspace's settings; "
                   "then add your first customer organization."));
        m_ui->setUpVapiButton->setText(tr("&Set up the workspace…"));
        m_ui->setUpVapiButton->setAccessibleName(tr("Set up the workspace"));
        return;
    }
    m_ui->welcomeTextLabel->setText(
            tr("The workspace is set up. Add your first customer organization: its assistants "
               "are listed from the Vapi account that serves it, and each gets a number."));
    m_ui->setUpVapiButton->setText(tr("Add a &customer…"));
    m_ui->setUpVapiButton->setAccessibleName(tr("Add a customer organization"));
}

void MainWindow::welcomeActionChosen()
{
    if (m_snapshots->snapshot().workspaceVapiAccount() && !m_vapiKeyProblem)
        openOrganizationWizard(0);
    else
        openWorkspaceSetup();
}

void MainWindow::openWorkspaceSetup()
{
    openSettings(SettingsDialog::WorkspacePage);
    if (auto *dialog = findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
            dialog && !m_snapshots->snapshot().workspaceVapiAccount())
        dialog->showWorkspaceSetup();
}

void MainWindow::openSettings(int page)
{
    if (!m_deps.settings)
        return; // a window without settings (a benchmark) has nothing to keep them in
    if (!workspaceAnswers())
        return;
    if (!m_snapshots->isLoaded()) {
        // The dialog shows what the workspace holds: never defaults that OK would save.
        showStatus(tr("The workspace is still being read; open Settings again in a moment."), 5000);
        return;
    }
    if (auto *open = findChild<SettingsDialog *>(QStringLiteral("settingsDialog"))) {
        open->showPage(SettingsDialog::Page(page));
        open->raise();
        open->activateWindow();
        return;
    }
    SettingsDialogDependencies deps;
    deps.settings = m_deps.settings;
    deps.languageSettings = m_deps.languageSettings;
    deps.sandbox = m_deps.sandbox;
    deps.snapshots = m_snapshots;
    deps.defaultDatabaseFile = m_deps.defaultDatabaseFile;
    deps.currentDatabase = m_deps.workspace->database().location().describe();
    auto *dialog = new SettingsDialog(deps, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(SettingsDialog::Page(page));
    // Once everything is kept, the keys in the keychain included.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyRefreshInterval();
        showStatus(
                dialog->isWorkspaceSetup() ? tr("The workspace is set up.") : tr("Settings saved."),
                5000);
    });
    Q_EMIT settingsDialogOpened(dialog);
    dialog->open();
}

void MainWindow::openOrganizationWizard(qint64 organizationId)
{
    if (!workspaceAnswers())
        return;
    OrganizationWizardDependencies deps;
    deps.database = &m_deps.workspace->database();
    deps.organizations = &m_deps.workspace->organizations();
    deps.accounts = &m_deps.workspace->accounts();
    deps.pool = &m_deps.workspace->pool();
    deps.workspaceSettings = &m_deps.workspace->settings();
    deps.credentials = &m_deps.workspace->credentials();
    auto *wizard = new OrganizationWizard(deps, organizationId, this);
    wizard->setObjectName(QStringLiteral("organizationWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_deps.settings) {
        wizard->restoreGeometry(m_deps.settings->value(WizardGeometryKey).toByteArray());
        connect(wizard, &QDialog::finished, this, [this, wizard] {
            m_deps.settings->setValue(WizardGeometryKey, wizard->saveGeometry());
        });
    }
    connect(wizard, &OrganizationWizard::organizationSaved, this, [this](qint64 id) {
        Q_EMIT organizationSaved(id);
        selectOrganization(id);
    });
    Q_EMIT organizationWizardOpened(wizard);
    wizard->open();
}

void MainWindow::setConnectionState(
        const QString &accountLabel, bool online, const QDateTime &since)
{
    m_connections->setState(accountLabel, online, since);
    if (online)
        setVapiKeyProblem(false);
}

void MainWindow::setConnectionNoAccount(const QString &accountLabel)
{
    m_connections->setNoAccount(accountLabel);
    setVapiKeyProblem(false);
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    QStatusBar *bar = statusBar();
    // The room left of the permanent labels, as they are about to be laid out: a label may have
    // just changed ("Vapi: check the key" comes with its message), so by what they need rather
    // than where they are now.
    int used = 0;
    for (QWidget *permanent : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (permanent->isVisibleTo(bar))
            used += std::max(permanent->sizeHint().width(), permanent->width())
                    + bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    }
    const int room = bar->width() - used - bar->fontMetrics().averageCharWidth() * 4;
    // Before the window has its size there is no room to judge: the message as it is.
    const QString shown
            = room > 200 ? bar->fontMetrics().elidedText(message, Qt::ElideRight, room) : message;
    bar->setToolTip(shown == message ? QString() : message);
    bar->showMessage(shown, timeout);
}

void MainWindow::setConnectionKeyProblem(const QString &accountLabel, const QString &details)
{
    m_connections->setKeyProblem(accountLabel, details);
    setVapiKeyProblem(true);
}

void MainWindow::setVapiKeyProblem(bool problem)
{
    if (m_vapiKeyProblem == problem)
        return;
    m_vapiKeyProblem = problem;
    updateWelcome();
}

void MainWindow::setUnconfirmedVapiAccounts(const QSet<qint64> &accountIds, const QDateTime &since)
{
    m_unconfirmedAccounts = accountIds;
    m_unconfirmedSince = since;
    refreshSummary();
}

void MainWindow::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    if (m_assistants)
        m_assistants->setNetworkAvailable(available);
    if (m_numbers)
        m_numbers->setNetworkAvailable(available);
    updatePage();
}

void MainWindow::updateProvisionAction()
{
    const bool empty = m_ui->pageStack->currentWidget() == m_ui->welcomePage;
    // Until the Assistants tab has been built, nothing is selected in it: the action shows it
    // and says what to select.
    const bool selectionServes = !m_assistants || m_assistants->isProvisionable();
    m_ui->actionProvision->setEnabled(!empty && m_networkAvailable && selectionServes);
    m_ui->actionBuyNumber->setEnabled(!empty && m_networkAvailable);
    m_ui->actionProvision->setToolTip(!m_networkAvailable
                    ? tr("Vapi cannot be reached: provisioning waits for the connection.")
                    : selectionServes
                    ? tr("Give the selected assistant a phone number through the provisioning "
                         "chain")
                    : tr("Select an assistant without a number in the Assistants tab, or use "
                         "\"Provision all unassigned\"."));
}

void MainWindow::restoreState()
{
    if (!m_deps.settings)
        return;
    restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
    QMainWindow::restoreState(m_deps.settings->value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(m_deps.settings->value(SplitterKey).toByteArray());
    m_ui->organizationTabs->setCurrentIndex(m_deps.settings->value(TabKey, 0).toInt());
    selectOrganization(m_deps.settings->value(OrganizationKey, 0).toLongLong());
    m_ui->actionManualQueue->setChecked(!m_manualDock->isHidden());
}

void MainWindow::showAutomaticSummary(int provisioned, int queued)
{
    if (provisioned + queued == 0) {
        m_automaticSummary->hide();
        return;
    }
    QStringList parts;
    if (provisioned > 0)
        parts << tr("%n got a number", nullptr, provisioned);
    if (queued > 0)
        parts << tr("%n wait(s) in the manual queue", nullptr, queued);
    m_automaticSummary->setText(tr("New assistants since you last looked: %1")
                                        .arg(QLocale().createSeparatedList(parts)));
    m_automaticSummary->show();
}

int MainWindow::autoRefreshMinutes() const
{
    return m_autoRefreshTimer.isActive() ? m_autoRefreshTimer.interval() / 60000 : 0;
}

void MainWindow::applyRefreshInterval()
{
    const int minutes
            = m_deps.settings ? UserSettings(*m_deps.settings).refreshIntervalMinutes() : 0;
    if (minutes == 0) {
        m_autoRefreshTimer.stop();
        return;
    }
    m_autoRefreshTimer.start(minutes * 60000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_deps.settings) {
        m_deps.settings->setValue(GeometryKey, saveGeometry());
        m_deps.settings->setValue(StateKey, saveState());
        m_deps.settings->setValue(SplitterKey, m_ui->mainSplitter->saveState());
        m_deps.settings->setValue(TabKey, m_ui->organizationTabs->currentIndex());
        m_deps.settings->setValue(OrganizationKey,
                m_pendingOrganizationId ? m_pendingOrganizationId : currentOrganizationId());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Switchboard
