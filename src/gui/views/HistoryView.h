// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/WorkspaceEvent.h"
#include "core/history/HistoryQuery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;

namespace Ui {
class HistoryView;
}

namespace Switchboard {

class FileDialog;
class HistoryModel;
class HistoryQueries;
class HistoryStore;
class SnapshotCache;
class StepsModel;

struct HistoryViewDependencies
{
    HistoryQueries *queries = nullptr;
    // An OrganizationListModel (row 0 "All organizations"), shared with the main window.
    QAbstractItemModel *organizations = nullptr;
    FileDialog *fileDialog = nullptr;
    // Optional: the GUI thread's store, whose attemptChanged() keeps the rows current.
    HistoryStore *history = nullptr;
    // Optional: the console's snapshot. What changes in it was written on another connection
    // of this console (the storage thread's: settings, organizations), with its events.
    SnapshotCache *snapshots = nullptr;
};

// The workspace's history as one timeline, newest first: provisioning attempts and every other
// action on record (issue 18), with filters (kind, organization, outcome, link, dates, who,
// words), the selected record's story (an attempt's steps and what came after; an action's
// changed fields), and an export of what the filters select. Works from the workspace alone:
// no network. Loads when first shown; every query runs on the history's worker thread.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(const HistoryViewDependencies &dependencies, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    StepsModel *stepsModel() const { return m_steps; }
    HistoryFilter filter() const;
    // What the Kind filter selects: attempts, events of some kinds, or both.
    RecordKinds kinds() const;
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
    // An export ended: `records` written to `fileName`, or -1 with `error` (also when cancelled).
    void exportFinished(const QString &fileName, qint64 records, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpFilters();
    void enableAttemptFilters();
    void applyFilters();
    void chooseExportFile();
    void startExport(const QString &fileName, const QString &kind);
    void showSelected();
    void restoreSelection();
    void onQueryFinished(const HistoryQueryResult &result);
    void onExportProgress(quint64 ticket, qint64 bytes);
    void showDetails(const ProvisioningAttempt &attempt, const QList<WorkspaceEvent> &events = {});
    void showEventDetails(const WorkspaceEvent &event);
    void loadOperators();
    void showOperators(const QStringList &operators);
    void fillOrganizations();
    void showRemovedOrganizations(const QList<WorkspaceEvent> &removals);
    void updateStatus();
    QString emptyText(bool attempts, bool events) const;
    void cancel();

    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryViewDependencies m_deps;
    HistoryModel *m_model = nullptr;
    StepsModel *m_steps = nullptr;
    QAction *m_findAction = nullptr;
    QTimer m_searchDelay;
    qint64 m_organizationId = 0;
    qint64 m_selectedAttemptId = 0;
    qint64 m_selectedEventId = 0;
    quint64 m_detailTicket = 0;
    quint64 m_exportTicket = 0;
    quint64 m_operatorsTicket = 0;
    QString m_exportFileName;
    bool m_splitterSized = false; // the list's and the story's shares set, at the first show
    bool m_exportHasEvents = false; // the export covers actions too, not only attempts
    bool m_activated = false;
    // Removed organizations on record: their id and last name, newest removal first.
    QList<std::pair<qint64, QString>> m_removedOrganizations;
};

} // namespace Switchboard
