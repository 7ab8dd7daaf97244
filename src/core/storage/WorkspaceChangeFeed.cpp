// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WorkspaceChangeFeed.h"

#include "core/storage/AccountStore.h"
#include "core/storage/ConnectionProbe.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Switchboard {

namespace {

// Which store announces a change to which table: the one list, so that a table added with a
// change trigger is relayed (TestPostgresWorkspace checks it against the triggers).
enum class StoreOf {
    Organizations,
    Accounts,
    Pool,
    Directory,
    Tasks,
    Settings,
    History,
    None
};

const QList<QPair<QString, StoreOf>> &relayed()
{
    static const QList<QPair<QString, StoreOf>> tables{
            {QStringLiteral("organizations"), StoreOf::Organizations},
            {QStringLiteral("vapi_accounts"), StoreOf::Accounts},
            {QStringLiteral("twilio_accounts"), StoreOf::Accounts},
            {QStringLiteral("number_pool"), StoreOf::Pool},
            {QStringLiteral("purchase_slots"), StoreOf::Pool},
            {QStringLiteral("assistants"), StoreOf::Directory},
            {QStringLiteral("phone_numbers"), StoreOf::Directory},
            {QStringLiteral("manual_tasks"), StoreOf::Tasks},
            {QStringLiteral("workspace_settings"), StoreOf::Settings},
            {QStringLiteral("provisioning_attempts"), StoreOf::History},
            {QStringLiteral("workspace_events"), StoreOf::History},
            // Names of secrets: read where they are shown, announced by no store.
            {QStringLiteral("secret_refs"), StoreOf::None},
    };
    return tables;
}

StoreOf storeOf(const QString &table)
{
    for (const auto &[name, store] : relayed()) {
        if (name == table)
            return store;
    }
    return StoreOf::None;
}

// When the server behind this connection started; empty when it cannot be asked.
QString serverStartedAt(const WorkspaceDatabase &database)
{
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT pg_postmaster_start_time()::text")) && query.next())
        return query.value(0).toString();
    return {};
}

constexpr int HeartbeatMs = 3000;
// A probe is a trivial statement on a loopback or LAN connection: a server that takes this
// long is not answering, and the console says so.
constexpr int AnswerTimeoutMs = 2000;

} // namespace

WorkspaceChangeFeed::WorkspaceChangeFeed(
        WorkspaceDatabase &database, WorkspaceDatabaseOpener probeOpener, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_probeOpener(std::move(probeOpener))
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &WorkspaceChangeFeed::checkConnection);
    m_answerDeadline.setSingleShot(true);
    m_answerDeadline.setInterval(AnswerTimeoutMs);
    connect(&m_answerDeadline, &QTimer::timeout, this, &WorkspaceChangeFeed::onNoAnswer);
    // A batch on another console commits many rows in a moment: one refresh for all of them.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &WorkspaceChangeFeed::flush);
}

WorkspaceChangeFeed::~WorkspaceChangeFeed()
{
    if (m_listening) {
        QSqlDatabase db = m_database.connection();
        if (db.isOpen() && db.driver())
            db.driver()->unsubscribeFromNotification(QLatin1String(SqlDialect::ChangeChannel));
    }
    if (m_probeThread) {
        m_probeThread->quit();
        // A probe waiting on a stalled server cannot be stopped: the console does not wait for
        // it. The thread and the probe delete themselves once it returns (or the process ends).
        if (!m_probeThread->wait(200))
            connect(m_probeThread, &QThread::finished, m_probeThread, &QObject::deleteLater);
        else
            delete m_probeThread;
    }
}

QStringList WorkspaceChangeFeed::relayedTables()
{
    QStringList tables;
    for (const auto &entry : relayed())
        tables << entry.first;
    return tables;
}

bool WorkspaceChangeFeed::start()
{
    if (!m_database.location().isPostgres())
        return false;
    m_generation = m_database.connectionGeneration();
    m_serverStartedAt = serverStartedAt(m_database);
    if (!m_probeThread && m_probeOpener) {
        m_probeThread = new QThread;
        m_probeThread->setObjectName(QStringLiteral("switchboard-probe"));
        m_probe = new ConnectionProbe(m_probeOpener);
        m_probe->moveToThread(m_probeThread);
        connect(m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
        connect(m_probe, &ConnectionProbe::answered, this, &WorkspaceChangeFeed::onProbeAnswered);
        m_probeThread->start();
    }
    m_heartbeat.start();
    return subscribe();
}

bool WorkspaceChangeFeed::subscribe()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_listening = false;
        return false;
    }
    // The driver's signal: a reconnection keeps the driver object, so this is connected once.
    connect(driver, &QSqlDriver::notification, this, &WorkspaceChangeFeed::onNotification,
            Qt::UniqueConnection);
    const QString channel = QLatin1String(SqlDialect::ChangeChannel);
    // Still listening (the server only stalled): subscribing twice would be refused.
    m_listening = driver->subscribedToNotifications().contains(channel)
            || driver->subscribeToNotification(channel);
    if (!m_listening)
        qCWarning(lcStorage) << "cannot listen for changes:" << driver->lastError().text();
    return m_listening;
}

