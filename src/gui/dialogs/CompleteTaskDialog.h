// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ManualTask.h"
#include "core/domain/PhoneAddress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CompleteTaskDialog;
}

namespace Switchboard {

// Asks for the number (E.164, checked by libphonenumber) or Vapi SIP URI a manual task is
// completed with; Complete is off while the input is not one. Complete emits completed() and
// the dialog waits ("Completing…") for showOutcome(): it closes on success, and on failure keeps
// the input with the reason, so nothing typed is lost.
class CompleteTaskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompleteTaskDialog(const ManualTask &task, QWidget *parent = nullptr);
    ~CompleteTaskDialog() override;

    qint64 taskId() const { return m_task.id; }
    // What was typed, understood: valid or not.
    PhoneAddress address(QString *error = nullptr) const;

    void accept() override;
    // What became of completed(): closes when done, else says why and lets the input be fixed.
    void showOutcome(bool done, const QString &message);
    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void completed(qint64 taskId, const QString &address);

private:
    void showFeedback();

    std::unique_ptr<Ui::CompleteTaskDialog> m_ui;
    ManualTask m_task;
    bool m_waiting = false;
};

} // namespace Switchboard
