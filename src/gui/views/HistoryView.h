// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/HistoryQuery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QTabWidget;

namespace Ui {
class HistoryView;
}

namespace Switchboard {

class EventsPanel;
class FileDialog;
class HistoryModel;
class HistoryQueries;
class HistoryStore;
class StepsModel;

struct HistoryViewDependencies
{
    HistoryQueries *queries = nullptr;
    // An OrganizationListModel (row 0 "All organizations"), shared with the main window.
    QAbstractItemModel *organizations = nullptr;
    FileDialog *fileDialog = nullptr;
    // Optional: the GUI thread's store, whose attemptChanged() keeps the rows current.
    HistoryStore *history = nullptr;
};

// Every provisioning attempt, newest first, with filters, the steps of the selected attempt,
// and an export of what the filters select; beside them, every other action on record
// (EventsPanel) under the same filters. Works from the workspace alone: no network.
// Loads when first shown; every query runs on the history's worker thread.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(const HistoryViewDependencies &dependencies, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    StepsModel *stepsModel() const { return m_steps; }
    EventsPanel *eventsPanel() const { return m_events; }
    HistoryFilter filter() const;
    // Selects the organization filter (0: all organizations).
    void setOrganizationId(qint64 organizationId);
    // Ctrl+F while the view has focus. A window that has its own Find removes this action.
    QAction *findAction() const { return m_findAction; }
    void focusSearch();
    // Loads the first page now rather than when first shown.
    void activate();
    // Every attempt of every organization, newest first (the "Clear filters" button).
    void clearFilters();

Q_SIGNALS:
    // An export ended: `attempts` written to `fileName`, or -1 with `error` (also when cancelled).
    void exportFinished(const QString &fileName, qint64 attempts, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpFilters();
    void applyFilters();
    void chooseExportFile();
    void startExport(const QString &fileName, const QString &kind);
    void showSelectedAttempt();
    void restoreSelection();
    void onQueryFinished(const HistoryQueryResult &result);
    void onExportProgress(quint64 ticket, qint64 bytes);
    void showDetails(const ProvisioningAttempt &attempt, const QList<WorkspaceEvent> &events = {});
    void loadOperators();
    void showOperators(const QStringList &operators);
    void updateStatus();
    void cancel();

    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryViewDependencies m_deps;
    HistoryModel *m_model = nullptr;
    StepsModel *m_steps = nullptr;
    EventsPanel *m_events = nullptr;
    QTabWidget *m_recordTabs = nullptr;
    QAction *m_findAction = nullptr;
    QTimer m_searchDelay;
    qint64 m_organizationId = 0;
    qint64 m_selectedAttemptId = 0;
    quint64 m_detailTicket = 0;
    quint64 m_exportTicket = 0;
    quint64 m_operatorsTicket = 0;
    QString m_exportFileName;
    bool m_activated = false;
};

} // namespace Switchboard
