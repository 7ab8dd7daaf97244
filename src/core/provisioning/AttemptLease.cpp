// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/AttemptLease.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Switchboard {
namespace {

QString hostName()
{
    // The machine id tells two containers with one host name apart; the host name is the
    // fallback where there is none.
    static const QString name = [] {
        const QByteArray id = QSysInfo::machineUniqueId();
        return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
    }();
    return name;
}

QString processId()
{
    return QString::number(QCoreApplication::applicationPid());
}

struct LiveHolders
{
    QMutex mutex;
    QSet<QString> names;
};

LiveHolders &liveHolders()
{
    static LiveHolders holders;
    return holders;
}

// Whether a process with this id may run on this host now; true when that cannot be told.
bool processMayRun(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid)
    return true;
#endif
}

} // namespace

LeaseHolder::LeaseHolder()
    : m_name(hostName() + u'/' + processId() + u'/'
            + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    LiveHolders &live = liveHolders();
    const QMutexLocker lock(&live.mutex);
    live.names.insert(m_name);
}

LeaseHolder::~LeaseHolder()
{
    LiveHolders &live = liveHolders();
    const QMutexLocker lock(&live.mutex);
    live.names.remove(m_name);
}

bool AttemptLease::isGone(const QDateTime &now) const
{
    if (holder.isEmpty() || !renewedAt.isValid())
        return true;
    if (renewedAt.secsTo(now) > StaleAfterSeconds)
        return true;
    const QStringList parts = holder.split(u'/');
    if (parts.size() != 3 || parts.at(0) != hostName())
        return false; // another host: only the renewals tell
    if (parts.at(1) == processId()) {
        LiveHolders &live = liveHolders();
        const QMutexLocker lock(&live.mutex);
        return !live.names.contains(holder);
    }
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    return ok && !processMayRun(pid);
}

} // namespace Switchboard
