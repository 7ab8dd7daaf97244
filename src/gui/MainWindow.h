// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <memory>

class QDockWidget;
class QPushButton;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace Switchboard {

class AccountStore;
class AssistantsModel;
class AssistantsView;
class ConnectionStatus;
class CredentialService;
class DirectoryStore;
class FileDialog;
class HistoryQueries;
class HistoryStore;
class HistoryView;
class ManualQueueView;
class ManualTaskModel;
class ManualTaskStore;
class NumberPoolStore;
class NumbersModel;
class NumbersView;
class OrganizationListModel;
class OrganizationStore;
class OrganizationWizard;
class ScalingView;
class SnapshotCache;
class SettingsDialog;
class UsageMeter;
class WorkspaceDatabase;
class Workspace;
class WorkspaceSettings;

// What the main window is built from; the composition root (src/app) owns all of it.
struct MainWindowDependencies
{
    // The database, the stores and the secrets (the keychain, for the secrets the organization
    // wizard saves with an organization); further connections for the worker threads that read
    // the history and the directory come from its workerOpener().
    Workspace *workspace = nullptr;
    FileDialog *fileDialog = nullptr;
    QSettings *settings = nullptr; // window geometry and view state
    QSettings *languageSettings = nullptr; // the language, when not in `settings` (the sandbox)
    QString defaultDatabaseFile; // where the workspace is when the settings name no place
    bool sandbox = false;
};

// The console: organizations on the left with the free-number meter under them; Assistants,
// Numbers, History and Scaling for the selected organization (or all); the manual queue in a
// dock. Shows its frame first and reads the workspace right after, so that it paints at once.
// Network work is the engine's: the window asks for it through its signals, and the views take
// the engine's reports through their setters (assistantsView()->showStep(), …).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowDependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The organization whose tabs are shown; 0 for "All organizations".
    qint64 currentOrganizationId() const;
    // The console's door to the storage thread: the snapshot every view shows, and write jobs.
    SnapshotCache &snapshots() const { return *m_snapshots; }
    void selectOrganization(qint64 organizationId);

    // Builds the views now, if the first paint has not done it yet.
    void ensureLoaded();
    // The views are built and the directory's first snapshot is in them.
    bool isLoaded() const;
    AssistantsView *assistantsView();
    NumbersView *numbersView();
    HistoryView *historyView();
    ScalingView *scalingView();
    // What became of completeTaskRequested(): the queue's Complete dialog closes or says why.
    void showTaskCompletion(qint64 taskId, bool done, const QString &message);
    ManualQueueView *manualQueueView();
    UsageMeter *usageMeter() const;

