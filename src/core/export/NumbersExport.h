// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Switchboard {

// One number as the console lists it, in the words a script reads: stable names, not the
// translated ones on the screen.
struct NumberListRow
{
    QString number; // E.164 or a SIP URI
    QString provider; // "vapi", "twilio", …
    QString status; // Vapi's ("active", "activating", …), or "pool-available" / "pool-reserved"
    QString stage; // the chain link it came from ("vapi-free", …); empty when unknown
    QString organization; // its name; empty for the workspace's own
    QString assistantId; // empty: none (a number in Vapi without one hangs up)
    QString assistantName;
    QString vapiNumberId; // empty for a pool number not in Vapi
};

// The console's numbers list as a file (issue 17: "export the numbers list").
namespace NumbersExport {

// RFC 4180 CSV with a header row, formula-safe cells (HistoryExport::csvField), CRLF lines.
QByteArray toCsv(const QList<NumberListRow> &rows);

// Writes `content` to `path` whole or not at all (QSaveFile, flushed before it commits, so a
// full disk is said, not hidden); false with *error naming the file, the reason and what to do.
bool writeFile(const QString &path, const QByteArray &content, QString *error);

} // namespace NumbersExport
} // namespace Switchboard
