// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WorkspaceSettings.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NumbersView;
}

namespace Switchboard {

class AssistantsModel;
class FileDialog;
class NumbersModel;
class OrganizationFilterModel;

// Every number of the selected organization (or all): provider, status, the chain link it came
// from, the assistant it routes to. Numbers in Vapi with no assistant are flagged. Assigning,
// unassigning and releasing need Vapi: after a confirmation that says what it costs or frees,
// the view asks for them through its signals.
class NumbersView : public QWidget
{
    Q_OBJECT

public:
    // `assistants` offers the assistants a number can be assigned to; `fileDialog` asks where
    // an export goes (no Export button without it).
    NumbersView(NumbersModel &numbers, AssistantsModel &assistants,
            FileDialog *fileDialog = nullptr, QWidget *parent = nullptr);
    ~NumbersView() override;

    void setOrganizationId(qint64 organizationId);
    qint64 organizationId() const;
    OrganizationFilterModel *proxyModel() const { return m_proxy; }
    void selectNumber(const QString &numberId);
    QString currentNumberId() const;

    // What a Twilio number costs a month, for the confirmations.
    void setTwilioMonthlyPrice(double dollars);
    void setNetworkAvailable(bool available);

public Q_SLOTS:
    void assignSelected();
    void unassignSelected();
    void releaseSelected();
    // Asks where, then writes the numbers listed (under the organization and the "hang up"
    // filter, in the table's order) as CSV, off the GUI thread.
    void exportListed();

Q_SIGNALS:
    // Assign, or reassign when the number routes to another assistant now.
    void assignRequested(const QString &numberId, const QString &assistantId);
    void unassignRequested(const QString &numberId);
    void releaseRequested(const QString &numberId);
    // Buy a Twilio number for the pool of the organization shown.
    void buyRequested();
    // An export ended: `numbers` rows written to `fileName`, or -1 with `error`.
    void exportFinished(const QString &fileName, qint64 numbers, const QString &error);

private:
    void updateButtons();
    void updateWarning();
    QString costNote(const QModelIndex &number) const;
    void exportTo(const QString &fileName);
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::NumbersView> m_ui;
    NumbersModel &m_numbers;
    AssistantsModel &m_assistants;
    OrganizationFilterModel *m_proxy = nullptr;
    FileDialog *m_fileDialog = nullptr;
    bool m_exporting = false;
    double m_twilioMonthlyPrice = WorkspaceSettings::DefaultTwilioNumberMonthlyPrice;
    bool m_networkAvailable = true;
};

} // namespace Switchboard
