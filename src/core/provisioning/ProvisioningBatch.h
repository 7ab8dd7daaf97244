// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ProvisioningResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Switchboard {

class ProvisioningEngine;
class ProvisioningJob;

// Provisioning for many assistants, each under its own organization (whose accounts serve and
// pay for it), a bounded number at a time, with progress and cancellation. Finishes exactly
// once; running again resumes (assistants that have a number by then are recorded as such and
// left alone).
class ProvisioningBatch : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 organizationId = 0;
        QString assistantId;
    };

    // Every assistant of one organization.
    ProvisioningBatch(ProvisioningEngine &engine, qint64 organizationId,
            const QStringList &assistantIds, int concurrency,
            AttemptOrigin origin = AttemptOrigin::Request, QObject *parent = nullptr);
    // Assistants of several organizations ("All organizations"): each job runs under the
    // organization given with its assistant, and the job still refuses an assistant that Vapi
    // says belongs to another.
    ProvisioningBatch(ProvisioningEngine &engine, QList<Item> items, int concurrency,
            AttemptOrigin origin = AttemptOrigin::Request, QObject *parent = nullptr);

    void start();
    // No new assistant is started; running ones stop at their next link.
    void cancel();

    int total() const { return int(m_items.size()); }
    int completed() const { return int(m_results.size()); }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    const QList<ProvisioningResult> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int completed, int total, const Switchboard::ProvisioningResult &latest);
    void finished(bool cancelled);

private:
    void launchMore();
    void onJobFinished(const ProvisioningResult &result);
    void finishIfDone();

    ProvisioningEngine &m_engine;
    QList<Item> m_items;
    int m_concurrency = 1;
    AttemptOrigin m_origin = AttemptOrigin::Request;
    int m_next = 0;
    QList<QPointer<ProvisioningJob>> m_running;
    QList<ProvisioningResult> m_results;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Switchboard
