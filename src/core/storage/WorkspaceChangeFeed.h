// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Switchboard {

class AccountStore;
class DirectoryStore;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;
class WorkspaceSettings;

// The stores of one console, for WorkspaceChangeFeed::relayTo().
struct WorkspaceStores
{
    OrganizationStore *organizations = nullptr;
    AccountStore *accounts = nullptr;
    NumberPoolStore *pool = nullptr;
    DirectoryStore *directory = nullptr;
    ManualTaskStore *tasks = nullptr;
    WorkspaceSettings *settings = nullptr;
    HistoryStore *history = nullptr;
};

// What the other consoles on a team database change, as it is committed: PostgreSQL's
// LISTEN/NOTIFY on SqlDialect::ChangeChannel, fed by the triggers of schema version 5. Also the
// connection's health: every few seconds a trivial query, which makes a lost connection show
// (and WorkspaceDatabase open it again); after a reconnection it listens again and reports
// every table changed, since notifications sent meanwhile were lost.
// On SQLite it does nothing: one console owns the file, its stores announce their own changes.
class WorkspaceChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceChangeFeed(WorkspaceDatabase &database, QObject *parent = nullptr);
    ~WorkspaceChangeFeed() override;

    // Subscribes and starts the health check; false (with the reason logged) on SQLite or when
    // the driver cannot subscribe.
    bool start();
    bool isListening() const { return m_listening; }
    bool isOnline() const { return m_online; }
    void setHeartbeatInterval(int milliseconds) { m_heartbeat.setInterval(milliseconds); }
    // Checks the connection now (the heartbeat's work).
    void checkConnection();
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

    WorkspaceDatabase &m_database;
    QTimer m_heartbeat;
    QTimer m_coalesce;
    QSet<QString> m_pendingTables;
    int m_generation = 0;
    bool m_listening = false;
    bool m_online = true;
};

} // namespace Switchboard
