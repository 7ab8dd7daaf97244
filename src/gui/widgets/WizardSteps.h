// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QWizard;

namespace Switchboard {

// Where a wizard is: its pages' titles down the side, the current one marked and named for
// screen readers ("Step 2 of 4: Vapi account"). Follows the wizard's page; install it with
// QWizard::setSideWidget once the pages exist.
class WizardSteps : public QWidget
{
    Q_OBJECT

public:
    explicit WizardSteps(QWizard *wizard);

    // 1-based; 0 before the wizard shows a page.
    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_ids.size()); }
    QString text() const;

private:
    void follow(int pageId);

    QWizard *m_wizard;
    QList<int> m_ids;
    QList<QLabel *> m_labels;
    int m_current = 0;
};

} // namespace Switchboard
