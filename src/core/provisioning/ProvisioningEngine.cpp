// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningEngine.h"

#include "core/domain/Organization.h"
#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/DirectorySync.h"
#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/provisioning/Reconciliation.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OrganizationStore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {

ProvisioningEngine::ProvisioningEngine(ProvisioningServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    m_services.leaseHolder = m_leaseHolder.name();
    Q_ASSERT(m_services.directory && m_services.organizations);
    m_directorySync = new DirectorySync(*m_services.directory, *m_services.organizations,
            *m_services.accounts, m_services.clock, this);
    m_services.directorySync = m_directorySync;
    // While jobs run, their leases are renewed, so that no other process takes them for dead.
    m_leaseRenewal.setInterval(std::chrono::seconds(AttemptLease::RenewEverySeconds));
    connect(&m_leaseRenewal, &QTimer::timeout, this, &ProvisioningEngine::renewLeases);
    Q_ASSERT(m_services.organizations && m_services.accounts && m_services.pool
            && m_services.history && m_services.tasks && m_services.directory && m_services.settings
            && m_services.clients);
}

ProvisioningEngine::~ProvisioningEngine() = default;

ProvisioningJob *ProvisioningEngine::provision(
        qint64 organizationId, const QString &assistantId, QString *error, AttemptOrigin origin)
{
    const auto organization = m_services.organizations->findById(organizationId);
    if (!organization) {
        if (error)
            *error = tr("organization: there is no organization %1").arg(organizationId);
        return nullptr;
    }
    if (assistantId.trimmed().isEmpty()) {
        if (error)
            *error = tr("assistant: an assistant id is needed");
        return nullptr;
    }
    auto *job = new ProvisioningJob(
            m_services, m_ledger, *organization, assistantId.trimmed(), origin, this);
    m_jobs.append(job);
    if (!m_leaseRenewal.isActive())
        m_leaseRenewal.start();
    connect(job, &ProvisioningJob::finished, this, [this, job](const ProvisioningResult &result) {
        m_jobs.removeAll(job);
        if (m_jobs.isEmpty())
            m_leaseRenewal.stop();
        Q_EMIT jobFinished(result);
    });
    Q_EMIT jobStarted(job);
    // Started from the event loop, so the caller can connect to the job before it can finish.
    QMetaObject::invokeMethod(job, &ProvisioningJob::start, Qt::QueuedConnection);
    return job;
}

ProvisioningBatch *ProvisioningEngine::provisionAll(qint64 organizationId,
        const QStringList &assistantIds, int concurrency, AttemptOrigin origin)
{
    return new ProvisioningBatch(*this, organizationId, assistantIds, concurrency, origin, this);
}

ProvisioningBatch *ProvisioningEngine::provisionEach(
        const QList<ProvisioningBatch::Item> &items, int concurrency, AttemptOrigin origin)
{
    return new ProvisioningBatch(*this, items, concurrency, origin, this);
}

void ProvisioningEngine::renewLeases()
{
    if (const WriteResult renewed
            = m_services.history->renewLeases(m_leaseHolder.name(), m_services.clock());
            !renewed)
        qCWarning(lcProvisioning) << "leases could not be renewed:" << renewed.message();
}

Reconciliation *ProvisioningEngine::reconcile()
{
    return new Reconciliation(m_services, this);
}

bool ProvisioningEngine::recordDeclined(const Organization &organization,
        const QString &assistantId, const QString &assistantName, QString *error) const
{
    ProvisioningAttempt attempt;
    attempt.organizationId = organization.id;
    attempt.organizationSlug = organization.slug;
    attempt.assistantId = assistantId;
    attempt.assistantName = assistantName;
    attempt.origin = AttemptOrigin::Request;
    attempt.startedAt = m_services.clock();
    if (!m_services.history->beginAttempt(attempt).reportTo(error))
        return false;
    attempt.outcome = AttemptOutcome::Cancelled;
    attempt.summary = tr("Not provisioned: created without a number on request. It is not "
                         "provisioned automatically; provision it when it needs a number.");
    attempt.finishedAt = m_services.clock();
    return m_services.history->finishAttempt(attempt).reportTo(error);
}

QList<LinkDecision> ProvisioningEngine::plan(qint64 organizationId, QString *error) const
{
    const auto organization = m_services.organizations->findById(organizationId);
    if (!organization) {
        if (error)
            *error = tr("organization: there is no organization %1").arg(organizationId);
        return {};
    }
    return ChainPlanner::plan(readChainState(m_services, *organization));
}

std::optional<FreeNumberUsage> ProvisioningEngine::usageFor(qint64 organizationId) const
{
    const auto account = m_services.accounts->vapiAccountServing(organizationId);
    if (!account)
        return std::nullopt;
    return FreeNumberUsage(
            m_services.directory->freeNumberCount(account->id), account->freeNumberCap);
}

} // namespace Switchboard
