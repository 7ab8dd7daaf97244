// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QIODevice>

#include <functional>

namespace Switchboard {

// Passes writes through to another device, refuses them once `cancelled` says so (the export
// then stops with the error "cancelled"), and reports the bytes written now and then.
class CancellableWriter : public QIODevice
{
    Q_OBJECT

public:
    CancellableWriter(QIODevice &target, std::function<bool()> cancelled,
            std::function<void(qint64 bytesWritten)> progress, QObject *parent = nullptr);

    qint64 bytesWritten() const { return m_bytes; }
    // Whether the target refused a write (a full disk); errorString() says why.
    bool targetFailed() const { return m_targetFailed; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    std::function<bool()> m_cancelled;
    std::function<void(qint64)> m_progress;
    QElapsedTimer m_sinceProgress;
    qint64 m_bytes = 0;
    bool m_targetFailed = false;
};

} // namespace Switchboard
