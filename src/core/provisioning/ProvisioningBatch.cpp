// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ProvisioningBatch.h"

#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"

#include <QSet>
#include <QTimer>

namespace Switchboard {

namespace {

QList<ProvisioningBatch::Item> itemsOf(qint64 organizationId, const QStringList &assistantIds)
{
    QList<ProvisioningBatch::Item> items;
    for (const QString &id : assistantIds)
        items << ProvisioningBatch::Item{organizationId, id};
    return items;
}

} // namespace

ProvisioningBatch::ProvisioningBatch(ProvisioningEngine &engine, qint64 organizationId,
        const QStringList &assistantIds, int concurrency, AttemptOrigin origin, QObject *parent)
    : ProvisioningBatch(engine, itemsOf(organizationId, assistantIds), concurrency, origin, parent)
{ }

ProvisioningBatch::ProvisioningBatch(ProvisioningEngine &engine, QList<Item> items, int concurrency,
        AttemptOrigin origin, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_concurrency(std::max(concurrency, 1))
    , m_origin(origin)
{
    // Each assistant once (a second job for it would be refused as in flight).
    QSet<QString> seen;
    for (Item &item : items) {
        if (!seen.contains(item.assistantId)) {
            seen.insert(item.assistantId);
            m_items << std::move(item);
        }
    }
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
    while (!m_cancelled && m_running.size() < m_concurrency && m_next < m_items.size()) {
        const Item &item = m_items.at(m_next++);
        const QString assistantId = item.assistantId;
        QString error;
        ProvisioningJob *job
                = m_engine.provision(item.organizationId, assistantId, &error, m_origin);
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
    if (!m_cancelled && m_next < m_items.size())
        return;
    m_finished = true;
    Q_EMIT finished(m_cancelled);
}

} // namespace Switchboard
