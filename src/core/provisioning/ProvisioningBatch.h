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

// Provisioning for many assistants of one organization, a bounded number at a time, with
// progress and cancellation. Finishes exactly once; running again resumes (assistants that
// have a number by then are recorded as such and left alone).
class ProvisioningBatch : public QObject
{
    Q_OBJECT

public:
    ProvisioningBatch(ProvisioningEngine &engine, qint64 organizationId, QStringList assistantIds,
            int concurrency, AttemptOrigin origin = AttemptOrigin::Request,
            QObject *parent = nullptr);

    void start();
    // No new assistant is started; running ones stop at their next link.
    void cancel();

    int total() const { return int(m_assistantIds.size()); }
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
    qint64 m_organizationId = 0;
    QStringList m_assistantIds;
    int m_concurrency = 1;
    AttemptOrigin m_origin = AttemptOrigin::Request;
    int m_next = 0;
    QList<QPointer<ProvisioningJob>> m_running;
    QList<ProvisioningResult> m_results;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Switchboard
