// SPDX-License-Identifier: Apache-2.0
// What the console does at the user's request to numbers, assistants, manual tasks and
// organizations (each through the core, said in the status bar).
#include "gui/ConsoleController.h"

#include "core/provisioning/AssistantLinking.h"
#include "core/provisioning/ManualAssignment.h"
#include "core/provisioning/NumberAssignment.h"
#include "core/provisioning/NumberRelease.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/setup/OrganizationRemoval.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/WorkspaceSettings.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/AssistantDialog.h"
#include "gui/dialogs/ReleaseOnTwilioPrompt.h"

#include <QMessageBox>

namespace Switchboard {

void ConsoleController::completeTask(qint64 taskId, const QString &address)
{
    // Said in the status bar, and in the queue's Complete dialog, which waits for it.
    const auto report = [this, taskId](bool done, const QString &message) {
        say(message);
        m_window.showTaskCompletion(taskId, done, message);
    };
    if (const QString refusal = workspaceRefusal(); !refusal.isEmpty()) {
        report(false, refusal);
        return;
    }
    const auto task = snapshot().openTask(taskId);
    if (!task) {
        report(false, tr("Manual task #%1 is no longer open.").arg(taskId));
        return;
    }
    const QString text = address.trimmed();
    const ManualAssignment::Kind kind = text.startsWith(u"sip:", Qt::CaseInsensitive)
            ? ManualAssignment::Kind::SipUri
            : text.startsWith(u'+') ? ManualAssignment::Kind::Number
                                    : ManualAssignment::Kind::Existing;
    auto *assignment = new ManualAssignment(services(), *task, kind, text, this);
    connect(assignment, &ManualAssignment::finished, this,
            [report](bool done, const QString &message, const PhoneNumber &) {
                report(done, message);
            });
    assignment->start();
}

void ConsoleController::releaseNumber(const QString &numberId)
{
    if (!workspaceAnswers())
        return;
    const auto number = snapshot().directory.number(numberId);
    if (!number) {
        say(tr("That number is no longer known; refresh and try again."));
        return;
    }
    if (!m_release)
        m_release = new NumberRelease(services(), this);
    m_release->releaseFromVapi(*number, [this](const NumberRelease::Outcome &outcome) {
        say(outcome.message);
        if (!outcome.ok || !outcome.poolNumber)
            return;
        // Asked without a nested event loop: the answer comes back through the callback.
        const PoolNumber pooled = *outcome.poolNumber;
        ReleaseOnTwilioPrompt::ask(&m_window, pooled.number.displayText(), outcome.poolName,
                snapshot().twilioNumberMonthlyPrice,
                [this, guard = QPointer<ConsoleController>(this), pooled](bool release) {
                    if (!guard)
                        return; // the console is closing
                    if (!release) {
                        say(tr("%1 stays in the pool, and in the Twilio account.")
                                        .arg(pooled.number.displayText()));
                        return;
                    }
                    m_release->releaseOnTwilio(pooled,
                            [this](const NumberRelease::Outcome &done) { say(done.message); });
                });
    });
}

void ConsoleController::changeNumber(const QString &numberId, const QString &assistantId)
{
    if (!workspaceAnswers())
        return;
    if (!m_assignment)
        m_assignment = new NumberAssignment(services(), this);
    m_assignment->assign(numberId, assistantId,
            [this](const NumberAssignment::Outcome &outcome) { say(outcome.message); });
}

void ConsoleController::createOrLinkAssistant(qint64 organizationId, bool link)
{
    if (!workspaceAnswers())
        return;
    const WorkspaceSnapshot &workspace = snapshot();
    const auto organization = workspace.organization(organizationId);
    const auto account = workspace.vapiAccountServing(organizationId);
    if (!organization || !account) {
        say(tr("Choose an organization served by a Vapi account first."));
        return;
    }
    // The account's assistants that no organization has yet, to pick from when linking.
    QList<AssistantDialog::Candidate> unlinked;
    if (link) {
        for (const Assistant &assistant : workspace.directory.assistants) {
            if (assistant.vapiAccountId == account->id && assistant.organizationId == 0)
                unlinked << AssistantDialog::Candidate{assistant.id, assistant.name};
        }
    }
    // Opened with open(), never exec(): provisioning callbacks keep arriving while it is up,
    // and no event loop of its own runs them inside this call.
    auto *dialog = new AssistantDialog(
            link ? AssistantDialog::Mode::Link : AssistantDialog::Mode::Create, organization->name,
            account->isWorkspaceAccount() ? AssistantDialog::Account::Workspace
                                          : AssistantDialog::Account::OwnAccount,
            unlinked, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Organization &chosen = *organization;
    connect(dialog, &AssistantDialog::submitted, this,
            [this, chosen, link, dialog = QPointer<AssistantDialog>(dialog)](
                    const QString &value) { createOrLink(chosen, link, value, dialog); });
    dialog->open();
}

void ConsoleController::createOrLink(const Organization &organization, bool link,
        const QString &text, const QPointer<AssistantDialog> &dialog)
{
    AssistantLinking::createOrLink(services(), organization,
            link ? AssistantLinking::Mode::Link : AssistantLinking::Mode::Create, text, this,
            [this, link, organization, dialog](const ApiResult<Assistant> &result) {
                if (!result) {
                    const QString why = result.error().toString();
                    say(why);
                    if (dialog)
                        dialog->showOutcome(false, why);
                    return;
                }
                if (dialog)
                    dialog->showOutcome(true, QString());
                const QString name = result.value().name;
                if (link) {
                    say(tr("%1 belongs to %2 now.").arg(name, organization.name));
                    return;
                }
                if (!services().settings->autoProvisions(organization)) {
                    // Found by the walk: a new assistant was said to "belong to the
                    // organization now", and nothing said it has no number.
                    say(tr("%1 was created for %2; it has no number until it is provisioned.")
                                    .arg(name, organization.name));
                    return;
                }
                // A new assistant of an organization that provisions automatically gets its
                // number at once, shown step by step as a click would show it, and how it
                // ended is said when it ends (a new row may not be on screen yet).
                say(tr("%1 was created; finding it a number…").arg(name));
                if (ProvisioningJob *job = provision(result.value().id, AttemptOrigin::Automatic)) {
                    connect(job, &ProvisioningJob::finished, this,
                            [this, name](const ProvisioningResult &outcome) {
                                say(tr("%1: %2").arg(name, outcome.summary));
                            });
                }
            });
}

void ConsoleController::removeOrganization(qint64 organizationId)
{
    if (!workspaceAnswers())
        return;
    const std::optional<Organization> organization = snapshot().organization(organizationId);
    if (!organization)
        return;
    auto *removal = new OrganizationRemoval(
            m_credentials, *services().organizations, *organization, this);
    connect(removal, &OrganizationRemoval::finished, this,
            [this, name = organization->name](bool removed, const QString &error) {
                if (removed) {
                    say(tr("Removed %1 and its secrets. Its history stays.").arg(name));
                    // Its assistants and numbers leave the tabs, or show as no organization's,
                    // as Vapi lists them now (found by the walk: they stayed until F5).
                    refresh(0);
                    return;
                }
                auto *box = new QMessageBox(
                        QMessageBox::Warning, tr("Not removed"), error, QMessageBox::Ok, &m_window);
                box->setObjectName(QStringLiteral("organizationNotRemoved"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    removal->start();
}

} // namespace Switchboard
