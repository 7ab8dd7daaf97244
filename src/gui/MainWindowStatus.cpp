// SPDX-License-Identifier: Apache-2.0
// What the main window says about the workspace's state: the connection, the status bar's messages,
// what the network allows, and the automatic path's summary.
#include "gui/MainWindow.h"

#include "gui/views/AssistantsView.h"
#include "gui/views/NumbersView.h"
#include "gui/widgets/ConnectionStatus.h"
#include "ui_MainWindow.h"

#include <QLocale>

namespace Switchboard {

void MainWindow::setConnectionState(
        const QString &accountLabel, bool online, const QDateTime &since)
{
    m_connections->setState(accountLabel, online, since);
    if (online)
        setVapiKeyProblem(false);
}

void MainWindow::setConnectionNoAccount(const QString &accountLabel)
{
    m_connections->setNoAccount(accountLabel);
    setVapiKeyProblem(false);
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    QStatusBar *bar = statusBar();
    // The room left of the permanent labels, as they are about to be laid out: a label may have
    // just changed ("Vapi: check the key" comes with its message), so by what they need rather
    // than where they are now.
    int used = 0;
    for (QWidget *permanent : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (permanent->isVisibleTo(bar))
            used += std::max(permanent->sizeHint().width(), permanent->width())
                    + bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    }
    const int room = bar->width() - used - bar->fontMetrics().averageCharWidth() * 4;
    // Before the window has its size there is no room to judge: the message as it is.
    const QString shown
            = room > 200 ? bar->fontMetrics().elidedText(message, Qt::ElideRight, room) : message;
    bar->setToolTip(shown == message ? QString() : message);
    bar->showMessage(shown, timeout);
}

void MainWindow::setConnectionKeyProblem(const QString &accountLabel, const QString &details)
{
    m_connections->setKeyProblem(accountLabel, details);
    setVapiKeyProblem(true);
}

void MainWindow::setVapiKeyProblem(bool problem)
{
    if (m_vapiKeyProblem == problem)
        return;
    m_vapiKeyProblem = problem;
    updateWelcome();
}

void MainWindow::setUnconfirmedVapiAccounts(const QSet<qint64> &accountIds, const QDateTime &since)
{
    m_unconfirmedAccounts = accountIds;
    m_unconfirmedSince = since;
    refreshSummary();
}

void MainWindow::setNetworkAvailable(bool available)
{
    m_networkAvailable = available;
    if (m_assistants)
        m_assistants->setNetworkAvailable(available);
    if (m_numbers)
        m_numbers->setNetworkAvailable(available);
    updatePage();
}

void MainWindow::updateProvisionAction()
{
    const bool empty = m_ui->pageStack->currentWidget() == m_ui->welcomePage;
    // Until the Assistants tab has been built, nothing is selected in it: the action shows it
    // and says what to select.
    const bool selectionServes = !m_assistants || m_assistants->isProvisionable();
    m_ui->actionProvision->setEnabled(!empty && m_networkAvailable && selectionServes);
    m_ui->actionBuyNumber->setEnabled(!empty && m_networkAvailable);
    m_ui->actionProvision->setToolTip(!m_networkAvailable
                    ? tr("Vapi cannot be reached: provisioning waits for the connection.")
                    : selectionServes
                    ? tr("Give the selected assistant a phone number through the provisioning "
                         "chain")
                    : tr("Select an assistant without a number in the Assistants tab, or use "
                         "\"Provision all unassigned\"."));
}

void MainWindow::showAutomaticSummary(int provisioned, int queued)
{
    if (provisioned + queued == 0) {
        m_automaticSummary->hide();
        return;
    }
    QStringList parts;
    if (provisioned > 0)
        parts << tr("%n got a number", nullptr, provisioned);
    if (queued > 0)
        parts << tr("%n wait(s) in the manual queue", nullptr, queued);
    m_automaticSummary->setText(tr("New assistants since you last looked: %1")
                                        .arg(QLocale().createSeparatedList(parts)));
    m_automaticSummary->show();
}

} // namespace Switchboard
