// SPDX-License-Identifier: Apache-2.0
// The organization wizard's Vapi page: the account that serves the organization, and the check
// of a new key against the other organizations' Vapi accounts.
#include "gui/dialogs/OrganizationWizard.h"

#include "core/setup/VapiAccountSharing.h"
#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"
#include "gui/support/BusyButton.h"
#include "gui/support/StatusColors.h"
#include "ui_OrganizationWizard.h"

#include <utility>

namespace Switchboard {

void OrganizationWizard::updateVapiPage()
{
    const bool own = m_ui->ownVapiRadio->isChecked();
    const bool needsKey = (own && !m_hadOwnVapi) || (!own && !m_hasWorkspaceVapi);
    const bool editable = own || !m_hasWorkspaceVapi;
    QString hint;
    if (own)
        hint = tr("The customer's own Vapi account: its region and its private API key. Its free "
                  "numbers are counted apart from the workspace's.");
    else if (!editable)
        // Nothing about the key here: it cannot be typed (found by the walk: "Leave the key
        // empty" above a greyed field).
        hint = tr("The workspace's Vapi account is set up: nothing to enter here. Its key and "
                  "free-number cap are changed in File → Settings….");
    else
        hint = tr("The workspace's Vapi account is not set up yet: choose its region and enter "
                  "its private API key. It serves every organization that does not bring its own.");
    if (own && !needsKey)
        hint += QLatin1Char(' ') + tr("Leave the key empty to keep the one in the keychain.");
    // The greyed fields show the workspace's account as it is (found by the walk: its cap of 1
    // read "5 free numbers"); what was typed for an own account comes back with it.
    if (m_ui->freeCapSpin->isEnabled() && !editable)
        m_ownCap = m_ui->freeCapSpin->value();
    m_ui->freeCapSpin->setValue(editable ? m_ownCap : m_workspaceCap);
    m_ui->regionCombo->setEnabled(editable);
    m_ui->vapiKeyEdit->setEnabled(editable);
    m_ui->freeCapSpin->setEnabled(editable);
    m_ui->testVapiButton->setEnabled(editable && m_vapiPendingSubject.isEmpty());
    m_ui->vapiAccountHintLabel->setText(hint);
}

QString OrganizationWizard::vapiSubject() const
{
    const bool editable = m_ui->ownVapiRadio->isChecked() || !m_hasWorkspaceVapi;
    const QString key = m_ui->vapiKeyEdit->text().trimmed();
    if (!editable || key.isEmpty())
        return {};
    // The region is part of it: a key is asked about at its region's Vapi.
    return m_ui->regionCombo->currentData().toString() + u'\n' + key;
}

bool OrganizationWizard::vapiCheckNeeded() const
{
    const QString subject = vapiSubject();
    return !subject.isEmpty() && subject != m_vapiCheckedSubject;
}

void OrganizationWizard::testVapi()
{
    if (m_ui->vapiKeyEdit->text().trimmed().isEmpty()) {
        StatusColors::showOutcome(m_ui->vapiTestResultLabel, false,
                FieldError{tr("Vapi private key"), tr("is empty; enter it first")}.toString());
        return;
    }
    startVapiCheck(AfterVapiCheck::Stay);
}

// The connection test, which also tells which Vapi account the key reaches. Asynchronous:
// whoever runs it answers with setVapiTestResult(); the page waits, the GUI does not.
void OrganizationWizard::startVapiCheck(AfterVapiCheck after)
{
    m_afterVapiCheck = after;
    const QString subject = vapiSubject();
    if (subject.isEmpty() || subject == m_vapiPendingSubject)
        return; // nothing to ask, or asked already: the answer is on its way
    m_vapiPendingSubject = subject;
    BusyButton::begin(m_ui->testVapiButton);
    StatusColors::showPending(
            m_ui->vapiTestResultLabel, tr("Testing the key: which Vapi account does it reach…"));
    Q_EMIT testVapiRequested(
            regionFromString(m_ui->regionCombo->currentData().toString()).value_or(Region::Us),
            m_ui->vapiKeyEdit->text().trimmed());
}

void OrganizationWizard::setVapiTestResult(
        bool ok, const QString &message, const QString &vapiOrgId, bool refused)
{
    const QString asked = std::exchange(m_vapiPendingSubject, QString());
    const AfterVapiCheck after = std::exchange(m_afterVapiCheck, AfterVapiCheck::Stay);
    BusyButton::end(m_ui->testVapiButton, m_ui->ownVapiRadio->isChecked() || !m_hasWorkspaceVapi);
    StatusColors::showOutcome(m_ui->vapiTestResultLabel, ok, message);
    if (asked.isEmpty() || asked != vapiSubject())
        return; // about a key that is no longer the one typed in
    // A refused key holds the wizard until it is changed (refusedCredentialProblems()).
    m_vapiRefusedSubject = refused ? asked : QString();
    refreshShownProblems();
    // Checked, also when Vapi could not say: the account is unknown then, and Next goes on.
    m_vapiCheckedSubject = asked;
    m_vapiOrgId = ok ? vapiOrgId : QString();
    showSharedVapiAccount();
    if (!ok || !m_vapiSharedWith.isEmpty())
        return; // the person reads the page first
    if (after == AfterVapiCheck::Next && currentId() == VapiPage)
        next();
    else if (after == AfterVapiCheck::Finish)
        accept();
}

// The Vapi account whose key is typed in: the organization's own, or the workspace's.
qint64 OrganizationWizard::vapiAccountIdOfKey() const
{
    const bool own = m_ui->ownVapiRadio->isChecked();
    for (const VapiAccount &account : m_deps.accounts->vapiAccounts()) {
        if (own ? (m_organizationId != 0 && account.organizationId == m_organizationId)
                : account.isWorkspaceAccount())
            return account.id;
    }
    return 0;
}

void OrganizationWizard::showSharedVapiAccount()
{
    QList<VapiAccountSharing::Sharer> sharers;
    const QString subject = vapiSubject();
    if (!subject.isEmpty() && subject == m_vapiCheckedSubject)
        sharers = VapiAccountSharing::sharers(
                *m_deps.accounts, *m_deps.organizations, m_vapiOrgId, vapiAccountIdOfKey());
    const QString sharedWith = VapiAccountSharing::names(sharers);
    if (sharedWith != m_vapiSharedWith)
        m_ui->sharedVapiConfirmCheck->setChecked(false); // a confirmation is for whom it named
    m_vapiSharedWith = sharedWith;
    const bool shared = !sharers.isEmpty();
    m_ui->sharedVapiWarningLabel->setText(
            shared ? VapiAccountSharing::warning(sharers) : QString());
    QPalette palette = m_ui->sharedVapiWarningLabel->palette();
    palette.setColor(
            QPalette::WindowText, StatusColors::text(StatusColors::Level::Warning, palette));
    m_ui->sharedVapiWarningLabel->setPalette(palette);
    m_ui->sharedVapiWarningLabel->setVisible(shared);
    m_ui->sharedVapiConfirmCheck->setVisible(shared);
}

QList<FieldError> OrganizationWizard::vapiSharingProblems() const
{
    if (m_vapiSharedWith.isEmpty() || vapiSubject() != m_vapiCheckedSubject
            || m_ui->sharedVapiConfirmCheck->isChecked())
        return {};
    return {FieldError{tr("Vapi account"),
            tr("is the one %1 uses already: tick \"Yes, these organizations share one Vapi "
               "account\" if that is intended, or enter the key of another account")
                    .arg(m_vapiSharedWith)}};
}

} // namespace Switchboard
