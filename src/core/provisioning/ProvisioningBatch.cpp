// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningBatch.h"

#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"

#include <QTimer>

namespace Switchboard {

ProvisioningBatch::ProvisioningBatch(ProvisioningEngine &engine, qint64 organizationId,
        QStringList assistantIds, int concurrency, AttemptOrigin origin, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_organizationId(organizationId)
    , m_assistantIds(std::move(assistantIds))
    , m_concurrency(std::max(concurrency, 1))
    , m_origin(origin)
{
    m_assistantIds.removeDuplicates();
}

void ProvisioningBatch::start()
{
    // Report asynchronously even for an empty batch, so that callers connect first.
    QTimer::singleShot(0, this, [this] {
        launchMore();
        finishIfDone();
    });
}

void ProvisioningBatch::cancel()
{
    m_cancelled = true;
    for (const QPointer<ProvisioningJob> &job : std::as_const(m_running)) {
        if (job)
            job->cancel();
    }
    finishIfDone();
}

void ProvisioningBatch::launchMore()
{
    while (!m_cancelled && m_running.size() < m_concurrency && m_next < m_assistantIds.size()) {
        const QString assistantId = m_assistantIds.at(m_next++);
        QString error;
        ProvisioningJob *job = m_engine.provision(m_organizationId, assistantId, &error, m_origin);
        if (!job) {
            ProvisioningResult refused;
            refused.assistantId = assistantId;
            refused.summary = error;
            onJobFinished(refused);
            continue;
        }
        m_running.append(job);
        connect(job, &ProvisioningJob::finished, this,
                [this, job](const ProvisioningResult &result) {
                    m_running.removeAll(job);
                    onJobFinished(result);
                });
    }
}

void ProvisioningBatch::onJobFinished(const ProvisioningResult &result)
{
    m_results.append(result);
    Q_EMIT progress(completed(), total(), result);
    launchMore();
    finishIfDone();
}

void ProvisioningBatch::finishIfDone()
{
    if (m_finished || !m_running.isEmpty())
        return;
    if (!m_cancelled && m_next < m_assistantIds.size())
        return;
    m_finished = true;
    Q_EMIT finished(m_cancelled);
}

} // namespace Switchboard
