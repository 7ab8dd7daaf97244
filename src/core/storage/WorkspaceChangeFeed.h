// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WorkspaceStores.h"
#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

namespace Switchboard {

class ConnectionProbe;
class WorkspaceDatabase;

// What the other consoles on a team database change, as it is committed: PostgreSQL's
// LISTEN/NOTIFY on SqlDialect::ChangeChannel, fed by the triggers of schema version 5, heard on
// the console's connection (a socket notifier: nothing waits for it). Also the server's health:
// every few seconds a ConnectionProbe on a thread and a connection of its own runs a trivial
// query. A probe that fails, or does not answer within a moment (a stalled server), reports the
// server unreachable while the console's thread goes on; when the server answers again after a
// restart, the console's connection is opened again, listens again, and every table is reported
// changed, since notifications sent meanwhile were lost.
// On SQLite it does nothing: one console owns the file, its stores announce their own changes.
class WorkspaceChangeFeed : public QObject
{
    Q_OBJECT

public:
    // `probeOpener` opens the probe's own connection to the same workspace (in the probe's
    // thread).
    WorkspaceChangeFeed(WorkspaceDatabase &database, WorkspaceDatabaseOpener probeOpener,
            QObject *parent = nullptr);
    ~WorkspaceChangeFeed() override;

    // Subscribes and starts the health check; false (with the reason logged) on SQLite or when
    // the driver cannot subscribe.
    bool start();
    bool isListening() const { return m_listening; }
    bool isOnline() const { return m_online; }
    void setHeartbeatInterval(int milliseconds) { m_heartbeat.setInterval(milliseconds); }
    // How long a probe may go unanswered before the server counts as unreachable.
    void setAnswerTimeout(int milliseconds) { m_answerDeadline.setInterval(milliseconds); }
    // Probes the server now (the heartbeat's work), unless a probe is still out.
    void checkConnection();
    // The tables whose changes are relayed to a store (every table with a change trigger).
    static QStringList relayedTables();
    // From now on, what another console commits is announced through these stores' own change
    // signals, as if this console had made it: every view and cache that follows a store reads
    // it again. The stores must outlive the feed.
    void relayTo(const WorkspaceStores &stores);

Q_SIGNALS:
    // Another connection committed changes to these tables (coalesced over a short moment).
    void tablesChanged(const QStringList &tables);
    // Another connection committed a change to this provisioning attempt.
    void attemptChanged(qint64 attemptId);
    // The server cannot be reached; `reason` is the driver's message (never a password).
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void onNotification(
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool subscribe();
    void flush();
    void onProbeAnswered(bool ok, const QString &reason, const QString &serverStartedAt);
    void onNoAnswer();
    void goOffline(const QString &reason);

    WorkspaceDatabase &m_database;
    WorkspaceDatabaseOpener m_probeOpener;
    QThread *m_probeThread = nullptr;
    ConnectionProbe *m_probe = nullptr; // lives in m_probeThread
    bool m_probeOut = false;
    QString m_serverStartedAt; // as the console's connection last saw it
    QTimer m_answerDeadline;
    QTimer m_heartbeat;
    QTimer m_coalesce;
    QSet<QString> m_pendingTables;
    int m_generation = 0;
    bool m_listening = false;
    bool m_online = true;
};

} // namespace Switchboard
