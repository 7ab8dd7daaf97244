// SPDX-License-Identifier: Apache-2.0
#pragma once

// The processor time the calling thread has used, in nanoseconds: what the measured code itself
// costs, much less moved by other processes on a loaded machine than the wall clock.
//   Linux, macOS 10.12+: clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanoseconds.
//   Windows: GetThreadTimes (kernel + user time, in 100 ns units; Windows updates it at each
//   scheduler tick, about 15.6 ms, so a figure below a few ticks there is noise).
#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <ctime>
#endif

namespace Switchboard::Bench {

inline qint64 threadCpuNs()
{
#if defined(Q_OS_WIN)
    FILETIME creation{}, exit{}, kernel{}, user{};
    if (!GetThreadTimes(GetCurrentThread(), &creation, &exit, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME &time) {
        return (qint64(time.dwHighDateTime) << 32) | qint64(time.dwLowDateTime);
    };
    return (ticks(kernel) + ticks(user)) * 100;
#else
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
}

} // namespace Switchboard::Bench
