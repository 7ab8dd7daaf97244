// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"

#include "core/snapshot/SnapshotLoader.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

namespace Switchboard {

SnapshotCache::SnapshotCache(const WorkspaceStores &stores, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
{
    watch(stores);
}

SnapshotCache::SnapshotCache(
        const WorkspaceStores &stores, WorkspaceDatabaseOpener opener, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
{
    qRegisterMetaType<Switchboard::WorkspaceSnapshot>();
    qRegisterMetaType<Switchboard::SnapshotParts>();
    qRegisterMetaType<Switchboard::WriteResult>();
    m_loader = new SnapshotLoader(std::move(opener));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &SnapshotLoader::loaded, this, &SnapshotCache::take);
    connect(m_loader, &SnapshotLoader::written, this, &SnapshotCache::written);
    m_thread.setObjectName(QStringLiteral("switchboard-snapshot"));
    m_thread.start(QThread::LowPriority);
    watch(stores);
}

SnapshotCache::~SnapshotCache()
{
    if (m_loader) {
        m_thread.quit();
        m_thread.wait();
    }
}

void SnapshotCache::watch(const WorkspaceStores &stores)
{
    followStoreChanges(stores, this, [this](SnapshotParts parts) { storeChanged(parts); });
}

void SnapshotCache::storeChanged(SnapshotParts parts)
{
    // Before the first reload() nothing is shown, so nothing is out of date.
    if (m_generation != 0)
        reload(parts);
}

void SnapshotCache::reload(SnapshotParts parts)
{
    if (!m_loader) {
        take(++m_generation, parts, WorkspaceSnapshot::read(m_stores, parts));
        return;
    }
    if (m_inFlight) {
        m_pending |= parts; // read once this one is in
        return;
    }
    m_inFlight = ++m_generation;
    SnapshotLoader *loader = m_loader;
    const quint64 generation = m_inFlight;
    QMetaObject::invokeMethod(
            loader, [loader, generation, parts] { loader->load(generation, parts); },
            Qt::QueuedConnection);
}

void SnapshotCache::take(quint64 generation, SnapshotParts parts, const WorkspaceSnapshot &snapshot)
{
    if (m_loader && generation != m_inFlight)
        return;
    m_inFlight = 0;
    m_snapshot.merge(snapshot, parts);
    m_readParts |= parts;
    m_loaded = m_readParts == AllSnapshotParts;
    Q_EMIT changed(parts);
    if (m_pending) {
        const SnapshotParts pending = m_pending;
        m_pending = {};
        reload(pending);
    }
}

void SnapshotCache::write(WriteJob job, QObject *context, WriteDone done)
{
    const quint64 jobId = ++m_lastJob;
    m_writes.insert(jobId, PendingWrite{context, std::move(done)});
    if (!m_loader) {
        // At once, through the console's stores (they announce their own changes); answered
        // from the event loop all the same.
        const WriteResult result = job(m_stores);
        QMetaObject::invokeMethod(
                this, [this, jobId, result] { written(jobId, result, {}); }, Qt::QueuedConnection);
        return;
    }
    SnapshotLoader *loader = m_loader;
    QMetaObject::invokeMethod(
            loader, [loader, jobId, job = std::move(job)] { loader->write(jobId, job); },
            Qt::QueuedConnection);
}

void SnapshotCache::written(quint64 jobId, const WriteResult &result, SnapshotParts changed)
{
    const PendingWrite pending = m_writes.take(jobId);
    announce(changed);
    if (pending.context && pending.done)
        pending.done(result);
}

// As the change feed relays another console's changes (WorkspaceChangeFeed::relayTo): through
// the console's own stores, so that whoever follows them, this cache too, hears of it.
void SnapshotCache::announce(SnapshotParts changed) const
{
    if ((changed & SnapshotPart::Organizations) && m_stores.organizations)
        Q_EMIT m_stores.organizations->changed();
    if ((changed & SnapshotPart::Accounts) && m_stores.accounts)
        Q_EMIT m_stores.accounts->changed();
    else if ((changed & SnapshotPart::Pool) && m_stores.pool)
        Q_EMIT m_stores.pool->changed(); // accounts' changed() covers the pool
    if ((changed & SnapshotPart::Tasks) && m_stores.tasks)
        Q_EMIT m_stores.tasks->changed();
    if ((changed & SnapshotPart::Directory) && m_stores.directory)
        Q_EMIT m_stores.directory->changed();
    if ((changed & SnapshotPart::Settings) && m_stores.settings)
        Q_EMIT m_stores.settings->changed(QString());
}

} // namespace Switchboard
