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

// Asks for the number (E.164, checked by libphonenumber) or SIP URI a manual task is completed
// with; refuses anything else with a message naming the field. Emits completed() on success.
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

Q_SIGNALS:
    void completed(qint64 taskId, const QString &address);

private:
    void showFeedback();

    std::unique_ptr<Ui::CompleteTaskDialog> m_ui;
    ManualTask m_task;
};

} // namespace Switchboard
