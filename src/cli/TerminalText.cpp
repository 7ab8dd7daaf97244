// SPDX-License-Identifier: Apache-2.0
#include "cli/TerminalText.h"

#include "core/domain/Validation.h"

namespace Switchboard::Cli {

QString printable(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (QChar c : text) {
        const char16_t code = c.unicode();
        if (!Validation::isControlCharacter(code)) {
            shown += c;
            continue;
        }
        shown += code <= 0xff
                ? QStringLiteral("\\x") + QString::number(code, 16).rightJustified(2, u'0')
                : QStringLiteral("\\u") + QString::number(code, 16).rightJustified(4, u'0');
    }
    return shown;
}

} // namespace Switchboard::Cli
