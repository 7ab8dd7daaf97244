#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace Switchboard {

// Which tickets the GUI thread gave up on, read by the worker thread between statements and
// between the rows of an export.
class CancellationFlags
{
public:
    void cancel(quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled.insert(ticket);
    }
    void cancelAll()
    {
        QMutexLocker lock(&m_mutex);
        m_all = true;
    }
    bool isCancelled(quint64 ticket) const
    {
        QMutexLocker lock(&m_mutex);
        return m_all || m_cancelled.contains(ticket);
    }
    // The worker is done with the ticket: its flag is no longer needed.
    void forget(quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled.remove(ticket);
    }

private:
    mutable QMutex m_mutex;
    QSet<quint64> m_cancelled;
    bool m_all = false;
};

} // namespace Switchboard
