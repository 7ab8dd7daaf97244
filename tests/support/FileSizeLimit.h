// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>

namespace Switchboard::Test {

// While it lives, a file of this process cannot grow past `bytes`: a write fails (EFBIG) where
// a full disk fails one (ENOSPC), as root too and with no mount to make. SIGXFSZ, which would
// end the process instead, is ignored meanwhile. release() (or the destructor) lifts it.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_set = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        if (!m_set)
            return;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = m_previous;
        tight.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &tight) == 0;
    }
    ~FileSizeLimit() { release(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isSet() const { return m_set; }
    void release()
    {
        if (!m_set)
            return;
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
        m_set = false;
    }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_set = false;
};

} // namespace Switchboard::Test
#endif
