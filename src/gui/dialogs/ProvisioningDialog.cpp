// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/ProvisioningDialog.h"

#include "core/provisioning/ProvisioningResult.h"
#include "gui/models/StepsModel.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"
#include "ui_ProvisioningDialog.h"

#include <QHeaderView>

namespace Switchboard {

ProvisioningDialog::ProvisioningDialog(
        const QString &assistantId, const QString &assistantName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProvisioningDialog>())
    , m_assistantId(assistantId)
    , m_assistantName(assistantName.isEmpty() ? assistantId : assistantName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Provisioning %1").arg(m_assistantName));
    m_steps = new StepsModel(this);
    m_ui->stepsTable->setModel(m_steps);
    QHeaderView *header = m_ui->stepsTable->horizontalHeader();
    for (int column : {StepsModel::SequenceColumn, StepsModel::StrategyColumn,
                 StepsModel::StatusColumn, StepsModel::DurationColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(StepsModel::ReasonColumn, fontMetrics().averageCharWidth() * 45);
    m_ui->headlineLabel->setText(
            tr("Finding a number for %1: free Vapi numbers first, then Twilio, then the "
               "manual queue…")
                    .arg(m_assistantName));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProvisioningDialog::~ProvisioningDialog() = default;

void ProvisioningDialog::addStep(const ProvisioningStep &step)
{
    QList<ProvisioningStep> steps = m_steps->steps();
    const auto same = std::find_if(steps.begin(), steps.end(),
            [&step](const ProvisioningStep &shown) { return shown.sequence == step.sequence; });
    if (same != steps.end())
        *same = step;
    else
        steps << step;
    m_steps->setSteps(steps);
}

void ProvisioningDialog::finish(const ProvisioningResult &result)
{
    m_running = false;
    m_ui->busyBar->hide();
    if (!result.steps.isEmpty())
        m_steps->setSteps(result.steps);
    QString headline;
    StatusColors::Level level = StatusColors::Level::Ok;
    switch (result.outcome) {
    case AttemptOutcome::Succeeded:
        headline = result.alreadyHadNumber
                ? tr("%1 already had a number: %2.")
                          .arg(m_assistantName, result.number.address.displayText())
                : result.number.status == NumberStatus::Activating
                // Vapi's word: "Calls will not work until activation is complete."
                ? tr("%1 has %2. Vapi is activating it: calls work in a few minutes.")
                          .arg(m_assistantName, result.number.address.displayText())
                : tr("%1 can be called now at %2.")
                          .arg(m_assistantName, result.number.address.displayText());
        break;
    case AttemptOutcome::ManualQueued:
        headline = tr("No link of the chain could give %1 a number; it waits in the manual "
                      "queue with the reasons below.")
                           .arg(m_assistantName);
        level = StatusColors::Level::Warning;
        break;
    default:
        headline = tr("%1: %2").arg(m_assistantName, DisplayNames::outcome(result.outcome));
        level = StatusColors::Level::Critical;
        break;
    }
    if (!result.summary.isEmpty())
        headline += QLatin1Char(' ') + result.summary;
    QPalette palette = m_ui->headlineLabel->palette();
    palette.setColor(QPalette::WindowText, StatusColors::text(level, palette));
    m_ui->headlineLabel->setPalette(palette);
    m_ui->headlineLabel->setText(headline);
}

} // namespace Switchboard
