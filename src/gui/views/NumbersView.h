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
    // `assistants` offers the assistants a number can be assigned to.
    NumbersView(NumbersModel &numbers, AssistantsModel &assistants, QWidget *parent = nullptr);
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

Q_SIGNALS:
    // Assign, or reassign when the number routes to another assistant now.
    void assignRequested(const QString &numberId, const QString &assistantId);
    void unassignRequested(const QString &numberId);
    void releaseRequested(const QString &numberId);

private:
    void updateButtons();
    void updateWarning();
    QString costNote(const QModelIndex &number) const;

    std::unique_ptr<Ui::NumbersView> m_ui;
    NumbersModel &m_numbers;
    AssistantsModel &m_assistants;
    OrganizationFilterModel *m_proxy = nullptr;
    double m_twilioMonthlyPrice = WorkspaceSettings::DefaultTwilioNumberMonthlyPrice;
    bool m_networkAvailable = true;
};

} // namespace Switchboard
