// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ProvisioningAttempt.h"
#include "core/domain/WorkspaceEvent.h"
#include "core/storage/EventLog.h"
#include "core/storage/WriteResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

struct HistoryFilter
{
    static constexpr qint64 WorkspaceOnly = EventFilter::WorkspaceOnly;
    qint64 organizationId = 0; // 0: every organization; WorkspaceOnly: none of them
    std::optional<AttemptOutcome> outcome;
    std::optional<Strategy> strategy; // the link that delivered
    std::optional<AttemptOrigin> origin; // a person's request, or the automatic path
    QString operatorName; // who started it, exactly; empty: anyone
    QDateTime since; // inclusive; invalid: no bound
    QDateTime until; // exclusive; invalid: no bound
    // Words in the assistant's name or id, the number, the slug or the summary, each matched
    // whole (case and accents aside), the last one also as the start of a word while it is
    // being typed (no space after it). A number matches with or without "+" and country code.
    QString text;

    friend bool operator==(const HistoryFilter &a, const HistoryFilter &b)
    {
        return a.organizationId == b.organizationId && a.outcome == b.outcome
                && a.strategy == b.strategy && a.origin == b.origin
                && a.operatorName == b.operatorName && a.since == b.since && a.until == b.until
                && a.text == b.text;
    }
    friend bool operator!=(const HistoryFilter &a, const HistoryFilter &b) { return !(a == b); }
};

// Where a page of history ended, so the next page starts right after it (keyset paging: as
// fast for the millionth row as for the first).
struct HistoryCursor
{
    QDateTime startedAt;
    qint64 id = 0;
};

// The permanent record of provisioning. Rows are written before their network call and
// completed exactly once after it; the database refuses any other change (see Migrations).
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    // Inserts an in-flight attempt; sets id and startedAt. Fails if the assistant already has
    // an attempt in flight (in this console or another on the same team database). An automatic
    // attempt (origin Automatic) is inserted only if the assistant was never tried, in the same
    // statement, so that two processes cannot both try it; otherwise Refused with *alreadyTried.
    // One in flight already: Refused too (field "assistant").
    WriteResult beginAttempt(ProvisioningAttempt &attempt, bool *alreadyTried = nullptr);
    // Inserts a step: in flight (before its network call) or already final (a skipped link).
    WriteResult recordStep(ProvisioningStep &step);
    // Completes an in-flight step with its status, reason and provider error, once (a second
    // time is Failed: the database refuses it). NotFound when there is no such step.
    WriteResult finishStep(ProvisioningStep &step);
    // Completes an in-flight attempt with its outcome, once; as finishStep.
    WriteResult finishAttempt(ProvisioningAttempt &attempt);

    // Records an action that is not a provisioning attempt (a number assigned or released in
    // Vapi or on Twilio) after the service answered, with this connection's operator; see
    // EventLog. The stores record their own changes' events themselves.
    WriteResult recordEvent(WorkspaceEvent &event);
    // The events that belong to an attempt (its manual task opened and completed), oldest first.
    QList<WorkspaceEvent> eventsOf(qint64 attemptId, QString *error = nullptr) const;
    // Events (not attempts), newest first; see EventLog.
    QList<WorkspaceEvent> events(const EventFilter &filter, int limit,
            const std::optional<EventCursor> &after = std::nullopt, QString *error = nullptr) const;
    int eventCount(const EventFilter &filter, QString *error = nullptr) const;
    QStringList operators(QString *error = nullptr) const;

    std::optional<ProvisioningAttempt> attempt(qint64 id, QString *error = nullptr) const;
    QList<ProvisioningStep> steps(qint64 attemptId, QString *error = nullptr) const;
    // Newest first, without steps; `after` continues a previous page.
    QList<ProvisioningAttempt> page(const HistoryFilter &filter, int limit,
            const std::optional<HistoryCursor> &after = std::nullopt,
            QString *error = nullptr) const;
    int count(const HistoryFilter &filter, QString *error = nullptr) const;
    // Attempts a crash or a killed process left in flight, with their steps.
    QList<ProvisioningAttempt> inFlight(QString *error = nullptr) const;
    // Those of the given assistants that no attempt was ever made for (AutoProvisioner: an
    // assistant tried once, whatever came of it, is never tried again automatically); nullopt
    // when the workspace could not be asked.
    std::optional<QStringList> neverTried(
            const QStringList &assistantIds, QString *error = nullptr) const;

    // Leases of in-flight attempts (see AttemptLease): who works on them, renewed while it does.
    WriteResult takeLease(qint64 attemptId, const QString &holder, const QDateTime &now);
    WriteResult renewLeases(const QString &holder, const QDateTime &now);
    WriteResult dropLease(qint64 attemptId);
    // The holder and last renewal of an attempt's lease; an empty holder when it has none.
    std::pair<QString, QDateTime> lease(qint64 attemptId, QString *error = nullptr) const;

Q_SIGNALS:
    void attemptChanged(qint64 attemptId);
    // Events were recorded on this connection, by whichever store (announced once committed),
    // or, on a team database, by another console.
    void eventsChanged();

private:
    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
