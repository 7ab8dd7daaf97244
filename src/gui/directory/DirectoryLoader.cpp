// SPDX-License-Identifier: Apache-2.0
#include "DirectoryLoader.h"

#include "storage/DirectoryStore.h"

namespace Switchboard {

DirectoryLoader::DirectoryLoader(WorkspaceDatabaseOpener opener)
    : m_opener(std::move(opener))
{ }

// The connection closes on the loader's thread: the thread's finished() deletes this.
DirectoryLoader::~DirectoryLoader()
{
    m_directory.reset();
    m_database.reset();
}

void DirectoryLoader::load(quint64 generation)
{
    if (!m_directory) {
        DatabaseError error;
        m_database = m_opener ? m_opener(&error) : nullptr;
        if (!m_database) {
            DirectorySnapshot failed;
            failed.error = error ? error.message
                                 : tr("The workspace's assistants and numbers cannot be read.");
            Q_EMIT loaded(generation, failed);
            return;
        }
        m_directory = std::make_unique<DirectoryStore>(*m_database);
    }
    Q_EMIT loaded(generation, DirectorySnapshot::read(*m_directory));
}

} // namespace Switchboard
