// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/CompleteTaskDialog.h"

#include "gui/support/StatusColors.h"
#include "ui_CompleteTaskDialog.h"

#include <QPushButton>

namespace Switchboard {

CompleteTaskDialog::CompleteTaskDialog(const ManualTask &task, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompleteTaskDialog>())
    , m_task(task)
{
    m_ui->setupUi(this);
    const QString name = task.assistantName.isEmpty() ? task.assistantId : task.assistantName;
    m_ui->introLabel->setText(
            tr("Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not "
               "there yet; Switchboard records it and closes the task.")
                    .arg(name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CompleteTaskDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &CompleteTaskDialog::showFeedback);
    showFeedback();
}

CompleteTaskDialog::~CompleteTaskDialog() = default;

PhoneAddress CompleteTaskDialog::address(QString *error) const
{
    const QString text = m_ui->addressEdit->text().trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("is empty: type a number such as +1 415 555 2671, or a SIP URI such as "
                        "sip:desk@example.sip.vapi.ai");
        return {};
    }
    // Numbers without a country code are read as US numbers, as in the organization setup.
    return PhoneAddress::parse(text, QStringLiteral("US"), error);
}

void CompleteTaskDialog::showFeedback()
{
    QString error;
    const PhoneAddress parsed = address(&error);
    QPalette palette = m_ui->feedbackLabel->palette();
    if (parsed.isValid()) {
        m_ui->feedbackLabel->setText(parsed.isSipUri()
                        ? tr("SIP URI: %1").arg(parsed.displayText())
                        : tr("Number: %1 (%2)").arg(parsed.displayText(), parsed.regionCode()));
        palette.setColor(
                QPalette::WindowText, StatusColors::text(StatusColors::Level::Ok, palette));
    } else if (m_ui->addressEdit->text().trimmed().isEmpty()) {
        m_ui->feedbackLabel->clear();
    } else {
        m_ui->feedbackLabel->setText(tr("%1: %2").arg(tr("Number or SIP URI"), error));
        palette.setColor(
                QPalette::WindowText, StatusColors::text(StatusColors::Level::Critical, palette));
    }
    m_ui->feedbackLabel->setPalette(palette);
}

void CompleteTaskDialog::accept()
{
    QString error;
    const PhoneAddress parsed = address(&error);
    if (!parsed.isValid()) {
        m_ui->feedbackLabel->setText(tr("%1: %2").arg(tr("Number or SIP URI"), error));
        QPalette palette = m_ui->feedbackLabel->palette();
        palette.setColor(
                QPalette::WindowText, StatusColors::text(StatusColors::Level::Critical, palette));
        m_ui->feedbackLabel->setPalette(palette);
        m_ui->addressEdit->setFocus();
        return;
    }
    Q_EMIT completed(m_task.id, parsed.toString());
    QDialog::accept();
}

} // namespace Switchboard