void WorkspaceChangeFeed::checkConnection()
{
    if (!m_probe || m_probeOut)
        return; // the last probe is still out: a stalled server, said by onNoAnswer()
    m_probeOut = true;
    m_answerDeadline.start();
    QMetaObject::invokeMethod(m_probe, &ConnectionProbe::probe, Qt::QueuedConnection);
}

void WorkspaceChangeFeed::goOffline(const QString &reason)
{
    if (!m_online)
        return;
    m_online = false;
    m_listening = false;
    Q_EMIT connectionLost(reason);
}

void WorkspaceChangeFeed::onNoAnswer()
{
    if (m_probeOut)
        goOffline(tr("The team database does not answer (no reply within %1 s).")
                          .arg(m_answerDeadline.interval() / 1000.0));
}

void WorkspaceChangeFeed::onProbeAnswered(
        bool ok, const QString &reason, const QString &serverStartedAt)
{
    m_probeOut = false;
    m_answerDeadline.stop();
    if (!ok) {
        goOffline(reason);
        return;
    }
    // The server restarted since the console's connection was opened: that connection is
    // broken (libpq learns it only from a failed statement). Opened again here, while the
    // server is known to answer.
    if (serverStartedAt != m_serverStartedAt) {
        if (!m_database.reconnect())
            return; // the next heartbeat tries again
        m_serverStartedAt = serverStartedAt;
    }
    if (m_online && m_generation == m_database.connectionGeneration())
        return;
    m_generation = m_database.connectionGeneration();
    const bool wasOffline = !m_online;
    m_online = true;
    subscribe();
    if (wasOffline)
        Q_EMIT connectionRestored();
    // Whatever happened while nobody listened is unknown: everything may have changed.
    for (const QString &table : relayedTables())
        m_pendingTables.insert(table);
    flush();
    Q_EMIT attemptChanged(0);
}

void WorkspaceChangeFeed::onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own connection's changes were announced by our stores already.
    if (name != QLatin1String(SqlDialect::ChangeChannel) || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const QString table = text.section(u':', 0, 0);
    if (table.isEmpty())
        return;
    if (text.contains(u':')) {
        bool ok = false;
        const qint64 id = text.section(u':', 1).toLongLong(&ok);
        if (ok && table == u"provisioning_attempts")
            Q_EMIT attemptChanged(id);
    }
    m_pendingTables.insert(table);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void WorkspaceChangeFeed::flush()
{
    if (m_pendingTables.isEmpty())
        return;
    QStringList tables(m_pendingTables.cbegin(), m_pendingTables.cend());
    tables.sort();
    m_pendingTables.clear();
    Q_EMIT tablesChanged(tables);
}

void WorkspaceChangeFeed::relayTo(const WorkspaceStores &stores)
{
    connect(this, &WorkspaceChangeFeed::tablesChanged, this, [stores](const QStringList &tables) {
        // Each store once, however many of its tables changed.
        unsigned changed = 0;
        for (const QString &table : tables)
            changed |= 1U << unsigned(storeOf(table));
        const auto has
                = [changed](StoreOf store) { return (changed & (1U << unsigned(store))) != 0; };
        if (has(StoreOf::Organizations) && stores.organizations)
            Q_EMIT stores.organizations->changed();
        if (has(StoreOf::Accounts) && stores.accounts)
            Q_EMIT stores.accounts->changed();
        if (has(StoreOf::Pool) && stores.pool)
            Q_EMIT stores.pool->changed();
        if (has(StoreOf::Directory) && stores.directory)
            Q_EMIT stores.directory->changed();
        if (has(StoreOf::Tasks) && stores.tasks)
            Q_EMIT stores.tasks->changed();
        if (has(StoreOf::Settings) && stores.settings)
            Q_EMIT stores.settings->changed(QString());
        // Attempts are announced one by one (attemptChanged); events as a table.
        if (tables.contains(QStringLiteral("workspace_events")) && stores.history)
            Q_EMIT stores.history->eventsChanged();
    });
    if (stores.history) {
        connect(this, &WorkspaceChangeFeed::attemptChanged, stores.history,
                &HistoryStore::attemptChanged);
    }
}

} // namespace Switchboard
