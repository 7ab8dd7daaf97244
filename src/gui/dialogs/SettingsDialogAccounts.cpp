// SPDX-License-Identifier: Apache-2.0
// The Settings dialog's accounts: the workspace's Vapi and Twilio accounts, their "Test
// connection", and the first run's workspace setup.
#include "gui/dialogs/SettingsDialog.h"

#include "gui/dialogs/SettingsDialogFields.h"
#include "gui/support/BusyButton.h"
#include "gui/support/StatusColors.h"
#include "gui/widgets/PoolEditor.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

namespace Switchboard {

using SettingsFields::Field;
using SettingsFields::fieldName;

void SettingsDialog::showWorkspaceSetup()
{
    m_workspaceSetup = true;
    setWindowTitle(tr("Set up the workspace"));
    m_ui->settingsTabs->setTabVisible(GeneralPage, false);
    m_ui->settingsTabs->setTabVisible(DatabasePage, false);
    showPage(WorkspacePage);
    m_ui->workspaceNoteLabel->setText(
            tr("First your agency's own Vapi account: its free numbers serve every customer "
               "without a Vapi account of their own. A Twilio account is optional: its numbers "
               "serve them when the free ones run out. Customers come next, each with their own "
               "accounts if they have them."));
    // The accounts first, in the order the chain uses them; the costs after.
    m_ui->workspaceLayout->removeWidget(m_ui->numbersGroup);
    m_ui->workspaceLayout->insertWidget(
            m_ui->workspaceLayout->indexOf(m_ui->twilioGroup) + 1, m_ui->numbersGroup);
    // Tab follows the page as it now reads.
    const QList<QWidget *> chain{m_ui->vapiRegionCombo, m_ui->vapiKeyEdit, m_ui->freeCapSpin,
            m_ui->testVapiButton, m_ui->twilioSidEdit, m_ui->authTokenRadio, m_ui->apiKeyRadio,
            m_ui->authTokenEdit, m_ui->apiKeySidEdit, m_ui->apiKeySecretEdit,
            m_ui->testTwilioButton, m_pool->findChild<QWidget *>(QStringLiteral("poolList")),
            m_pool->findChild<QWidget *>(QStringLiteral("removePoolNumberButton")),
            m_pool->addField(), m_ui->areaCodeEdit, m_ui->twilioPriceSpin, m_ui->allowPurchaseCheck,
            m_ui->purchaseLimitSpin, m_ui->autoProvisionCheck};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    m_ui->vapiKeyEdit->setFocus();
}

void SettingsDialog::updateTwilioFields()
{
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    m_ui->authTokenEdit->setEnabled(!apiKey);
    m_ui->apiKeySidEdit->setEnabled(apiKey);
    m_ui->apiKeySecretEdit->setEnabled(apiKey);
}

// A new account, another SID or another way of signing in needs its secret; otherwise the
// keychain's stays.
bool SettingsDialog::twilioNeedsSecret() const
{
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    if (sid.isEmpty())
        return false;
    if (!m_savedTwilio || m_savedTwilio->accountSid != sid)
        return true;
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    if (apiKey != (m_savedTwilio->authMode == TwilioAuthMode::ApiKey))
        return true;
    return apiKey && m_ui->apiKeySidEdit->text().trimmed() != m_savedTwilio->apiKeySid;
}

QString SettingsDialog::twilioSecret() const
{
    return m_ui->apiKeyRadio->isChecked() ? m_ui->apiKeySecretEdit->text()
                                          : m_ui->authTokenEdit->text();
}

void SettingsDialog::testVapi()
{
    const QString key = m_ui->vapiKeyEdit->text().trimmed();
    if (key.isEmpty() && !m_hasVapiAccount) {
        StatusColors::showOutcome(m_ui->vapiTestResultLabel, false,
                FieldError{fieldName(Field::VapiKey), tr("is empty: enter it first")}.toString());
        return;
    }
    BusyButton::begin(m_ui->testVapiButton);
    StatusColors::showPending(m_ui->vapiTestResultLabel, tr("Testing…"));
    Q_EMIT testVapiRequested(
            regionFromString(m_ui->vapiRegionCombo->currentData().toString()).value_or(Region::Us),
            key);
}

void SettingsDialog::testTwilio()
{
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    const QString keySid = apiKey ? m_ui->apiKeySidEdit->text().trimmed() : QString();
    FieldError problem
            = Validation::checkTwilioSid(sid, TwilioSidKind::Account, fieldName(Field::TwilioSid));
    if (!problem && apiKey)
        problem = Validation::checkTwilioSid(
                keySid, TwilioSidKind::ApiKey, fieldName(Field::ApiKeySid));
    if (!problem && twilioNeedsSecret() && twilioSecret().isEmpty())
        problem = FieldError{fieldName(apiKey ? Field::ApiKeySecret : Field::AuthToken),
                tr("is empty: enter it first")};
    if (problem) {
        StatusColors::showOutcome(m_ui->twilioTestResultLabel, false, problem.toString());
        return;
    }
    BusyButton::begin(m_ui->testTwilioButton);
    StatusColors::showPending(m_ui->twilioTestResultLabel, tr("Testing…"));
    Q_EMIT testTwilioRequested(sid, keySid, twilioSecret());
}

void SettingsDialog::setVapiTestResult(bool ok, const QString &message)
{
    BusyButton::end(m_ui->testVapiButton);
    StatusColors::showOutcome(m_ui->vapiTestResultLabel, ok, message);
}

void SettingsDialog::setTwilioTestResult(bool ok, const QString &message)
{
    BusyButton::end(m_ui->testTwilioButton);
    StatusColors::showOutcome(m_ui->twilioTestResultLabel, ok, message);
}

} // namespace Switchboard
