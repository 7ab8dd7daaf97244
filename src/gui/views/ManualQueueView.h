// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ManualQueueView;
}

namespace Switchboard {

class CompleteTaskDialog;
class ManualTaskModel;
class OrganizationFilterModel;

// The manual-assignment queue: what the chain could not do, with its reasons, for a person to
// finish. Completing assigns the number in Vapi, which is the engine's: the view validates what
// was typed and asks through completeRequested().
class ManualQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ManualQueueView(ManualTaskModel &model, QWidget *parent = nullptr);
    ~ManualQueueView() override;

    void setOrganizationId(qint64 organizationId);
    OrganizationFilterModel *proxyModel() const { return m_proxy; }
    qint64 currentTaskId() const;
    void selectTask(qint64 taskId);
    CompleteTaskDialog *completeDialog() const;
    int openTaskCount() const;
    // What became of completeRequested(taskId): its dialog closes, or shows why not.
    void showCompletion(qint64 taskId, bool done, const QString &message);

public Q_SLOTS:
    void completeSelected();
    void dropSelected();

Q_SIGNALS:
    // `address` is canonical: "+14155552671" or "sip:desk@example.sip.vapi.ai".
    void completeRequested(qint64 taskId, const QString &address);
    void dropRequested(qint64 taskId);
    void openTaskCountChanged(int count);

private:
    void showSelected();
    void updateSummary();

    std::unique_ptr<Ui::ManualQueueView> m_ui;
    ManualTaskModel &m_model;
    OrganizationFilterModel *m_proxy = nullptr;
    QPointer<CompleteTaskDialog> m_dialog;
};

} // namespace Switchboard
