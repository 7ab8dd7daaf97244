// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/AttemptLease.h"
#include "core/provisioning/ChainPlanner.h"
#include "core/provisioning/FreeSlotLedger.h"
#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/ProvisioningResult.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Switchboard {

class DirectorySync;
class ProvisioningJob;
class Reconciliation;
struct Organization;

// The one engine behind the console's "Provision number" and `switchboard-cli provision`.
class ProvisioningEngine : public QObject
{
    Q_OBJECT

public:
    explicit ProvisioningEngine(ProvisioningServices services, QObject *parent = nullptr);
    ~ProvisioningEngine() override;

    const ProvisioningServices &services() const { return m_services; }

    // Starts the chain for one assistant of an organization. Returns nullptr with *error set
    // when the request itself is wrong (unknown organization); the job reports the rest.
    // An automatic job (origin Automatic) runs only if the assistant was never tried.
    ProvisioningJob *provision(qint64 organizationId, const QString &assistantId,
            QString *error = nullptr, AttemptOrigin origin = AttemptOrigin::Request);
    // Every given assistant, at most `concurrency` at a time; cancellable, and resumable by
    // starting it again (assistants that got a number meanwhile are left alone).
    ProvisioningBatch *provisionAll(qint64 organizationId, const QStringList &assistantIds,
            int concurrency = 4, AttemptOrigin origin = AttemptOrigin::Request);
    // The same for assistants of several organizations, each under its own.
    ProvisioningBatch *provisionEach(const QList<ProvisioningBatch::Item> &items,
            int concurrency = 4, AttemptOrigin origin = AttemptOrigin::Request);
    // Completes what a crash or a killed process left in flight, against the APIs.
    Reconciliation *reconcile();
    // Records that a person chose, when creating an assistant, not to give it a number
    // (`assistant create --no-provision`): a finished attempt without steps whose summary says
    // so. The automatic policy only tries assistants that were never tried, so it leaves this
    // one alone from then on; provisioning it on request still works.
    bool recordDeclined(const Organization &organization, const QString &assistantId,
            const QString &assistantName, QString *error = nullptr) const;

    // The chain's decision for an organization now, from what the workspace knows (no
    // network, nothing changed): what --dry-run prints.
    QList<LinkDecision> plan(qint64 organizationId, QString *error = nullptr) const;
    // Free-number usage of the Vapi account that serves an organization, as last seen.
    std::optional<FreeNumberUsage> usageFor(qint64 organizationId) const;

    int runningJobs() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void jobStarted(Switchboard::ProvisioningJob *job);
    void jobFinished(const Switchboard::ProvisioningResult &result);

private:
    void renewLeases();

    LeaseHolder m_leaseHolder;
    ProvisioningServices m_services;
    QTimer m_leaseRenewal;
    FreeSlotLedger m_ledger;
    DirectorySync *m_directorySync = nullptr; // a child
    QList<QPointer<ProvisioningJob>> m_jobs;
};

} // namespace Switchboard
