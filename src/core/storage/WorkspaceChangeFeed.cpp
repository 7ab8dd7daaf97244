// SPDX-License-Identifier: Apache-2.0
#include "WorkspaceChangeFeed.h"

#include "AccountStore.h"
#include "DirectoryStore.h"
#include "HistoryStore.h"
#include "ManualTaskStore.h"
#include "NumberPoolStore.h"
#include "OrganizationStore.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceSettings.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Switchboard {

WorkspaceChangeFeed::WorkspaceChangeFeed(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_heartbeat.setInterval(3000);
    connect(&m_heartbeat, &QTimer::timeout, this, &WorkspaceChangeFeed::checkConnection);
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
}

bool WorkspaceChangeFeed::start()
{
    if (!m_database.location().isPostgres())
        return false;
    m_generation = m_database.connectionGeneration();
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
    m_listening = driver->subscribeToNotification(QLatin1String(SqlDialect::ChangeChannel));
    if (!m_listening)
        qCWarning(lcStorage) << "cannot listen for changes:" << driver->lastError().text();
    return m_listening;
}

void WorkspaceChangeFeed::checkConnection()
{
    QSqlDatabase db = m_database.connection();
    bool ok = false;
    QString reason = db.lastError().text();
    if (db.isOpen()) {
        QSqlQuery probe(db);
        ok = probe.exec(QStringLiteral("SELECT 1"));
        reason = probe.lastError().text();
    }
    if (!ok) {
        // The failed statement is how libpq learns that the connection broke; the next
        // connection() opens it again.
        if (m_online) {
            m_online = false;
            m_listening = false;
            Q_EMIT connectionLost(reason);
        }
        return;
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
    static const QStringList everything{QStringLiteral("organizations"),
            QStringLiteral("vapi_accounts"), QStringLiteral("twilio_accounts"),
            QStringLiteral("number_pool"), QStringLiteral("purchase_slots"),
            QStringLiteral("assistants"), QStringLiteral("phone_numbers"),
            QStringLiteral("manual_tasks"), QStringLiteral("workspace_settings"),
            QStringLiteral("secret_refs"), QStringLiteral("provisioning_attempts")};
    for (const QString &table : everything)
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
        for (const QString &table : tables) {
            if (table == u"organizations" && stores.organizations)
                Q_EMIT stores.organizations->changed();
            else if ((table == u"vapi_accounts" || table == u"twilio_accounts") && stores.accounts)
                Q_EMIT stores.accounts->changed();
            else if ((table == u"number_pool" || table == u"purchase_slots") && stores.pool)
                Q_EMIT stores.pool->changed();
            else if ((table == u"assistants" || table == u"phone_numbers") && stores.directory)
                Q_EMIT stores.directory->changed();
            else if (table == u"manual_tasks" && stores.tasks)
                Q_EMIT stores.tasks->changed();
            else if (table == u"workspace_settings" && stores.settings)
                Q_EMIT stores.settings->changed(QString());
        }
    });
    if (stores.history) {
        connect(this, &WorkspaceChangeFeed::attemptChanged, stores.history,
                &HistoryStore::attemptChanged);
    }
}

} // namespace Switchboard
