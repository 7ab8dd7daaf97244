// SPDX-License-Identifier: Apache-2.0
#include "core/history/CancellableWriter.h"

namespace Switchboard {
namespace {

constexpr qint64 ProgressIntervalMs = 200;

} // namespace

CancellableWriter::CancellableWriter(QIODevice &target, std::function<bool()> cancelled,
        std::function<void(qint64)> progress, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_cancelled(std::move(cancelled))
    , m_progress(std::move(progress))
{
    m_sinceProgress.start();
}

qint64 CancellableWriter::readData(char *, qint64)
{
    return -1;
}

qint64 CancellableWriter::writeData(const char *data, qint64 size)
{
    if (m_cancelled && m_cancelled()) {
        setErrorString(tr("The export was cancelled."));
        return -1;
    }
    // A file takes all of it or says why not: less is a full disk, not "try again".
    const qint64 written = m_target.write(data, size);
    if (written != size) {
        m_targetFailed = true;
        setErrorString(m_target.errorString());
        return -1;
    }
    m_bytes += written;
    if (m_progress && m_sinceProgress.elapsed() >= ProgressIntervalMs) {
        m_sinceProgress.restart();
        m_progress(m_bytes);
    }
    return written;
}

} // namespace Switchboard
