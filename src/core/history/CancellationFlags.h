// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <functional>

namespace Switchboard {

// Which tickets the GUI thread gave up on, read by a worker thread between statements and
// between the rows of an export. A statement already running for a cancelled ticket is
// interrupted when the worker registered a way to (SQLite: sqlite3_interrupt).
class CancellationFlags
{
public:
    void cancel(quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled.insert(ticket);
        if (m_running == ticket && m_interrupt)
            m_interrupt();
    }
    void cancelAll()
    {
        QMutexLocker lock(&m_mutex);
        m_all = true;
        if (m_running && m_interrupt)
            m_interrupt();
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

    // The worker's side: what runs now, and how to stop it (empty: it cannot be stopped).
    void setInterrupt(std::function<void()> interrupt)
    {
        QMutexLocker lock(&m_mutex);
        m_interrupt = std::move(interrupt);
    }
    // Starts the ticket unless it was cancelled already (then false: skip it).
    bool begin(quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        if (m_all || m_cancelled.contains(ticket))
            return false;
        m_running = ticket;
        return true;
    }
    void end()
    {
        QMutexLocker lock(&m_mutex);
        m_running = 0;
    }

private:
    mutable QMutex m_mutex;
    QSet<quint64> m_cancelled;
    std::function<void()> m_interrupt;
    quint64 m_running = 0;
    bool m_all = false;
};

} // namespace Switchboard
