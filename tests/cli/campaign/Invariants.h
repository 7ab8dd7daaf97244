// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The campaign's invariants, read against the sandbox's own state (its --state file and its
// request log) and, where the question is what the workspace knows, against switchboard-cli's
// --json listings. Every check is counted; a failed one is kept with where it was found.
namespace Campaign {

// What the campaign set up.
struct Setup
{
    QString orgSid; // the organization's own Twilio account
    QString workspaceSid; // the workspace's Twilio account
    QSet<QString> orgPool; // numbers each owned at the start
    QSet<QString> workspacePool;
    int orgPurchaseLimit = 0; // a month
    int workspacePurchaseLimit = 0;
};

// The end, as the sandbox and the CLI see it.
struct EndState
{
    QJsonObject sandboxState; // the --state file
    QList<QJsonObject> requests; // every request of the campaign, from the request log
    QJsonObject orgShow; // switchboard-cli --json org show SLUG
    QJsonObject workspaceInfo; // switchboard-cli --json workspace info
    QJsonArray openTasks; // switchboard-cli --json manual list
    QJsonArray inFlight; // switchboard-cli --json history --outcome in-flight
};

class Invariants
{
public:
    explicit Invariants(Setup setup);

    // After every round and every resume: a finished attempt is never changed or lost.
    void checkHistory(const QJsonArray &history, const QString &when);
    // The end state. With `completed` false (the campaign stopped early: the last resume did
    // not run or did not finish) only what no resume could repair is checked.
    void checkEnd(const EndState &end, bool completed, const QString &when);

    int checksRun() const;
    const QStringList &failures() const { return m_failures; }
    QMap<QString, int> checksPerInvariant() const;
    QMap<QString, int> failedPerInvariant() const;
    const QMap<QString, int> &assistantsByOutcome() const { return m_assistantsByOutcome; }
    const QMap<QString, int> &attemptsByOutcome() const { return m_attemptsByOutcome; }

private:
    struct Tally
    {
        int checks = 0;
        int failed = 0;
    };
    bool check(const QString &invariant, bool ok, const QString &failure);
    QString numberLabel(const QJsonObject &n) const;

    Setup m_setup;
    QString m_when;
    QHash<qint64, QJsonObject> m_finished; // every finished attempt seen, as first seen
    QMap<QString, Tally> m_tallies;
    QStringList m_failures;
    QMap<QString, int> m_assistantsByOutcome;
    QMap<QString, int> m_attemptsByOutcome;
};

} // namespace Campaign
