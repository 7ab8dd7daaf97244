// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace Switchboard::Cli {

// Text from users, Vapi or Twilio as a terminal may show it. To a terminal a control character
// is a command, not text (ESC [2J clears the screen, ESC ]0; sets the window's title, BEL
// rings), so every human-readable printer passes such text through here. C0 controls, DEL
// and C1 controls become \xHH (tabs and line breaks too: in a name they would break the
// columns and forge lines); the invisible characters that reorder or break a line
// (bidirectional overrides, line separators) become \uHHHH. Letters of every script, emoji and
// backslashes stay as they are. JSON output does not need this: QJsonDocument escapes.
QString printable(QStringView text);

} // namespace Switchboard::Cli
