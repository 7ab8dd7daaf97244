// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Switchboard::Cli {

// switchboard-cli writes UTF-8 (QTextStream's encoding in Qt 6). A Windows console shows the
// bytes it gets in its output code page, which is an OEM one (437, 850, ...) unless set, so
// "Müller" would come out as "MÃ¼ller". While this object lives the console's output code page
// is UTF-8; the one before is put back afterwards, because the setting belongs to the console
// window, not to this process. Pipes and files get UTF-8 either way. Does nothing on Linux and
// macOS, whose terminals take UTF-8 in a UTF-8 locale.
class Utf8Console
{
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    unsigned m_previousCodePage = 0;
};

} // namespace Switchboard::Cli
