// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/workspace/WorkspaceDatabaseOpener.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Switchboard {

class WorkspaceDatabase;

// Asks the team database whether it answers, on a thread of its own and through a connection
// of its own, so that a server that is gone or stalled blocks this thread only, never the
// console's. Made in the caller's thread and moved to the probe's; opens its connection there
// on the first probe() (a Qt SQL connection belongs to the thread that opened it).
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(WorkspaceDatabaseOpener opener);
    ~ConnectionProbe() override;

    // Runs in the probe's thread: one trivial statement; answered() says how it went.
    Q_INVOKABLE void probe();

Q_SIGNALS:
    // `serverStartedAt`: when the server started (pg_postmaster_start_time); a new value means
    // it restarted, so every other connection to it is broken too. Empty when not ok.
    void answered(bool ok, const QString &reason, const QString &serverStartedAt);

private:
    WorkspaceDatabaseOpener m_opener;
    std::unique_ptr<WorkspaceDatabase> m_database;
};

} // namespace Switchboard
