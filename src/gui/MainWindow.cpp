// SPDX-License-Identifier: Apache-2.0
#include "gui/MainWindow.h"

#include "core/provisioning/TwilioFallback.h"
#include "core/provisioning/UsageReport.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/workspace/UserSettings.h"
#include "core/workspace/Workspace.h"
#include "gui/dialogs/AboutDialog.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/RemoveOrganizationPrompt.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/dialogs/ShortcutsDialog.h"
#include "gui/dialogs/UserGuideDialog.h"
#include "gui/models/HistoryModel.h"
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
#include <QPushButton>
#include <QSettings>

namespace Switchboard {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString TabKey = QStringLiteral("mainWindow/tab");
const QString OrganizationKey = QStringLiteral("mainWindow/organization");

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

UsageMeter *MainWindow::usageMeter() const
{
    return m_ui->usageMeter;
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
