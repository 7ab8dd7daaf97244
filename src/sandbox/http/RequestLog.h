// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RequestLogEntry.h"

#include <QList>
#include <QObject>

namespace Switchboard::Sandbox {

// What happened on the server, for tests to assert on ("how many numbers were created?"):
// the latest entries, up to a capacity, oldest first.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(int capacity = 10000, QObject *parent = nullptr);

    void append(RequestLogEntry entry);
    void clear();
    QList<RequestLogEntry> entries() const { return m_entries; }
    QList<RequestLogEntry> entriesSince(quint64 sequence) const;
    // Entries of that method whose path (without query) matches the glob ("*" within a
    // segment, "**" anything) and, unless status is 0, of that status.
    QList<RequestLogEntry> matching(
            const QString &method, const QString &pathGlob, int status = 0) const;
    quint64 lastSequence() const { return m_lastSequence; }

Q_SIGNALS:
    void appended(quint64 sequence);

private:
    int m_capacity;
    quint64 m_lastSequence = 0;
    QList<RequestLogEntry> m_entries;
};

} // namespace Switchboard::Sandbox
