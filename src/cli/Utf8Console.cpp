// SPDX-License-Identifier: Apache-2.0
#include "cli/Utf8Console.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace Switchboard::Cli {

namespace {

// Sets the console's output code page to UTF-8 and returns the one before, or 0 when nothing
// was changed (no console, already UTF-8, or not Windows).
unsigned switchToUtf8()
{
#if defined(Q_OS_WIN)
    const UINT previous = GetConsoleOutputCP(); // 0 without a console
    if (previous != 0 && previous != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        return previous;
#endif
    return 0;
}

void restore([[maybe_unused]] unsigned codePage)
{
#if defined(Q_OS_WIN)
    if (codePage != 0)
        SetConsoleOutputCP(codePage);
#endif
}

} // namespace

Utf8Console::Utf8Console()
    : m_previousCodePage(switchToUtf8())
{ }

Utf8Console::~Utf8Console()
{
    restore(m_previousCodePage);
}

} // namespace Switchboard::Cli
