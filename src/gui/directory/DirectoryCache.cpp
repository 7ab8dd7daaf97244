// SPDX-License-Identifier: Apache-2.0
#include "DirectoryCache.h"

#include "DirectoryLoader.h"
#include "storage/DirectoryStore.h"

namespace Switchboard {

DirectoryCache::DirectoryCache(DirectoryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_store, &DirectoryStore::changed, this, &DirectoryCache::reload);
    reload();
}

DirectoryCache::DirectoryCache(
        DirectoryStore &store, WorkspaceDatabaseOpener opener, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<Switchboard::DirectorySnapshot>();
    m_loader = new DirectoryLoader(std::move(opener));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DirectoryLoader::loaded, this, &DirectoryCache::take);
    m_thread.setObjectName(QStringLiteral("switchboard-directory"));
    m_thread.start(QThread::LowPriority);
    connect(&m_store, &DirectoryStore::changed, this, &DirectoryCache::reload);
    reload();
}

DirectoryCache::~DirectoryCache()
{
    if (m_loader) {
        m_thread.quit();
        m_thread.wait();
    }
}

void DirectoryCache::reload()
{
    if (!m_loader) {
        take(++m_generation, DirectorySnapshot::read(m_store));
        return;
    }
    if (m_inFlight) {
        m_stale = true; // read again once this one is in
        return;
    }
    m_inFlight = ++m_generation;
    DirectoryLoader *loader = m_loader;
    const quint64 generation = m_inFlight;
    QMetaObject::invokeMethod(
            loader, [loader, generation] { loader->load(generation); }, Qt::QueuedConnection);
}

void DirectoryCache::take(quint64 generation, const DirectorySnapshot &snapshot)
{
    if (m_loader && generation != m_inFlight)
        return;
    m_inFlight = 0;
    m_snapshot = snapshot;
    m_loaded = true;
    Q_EMIT changed();
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace Switchboard
