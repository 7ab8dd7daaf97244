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
                        "sip:desk@sip.vapi.ai");
        return {};
    }
    // Numbers without a country code are read as US numbers, as in the organization setup.
    PhoneAddress parsed = PhoneAddress::parse(text, QStringLiteral("US"), error);
    // Vapi answers SIP only on its own hosts: any other host would look right here and fail
    // in Vapi (the account's region is checked when it is assigned).
    static const QStringList vapiHosts{
            QStringLiteral("sip.vapi.ai"), QStringLiteral("sip.eu.vapi.ai")};
    if (parsed.isSipUri() && !vapiHosts.contains(parsed.sipHost())) {
        if (error)
            *error = tr("must be on sip.vapi.ai (sip.eu.vapi.ai for an account in the EU), not "
                        "%1: Vapi answers SIP calls only there")
                             .arg(parsed.sipHost());
        return {};
    }
    return parsed;
}

void CompleteTaskDialog::showFeedback()
{
    QString error;
    const PhoneAddress parsed = address(&error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(parsed.isValid() && !m_waiting);
    if (parsed.isValid()) {
        StatusColors::showOutcome(m_ui->feedbackLabel, true,
                parsed.isSipUri()
                        ? tr("SIP URI: %1").arg(parsed.displayText())
                        : tr("Number: %1 (%2)").arg(parsed.displayText(), parsed.regionCode()));
    } else if (m_ui->addressEdit->text().trimmed().isEmpty()) {
        m_ui->feedbackLabel->clear();
    } else {
        StatusColors::showOutcome(
                m_ui->feedbackLabel, false, tr("%1: %2").arg(tr("Number or SIP URI"), error));
    }
}

void CompleteTaskDialog::accept()
{
    if (m_waiting)
        return;
    QString error;
    const PhoneAddress parsed = address(&error);
    if (!parsed.isValid()) {
        StatusColors::showOutcome(
                m_ui->feedbackLabel, false, tr("%1: %2").arg(tr("Number or SIP URI"), error));
        m_ui->addressEdit->setFocus();
        return;
    }
    m_waiting = true;
    m_ui->addressEdit->setEnabled(false);
    QPushButton *complete = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    complete->setEnabled(false);
    complete->setText(tr("Completing…"));
    StatusColors::showPending(
            m_ui->feedbackLabel, tr("Assigning %1 in Vapi…").arg(parsed.displayText()));
    Q_EMIT completed(m_task.id, parsed.toString());
}

void CompleteTaskDialog::showOutcome(bool done, const QString &message)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (done) {
        QDialog::accept();
        return;
    }
    m_ui->addressEdit->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    StatusColors::showOutcome(m_ui->feedbackLabel, false, message);
    m_ui->addressEdit->setFocus();
}

} // namespace Switchboard
