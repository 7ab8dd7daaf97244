// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ProvisioningResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Switchboard {

class ProvisioningBatch;
class ProvisioningEngine;
struct Organization;

// Gives new assistants a number without a click (issue 19). Of the organizations whose policy
// says so (WorkspaceSettings::autoProvisions), every assistant the workspace's cache shows
// without a number and that no attempt was ever made for goes through the chain, as a click on
// "Provision number" would, and a failure lands in the manual queue as it would.
//
// It reads the cache and does not list Vapi itself: run it right after a DirectoryRefresh (the
// console's refresh, `assistant list`, `watch`) with the accounts that refresh listed. An
// organization served by an account that could not be listed is left for the next round:
// deciding from an old listing could send assistants that have numbers to the manual queue.
//
// Each assistant is tried once. Its attempt is written only if none exists, in the same
// statement (HistoryStore::beginAttempt), so two consoles or two `watch` processes on one team
// workspace never both try it, and an assistant that failed waits for a person instead of being
// tried again each round. Finishes exactly once.
class AutoProvisioner : public QObject
{
    Q_OBJECT

public:
    // organizationId 0: every organization. freshAccounts: DirectoryRefresh::listedAccounts().
    AutoProvisioner(ProvisioningEngine &engine, QSet<qint64> freshAccounts,
            qint64 organizationId = 0, QObject *parent = nullptr);

    void start();
    // No new organization or assistant is started; running jobs stop at their next link (a
    // create already sent is seen through).
    void cancel();

    bool isFinished() const { return m_finished; }
    // The attempts made, in the order they ended (an assistant found tried by another process
    // meanwhile is not among them).
    const QList<ProvisioningResult> &results() const { return m_results; }
    // What could not be read (an organization's assistants, the history).
    const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    // Before an organization's new assistants are provisioned.
    void organizationStarted(qint64 organizationId, int assistants);
    void provisioned(const Switchboard::ProvisioningResult &result);
    void finished();

private:
    struct Work
    {
        qint64 organizationId = 0;
        QStringList assistantIds;
    };

    void collect();
    QStringList newAssistantsOf(const Organization &organization);
    void next();
    void finish();

    ProvisioningEngine &m_engine;
    QSet<qint64> m_freshAccounts;
    qint64 m_organizationId = 0;
    QList<Work> m_work;
    QPointer<ProvisioningBatch> m_batch;
    QList<ProvisioningResult> m_results;
    QStringList m_problems;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Switchboard