    // One account's connection, for the status bar ("offline since …").
    void setConnectionState(const QString &accountLabel, bool online, const QDateTime &since = {});
    void setConnectionNoAccount(const QString &accountLabel);
    void setConnectionKeyProblem(const QString &accountLabel, const QString &details);
    // A message in the status bar for `timeout` ms (0: until the next). One too long for the
    // room left of the connection labels ends in "…", and the whole of it is the status bar's
    // tooltip (found by the walk: messages cut mid-word against "Vapi: …").
    void showStatus(const QString &message, int timeout = 0);
    // Vapi accounts whose counts Vapi has not confirmed since `since`: the meter says so.
    void setUnconfirmedVapiAccounts(const QSet<qint64> &accountIds, const QDateTime &since);
    // Every so many minutes (Settings, General), F5 by itself; 0: never.
    int autoRefreshMinutes() const;
    // Without the APIs, the actions that need them are off and say why; the views still work.
    void setNetworkAvailable(bool available);
    bool isNetworkAvailable() const { return m_networkAvailable; }
    // What new assistants got automatically since the user last looked (a button in the status
    // bar that opens the history); hidden when both are 0.
    void showAutomaticSummary(int provisioned, int queued);

public Q_SLOTS:
    void openOrganizationWizard(qint64 organizationId = 0);
    // page: a SettingsDialog::Page.
    void openSettings(int page = 0);
    // The first run's setup: the workspace's own Vapi account (and, optionally, Twilio), apart
    // from any customer.
    void openWorkspaceSetup();
    // A team workspace's server stopped answering (`reason`), or (empty) answers again: the
    // settings and the organization wizard, which read the workspace as they open, wait.
    void setWorkspaceUnreachable(const QString &reason);
    // Why the team server does not answer; empty while it does. The controller refuses its
    // requests by it too.
    const QString &workspaceUnreachable() const { return m_workspaceUnreachable; }

Q_SIGNALS:
    void openSandboxDemoRequested();
    void refreshRequested();
    void provisionRequested(const QString &assistantId);
    void provisionAllRequested(const QStringList &assistantIds);
    void cancelBatchRequested();
    void createAssistantRequested(qint64 organizationId);
    void linkAssistantRequested(qint64 organizationId);
    // Confirmed by the person (RemoveOrganizationPrompt).
    void removeOrganizationRequested(qint64 organizationId);
    void assignNumberRequested(const QString &numberId, const QString &assistantId);
    void unassignNumberRequested(const QString &numberId);
    void releaseNumberRequested(const QString &numberId);
    // Buy a Twilio number for the organization's pool (0: the workspace's).
    void buyNumberRequested(qint64 organizationId);
    void completeTaskRequested(qint64 taskId, const QString &address);
    void dropTaskRequested(qint64 taskId);
    void capRecheckRequested(qint64 vapiAccountId);
    // A wizard opened: connect its testVapiRequested/testTwilioRequested here.
    void organizationWizardOpened(Switchboard::OrganizationWizard *wizard);
    // The wizard saved an organization (with its secrets, which are in the keychain already).
    void organizationSaved(qint64 organizationId);
    // The Settings dialog opened: connect its tests, and keep its secrets once it has saved.
    void settingsDialogOpened(Switchboard::SettingsDialog *dialog);
    // The user opened what was provisioned automatically: it counts as seen.
    void automaticSummarySeen();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool workspaceAnswers();
    void setUpActions();
    void setUpManualQueueDock();
    void ensureTab(int index);
    void updatePage();
    // The welcome page's words and first button: the workspace's setup, then the first customer.
    void updateWelcome();
    void setVapiKeyProblem(bool problem);
    void updateProvisionAction();
    void welcomeActionChosen();
    void organizationChanged();
    void refreshSummary();
    void refreshLocal();
    void provision();
    void findInHistory();
    void showTab(int index);
    void restoreState();
    void applyRefreshInterval();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowDependencies m_deps;
    OrganizationListModel *m_organizationModel = nullptr;
    SnapshotCache *m_snapshots = nullptr;
    qint64 m_pendingOrganizationId = 0; // asked for: selected once the list holds it
    qint64 m_selectedBeforeReset = 0;
    QString m_workspaceUnreachable;
    AssistantsModel *m_assistantsModel = nullptr;
    NumbersModel *m_numbersModel = nullptr;
    ManualTaskModel *m_taskModel = nullptr;
    HistoryQueries *m_historyQueries = nullptr;
    AssistantsView *m_assistants = nullptr;
    NumbersView *m_numbers = nullptr;
    HistoryView *m_history = nullptr;
    ScalingView *m_scaling = nullptr;
    ManualQueueView *m_manualQueue = nullptr;
    QDockWidget *m_manualDock = nullptr;
    ConnectionStatus *m_connections = nullptr;
    bool m_vapiKeyProblem = false; // the last listing had no key that works (the welcome says so)
    QSet<qint64> m_unconfirmedAccounts;
    QDateTime m_unconfirmedSince;
    QPushButton *m_automaticSummary = nullptr;
    QTimer m_summaryTimer; // gathers a burst of store changes into one refresh
    QTimer m_autoRefreshTimer; // the Settings' automatic refresh, as if F5 were pressed
    bool m_loaded = false;
    bool m_networkAvailable = true;
};

} // namespace Switchboard
