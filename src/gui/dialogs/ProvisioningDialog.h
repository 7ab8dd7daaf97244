// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ProvisioningAttempt.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProvisioningDialog;
}

namespace Switchboard {

class StepsModel;
struct ProvisioningResult;

// Shows, step by step, what the chain tried for one assistant and why: live while it runs
// (addStep), then its outcome (finish). Not modal: the console stays usable meanwhile.
class ProvisioningDialog : public QDialog
{
    Q_OBJECT

public:
    ProvisioningDialog(
            const QString &assistantId, const QString &assistantName, QWidget *parent = nullptr);
    ~ProvisioningDialog() override;

    QString assistantId() const { return m_assistantId; }
    bool isRunning() const { return m_running; }
    StepsModel *stepsModel() const { return m_steps; }

    // A step began or ended; a step already shown (same sequence) is replaced.
    void addStep(const ProvisioningStep &step);
    void finish(const ProvisioningResult &result);

private:
    std::unique_ptr<Ui::ProvisioningDialog> m_ui;
    StepsModel *m_steps = nullptr;
    QString m_assistantId;
    QString m_assistantName;
    bool m_running = true;
};

} // namespace Switchboard
