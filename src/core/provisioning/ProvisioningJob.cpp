// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningJob.h"

#include "core/provisioning/FreeNumberCap.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/DirectorySync.h"
#include "core/provisioning/FreeSlotLedger.h"
#include "core/provisioning/PoolNumberCheck.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcProvisioning, "switchboard.provisioning")

namespace Switchboard {
namespace {

// Vapi limits a number's name to 40 characters. The name is also the tag the create is found
// again by, after a timeout or a crash, so it ends in a random part; it keeps to letters,
// digits and dashes, which survive every search and URL unchanged.
QString requestTag(const Organization &organization, qint64 attemptId, int sequence)
{
    const QString random = QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
                                   .rightJustified(6, u'0');
    const QString suffix = QStringLiteral("-sb%1-%2-%3").arg(attemptId).arg(sequence).arg(random);
    return organization.slug.left(40 - int(suffix.size())) + suffix;
}

} // namespace

ProvisioningJob::ProvisioningJob(const ProvisioningServices &services, FreeSlotLedger &ledger,
        Organization organization, QString assistantId, AttemptOrigin origin, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_ledger(ledger)
    , m_organization(std::move(organization))
    , m_assistantId(std::move(assistantId))
{
    m_result.assistantId = m_assistantId;
    m_result.origin = origin;
    m_attempt.origin = origin;
}

ProvisioningJob::~ProvisioningJob()
{
    if (m_holdsFreeSlot && m_vapiAccount)
        m_ledger.release(m_vapiAccount->id);
}

void ProvisioningJob::start()
{
    m_vapiAccount = m_services.accounts->vapiAccountServing(m_organization.id);
    m_attempt.organizationId = m_organization.id;
    m_attempt.organizationSlug = m_organization.slug;
    m_attempt.assistantId = m_assistantId;
    if (const auto cached = m_services.directory->assistant(m_assistantId))
        m_attempt.assistantName = cached->name;
    if (!m_vapiAccount) {
        runWithoutVapi(tr("%1 has no assistant %2 that Switchboard knows of, and no Vapi account "
                          "serves it to look in.")
                               .arg(m_organization.name, m_assistantId),
                tr("No Vapi account serves this organization; set up the workspace's Vapi "
                   "account first."));
        return;
    }
    m_services.clients->vapiClient(
            *m_vapiAccount, this, [this](VapiClient *client, const QString &clientError) {
                onVapiClient(client, clientError);
            });
}

// Vapi cannot be asked: only an assistant last seen as this organization's is worth a record
// (anything else is a mistaken id, refused), and then nothing can be created or imported, so
// each link records why it could not run and a person gets the task.
void ProvisioningJob::runWithoutVapi(const QString &refusal, const QString &reason)
{
    const auto cached = m_services.directory->assistant(m_assistantId);
    if (!cached || cached->organizationId != m_organization.id) {
        refuse(refusal);
        return;
    }
    if (!beginRecord())
        return;
    if (!skipStep(Strategy::VapiFree, reason) || !skipStep(Strategy::OrganizationTwilio, reason)
            || !skipStep(Strategy::WorkspaceTwilio, reason))
        return;
    runManualLink();
}

bool ProvisioningJob::beginRecord()
{
    m_attempt.startedAt = m_services.clock();
    QString error;
    bool alreadyTried = false;
    if (!m_services.history->beginAttempt(m_attempt, &alreadyTried).reportTo(&error)) {
        m_result.alreadyTried = alreadyTried;
        finishWithoutRecord(alreadyTried ? tr("Nothing was done: %1.").arg(error)
                                         : tr("Nothing was done: the attempt could not be "
                                              "recorded. %1")
                                                   .arg(error));
        return false;
    }
    m_result.attemptId = m_attempt.id;
    // Held until the attempt is completed, so that no other start-up takes it for abandoned.
    if (!m_services.leaseHolder.isEmpty()
            && !m_services.history
                        ->takeLease(m_attempt.id, m_services.leaseHolder, m_services.clock())
                        .reportTo(&error)) {
        stopOnStorageError(error);
        return false;
    }
    return true;
}

void ProvisioningJob::refuse(const QString &summary)
{
    m_result.refused = true;
    finishWithoutRecord(summary);
}

void ProvisioningJob::cancel()
{
    m_cancelRequested = true;
}

bool ProvisioningJob::stopIfCancelled()
{
    if (!m_cancelRequested)
        return false;
    finish(AttemptOutcome::Cancelled, tr("Cancelled before a number was assigned."));
    return true;
}

void ProvisioningJob::runNextLinkAfter(Strategy strategy)
{
    switch (strategy) {
    case Strategy::VapiFree:
        runTwilioLink(Strategy::OrganizationTwilio);
        return;
    case Strategy::OrganizationTwilio:
        runTwilioLink(Strategy::WorkspaceTwilio);
        return;
    case Strategy::WorkspaceTwilio:
        runManualLink();
        return;
    case Strategy::Manual:
        return;
    }
}

void ProvisioningJob::runManualLink()
{
    if (stopIfCancelled())
        return;
    ManualTask task;
    task.attemptId = m_attempt.id;
    task.organizationId = m_organization.id;
    task.assistantId = m_assistantId;
    task.assistantName = m_attempt.assistantName;
    for (const ProvisioningStep &step : std::as_const(m_result.steps)) {
        task.reasons << toString(step.strategy) + QStringLiteral(": ") + step.reason
                        + (step.providerMessage.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (") + step.providerMessage + u')');
    }
    task.instructions = tr("Give the assistant a number by hand: type an E.164 number or a SIP "
                           "URI, or pick an existing unassigned number. Setting up Twilio for "
                           "the organization or the workspace avoids this next time.");
    if (const WriteResult opened = m_services.tasks->open(task); !opened) {
        stopOnStorageError(tr("No number, and the manual task could not be written: %1")
                                   .arg(opened.message()));
        return;
    }
    m_result.manualTaskId = task.id;
    if (!skipStep(Strategy::Manual, tr("Manual task #%1 opened.").arg(task.id)))
        return;
    finish(AttemptOutcome::ManualQueued,
            tr("No link of the chain could give a number; manual task #%1 carries the reasons.")
                    .arg(task.id),
            Strategy::Manual);
}

bool ProvisioningJob::beginStep(Strategy strategy, const QString &reason)
{
    ProvisioningStep step;
    step.attemptId = m_attempt.id;
    step.sequence = ++m_sequence;
    step.strategy = strategy;
    step.status = StepStatus::InFlight;
    step.reason = reason;
    step.requestTag = requestTag(m_organization, m_attempt.id, step.sequence);
    step.startedAt = m_services.clock();
    QString error;
    if (!m_services.history->recordStep(step).reportTo(&error)) {
        finish(AttemptOutcome::Failed,
                tr("Stopped before any request: the history could not be written (%1).")
                        .arg(error));
        return false;
    }
    m_step = step;
    Q_EMIT stepRecorded(step);
    return true;
}

bool ProvisioningJob::skipStep(Strategy strategy, const QString &reason)
{
    ProvisioningStep step;
    step.attemptId = m_attempt.id;
    step.sequence = ++m_sequence;
    step.strategy = strategy;
    step.status = StepStatus::Skipped;
    step.reason = reason;
    step.startedAt = m_services.clock();
    step.finishedAt = step.startedAt;
    QString error;
    if (!m_services.history->recordStep(step).reportTo(&error)) {
        stopOnStorageError(error);
        return false;
    }
    m_result.steps << step;
    Q_EMIT stepRecorded(step);
    return true;
}

bool ProvisioningJob::endStep(StepStatus status, const QString &reason, const ApiError *error)
{
    Q_ASSERT(m_step);
    ProvisioningStep step = *m_step;
    m_step.reset();
    step.status = status;
    step.reason = reason;
    if (error) {
        step.providerCode = error->providerCode.isEmpty() && error->httpStatus
                ? QString::number(error->httpStatus)
                : error->providerCode;
        step.providerMessage = error->toString();
    }
    step.finishedAt = m_services.clock();
    m_result.steps << step;
    QString storageError;
    const bool written = m_services.history->finishStep(step).reportTo(&storageError);
    Q_EMIT stepRecorded(step);
    if (!written && !m_finished) {
        stopOnStorageError(storageError);
        return false;
    }
    return written;
}

bool ProvisioningJob::rememberNumber(const PhoneNumber &created)
{
    PhoneNumber number = created;
    number.vapiAccountId = m_vapiAccount->id;
    number.organizationId = m_organization.id;
    // What the assistant has is known from here on, even if the cache cannot keep it.
    m_result.number = number;
    m_attempt.phoneNumberId = number.id;
    m_attempt.address = number.address;
    QString error;
    bool written = m_services.directory->upsertNumber(number).reportTo(&error);
    if (written) {
        if (auto assistant = m_services.directory->assistant(m_assistantId)) {
            assistant->phoneNumberId = number.id;
            written = m_services.directory->upsertAssistant(*assistant).reportTo(&error);
        }
    }
    if (!written)
        stopOnStorageError(error);
    return written;
}

// The workspace refused a write (a full disk, a read-only file, a lost connection): stop before
// any request that would depend on it. What was in flight stays so in the database, if even
// that cannot be written, and the next start settles it against Vapi and Twilio.
void ProvisioningJob::stopOnStorageError(const QString &error)
{
    if (m_finished)
        return;
    const QString summary
            = tr("Stopped: the workspace could not record a step, so nothing more was done. %1")
                      .arg(error);
    if (m_step) // the link in flight ends with the attempt, if that can still be written
        endStep(StepStatus::Failed, summary);
    if (!m_finished)
        finish(AttemptOutcome::Failed, summary, std::nullopt);
}

void ProvisioningJob::finish(
        AttemptOutcome outcome, const QString &summary, std::optional<Strategy> strategy)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    if (m_step) // a link still in flight ends with the attempt
        endStep(StepStatus::Failed, summary);
    m_attempt.outcome = outcome;
    m_attempt.strategy = strategy;
    m_attempt.summary = summary;
    m_attempt.finishedAt = m_services.clock();
    QString error;
    const bool recorded = m_services.history->finishAttempt(m_attempt).reportTo(&error);
    // A lease left behind on a finished attempt holds nothing: no start-up settles a finished
    // attempt.
    if (recorded) {
        if (const WriteResult dropped = m_services.history->dropLease(m_attempt.id); !dropped)
            qCWarning(lcProvisioning) << "attempt" << m_attempt.id
                                      << "is recorded; its lease stays:" << dropped.message();
    }
    m_result.outcome = outcome;
    m_result.strategy = strategy;
    m_result.summary = summary;
    if (recorded && outcome == AttemptOutcome::Succeeded)
        closeWaitingTask();
    if (!recorded) {
        // The outcome is not on record: say so, and never report a success the history lacks.
        qCWarning(lcProvisioning) << "attempt" << m_attempt.id
                                  << "could not be completed:" << error;
        m_result.storageFailed = true;
        m_result.summary += u' '
                + tr("The outcome could not be recorded (%1); the next start settles it.")
                          .arg(error);
    }
    qCInfo(lcProvisioning) << "attempt" << m_attempt.id << "for" << m_assistantId
                           << toString(outcome) << summary;
    deliver();
}

// An assistant that waited in the manual queue has a number now: its task is done by it (found
// by the walk: it still said "Waiting in the manual queue" beside the number, and completing the
// stale task gave it a second one).
void ProvisioningJob::closeWaitingTask()
{
    if (m_result.number.id.isEmpty())
        return;
    QString error;
    const QString said = m_services.tasks->closeOpenTaskOf(
            m_assistantId, m_result.number.address.toString(), m_result.number.id, &error);
    if (!said.isEmpty())
        m_result.summary += u' ' + said;
    if (!error.isEmpty())
        qCWarning(lcProvisioning) << "the open task of" << m_assistantId
                                  << "could not be read:" << error;
}

void ProvisioningJob::finishWithoutRecord(const QString &summary)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = AttemptOutcome::Failed;
    m_result.summary = summary;
    deliver();
}

// The one place finished() is emitted: both ways of finishing set m_finished first.
void ProvisioningJob::deliver()
{
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Switchboard
