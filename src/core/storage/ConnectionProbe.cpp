// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ConnectionProbe.h"

#include "core/storage/WorkspaceDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

ConnectionProbe::ConnectionProbe(WorkspaceDatabaseOpener opener)
    : m_opener(std::move(opener))
{ }

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::probe()
{
    if (!m_database) {
        DatabaseError error;
        m_database = m_opener(&error);
        if (!m_database) {
            Q_EMIT answered(false, error.message, QString());
            return;
        }
    }
    // connection() opens a connection that libpq knows to be broken again first.
    QSqlQuery query(m_database->connection());
    const bool ok
            = query.exec(QStringLiteral("SELECT pg_postmaster_start_time()::text")) && query.next();
    Q_EMIT answered(ok, ok ? QString() : query.lastError().text(),
            ok ? query.value(0).toString() : QString());
}

} // namespace Switchboard
