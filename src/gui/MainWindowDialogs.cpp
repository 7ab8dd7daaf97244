// SPDX-License-Identifier: Apache-2.0
// The main window's dialogs: the welcome page's next step, the workspace's setup, Settings and the
// organization wizard (each opened once, without a nested event loop).
#include "gui/MainWindow.h"

#include "core/snapshot/SnapshotCache.h"
#include "core/workspace/Workspace.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"
#include "ui_MainWindow.h"

#include <QSettings>

namespace Switchboard {
namespace {

const QString WizardGeometryKey = QStringLiteral("organizationWizard/geometry");

} // namespace

void MainWindow::updateWelcome()
{
    if (!m_snapshots->snapshot().workspaceVapiAccount()) {
        m_ui->welcomeTextLabel->setText(
                tr("Give every Vapi assistant of your customers a working phone number: free "
                   "Vapi numbers first, then Twilio, with a record of every step. Start by "
                   "setting up your workspace with your agency's Vapi account, or explore the "
                   "sandbox demo."));
        m_ui->setUpVapiButton->setText(tr("&Set up the workspace…"));
        m_ui->setUpVapiButton->setAccessibleName(tr("Set up the workspace"));
        return;
    }
    if (m_vapiKeyProblem) {
        // Found by the walk: "The workspace is set up" while its key was not in the keychain.
        m_ui->welcomeTextLabel->setText(
                tr("The workspace's Vapi account has no key that works: it is missing from the "
                   "keychain, or Vapi refused it. Enter it again in the workspace's settings; "
                   "then add your first customer organization."));
        m_ui->setUpVapiButton->setText(tr("&Set up the workspace…"));
        m_ui->setUpVapiButton->setAccessibleName(tr("Set up the workspace"));
        return;
    }
    m_ui->welcomeTextLabel->setText(
            tr("The workspace is set up. Add your first customer organization: its assistants "
               "are listed from the Vapi account that serves it, and each gets a number."));
    m_ui->setUpVapiButton->setText(tr("Add a &customer…"));
    m_ui->setUpVapiButton->setAccessibleName(tr("Add a customer organization"));
}

void MainWindow::welcomeActionChosen()
{
    if (m_snapshots->snapshot().workspaceVapiAccount() && !m_vapiKeyProblem)
        openOrganizationWizard(0);
    else
        openWorkspaceSetup();
}

void MainWindow::openWorkspaceSetup()
{
    openSettings(SettingsDialog::WorkspacePage);
    if (auto *dialog = findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
            dialog && !m_snapshots->snapshot().workspaceVapiAccount())
        dialog->showWorkspaceSetup();
}

void MainWindow::openSettings(int page)
{
    if (!m_deps.settings)
        return; // a window without settings (a benchmark) has nothing to keep them in
    if (!workspaceAnswers())
        return;
    if (!m_snapshots->isLoaded()) {
        // The dialog shows what the workspace holds: never defaults that OK would save.
        showStatus(tr("The workspace is still being read; open Settings again in a moment."), 5000);
        return;
    }
    if (auto *open = findChild<SettingsDialog *>(QStringLiteral("settingsDialog"))) {
        open->showPage(SettingsDialog::Page(page));
        open->raise();
        open->activateWindow();
        return;
    }
    SettingsDialogDependencies deps;
    deps.settings = m_deps.settings;
    deps.languageSettings = m_deps.languageSettings;
    deps.sandbox = m_deps.sandbox;
    deps.snapshots = m_snapshots;
    deps.defaultDatabaseFile = m_deps.defaultDatabaseFile;
    deps.currentDatabase = m_deps.workspace->database().location().describe();
    auto *dialog = new SettingsDialog(deps, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(SettingsDialog::Page(page));
    // Once everything is kept, the keys in the keychain included.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyRefreshInterval();
        QString said = dialog->isWorkspaceSetup() ? tr("The workspace is set up.")
                                                  : tr("Settings saved.");
        // Found by the walk: nothing said when the new language would show.
        if (dialog->languageChanged())
            said += u' ' + tr("The language changes the next time Switchboard starts.");
        showStatus(said, 8000);
    });
    Q_EMIT settingsDialogOpened(dialog);
    dialog->open();
}

void MainWindow::openOrganizationWizard(qint64 organizationId)
{
    if (!workspaceAnswers())
        return;
    OrganizationWizardDependencies deps;
    deps.database = &m_deps.workspace->database();
    deps.organizations = &m_deps.workspace->organizations();
    deps.accounts = &m_deps.workspace->accounts();
    deps.pool = &m_deps.workspace->pool();
    deps.workspaceSettings = &m_deps.workspace->settings();
    deps.credentials = &m_deps.workspace->credentials();
    auto *wizard = new OrganizationWizard(deps, organizationId, this);
    wizard->setObjectName(QStringLiteral("organizationWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_deps.settings) {
        wizard->restoreGeometry(m_deps.settings->value(WizardGeometryKey).toByteArray());
        connect(wizard, &QDialog::finished, this, [this, wizard] {
            m_deps.settings->setValue(WizardGeometryKey, wizard->saveGeometry());
        });
    }
    connect(wizard, &OrganizationWizard::organizationSaved, this, [this](qint64 id) {
        Q_EMIT organizationSaved(id);
        selectOrganization(id);
    });
    Q_EMIT organizationWizardOpened(wizard);
    wizard->open();
}

} // namespace Switchboard
