// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ProvisioningAttempt.h"
#include "gui/dialogs/ProvisioningDialog.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

namespace Ui {
class AssistantsView;
}

namespace Switchboard {

class AssistantsModel;
class OrganizationFilterModel;
struct ProvisioningResult;

// The assistants of the selected organization (or all) with their numbers. Provisioning,
// creating and linking are the engine's: this view asks for them through its signals and shows
// what it is told through its setters.
class AssistantsView : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantsView(AssistantsModel &model, QWidget *parent = nullptr);
    ~AssistantsView() override;

    void setOrganizationId(qint64 organizationId);
    qint64 organizationId() const;
    OrganizationFilterModel *proxyModel() const { return m_proxy; }
    QString currentAssistantId() const;
    void selectAssistant(const QString &assistantId);
    // The assistants in view that have no number (and are not being provisioned).
    QStringList unassignedAssistantIds() const;

    // Provisioning needs Vapi: without a connection the buttons say why they are off.
    void setNetworkAvailable(bool available);

    // What the engine reports.
    void setProvisioning(const QString &assistantId, bool provisioning);
    void showStep(const QString &assistantId, const ProvisioningStep &step);
    void showResult(const QString &assistantId, const ProvisioningResult &result);
    void setBatchProgress(int done, int total, const QString &lastAssistantName);
    // Closes the progress and shows `summary` above the list until the next batch or another
    // organization; `someWaitInTheQueue` adds a link that opens the manual queue.
    void finishBatch(const QString &summary, bool someWaitInTheQueue);
    ProvisioningDialog *provisioningDialog() const { return m_dialog; }
    QProgressDialog *batchDialog() const { return m_batchDialog; }

public Q_SLOTS:
    // Asks to provision the selected assistant (also the main window's Provision action).
    void provisionSelected();
    bool isProvisionable() const { return m_provisionable; }
    void provisionAllUnassigned();

Q_SIGNALS:
    void provisionRequested(const QString &assistantId);
    void provisionAllRequested(const QStringList &assistantIds);
    void cancelBatchRequested();
    // The batch result's link: show the manual queue.
    void manualQueueRequested();
    void createAssistantRequested(qint64 organizationId);
    void linkAssistantRequested(qint64 organizationId);
    // Whether the selected assistant can be given a number now: the toolbar's "Provision
    // number" follows it (found by the walk: enabled, and silent, on one that has a number).
    void provisionableChanged(bool provisionable);

private:
    void updateButtons();
    void updateSummary();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::AssistantsView> m_ui;
    AssistantsModel &m_model;
    OrganizationFilterModel *m_proxy = nullptr;
    QPointer<ProvisioningDialog> m_dialog;
    QPointer<QProgressDialog> m_batchDialog;
    bool m_networkAvailable = true;
    bool m_provisionable = false;
};

} // namespace Switchboard
