// SPDX-License-Identifier: Apache-2.0
#include "Utf8Console.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace Switchboard::Cli {

Utf8Console::Utf8Console()
{
#if defined(Q_OS_WIN)
    const UINT previous = GetConsoleOutputCP(); // 0 without a console
    if (previous != 0 && previous != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        m_previousCodePage = previous;
#endif
}

Utf8Console::~Utf8Console()
{
#if defined(Q_OS_WIN)
    if (m_previousCodePage != 0)
        SetConsoleOutputCP(m_previousCodePage);
#endif
}

} // namespace Switchboard::Cli
