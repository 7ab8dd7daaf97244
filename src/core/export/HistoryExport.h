// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/HistoryStore.h"

#include <QString>

class QIODevice;

namespace Switchboard {

// Writes the provisioning history that a filter selects, newest first, as CSV (RFC 4180, one
// row per attempt with its steps summarized) or JSON (an array of attempts with their steps).
// Streams page by page, so a million rows need no more memory than a thousand.
namespace HistoryExport {

enum class Format {
    Csv,
    Json,
};

// Returns the number of attempts written, or -1 with *error set (also when a file device could
// not take the last of it: a full disk).
qint64 write(const HistoryStore &history, const HistoryFilter &filter, Format format,
        QIODevice &device, QString *error = nullptr);

// Quoted when needed, quotes doubled; a cell a spreadsheet would run as a formula (= + - @ tab
// CR first) gets a leading ' and quotes.
QString csvField(const QString &value);

} // namespace HistoryExport
} // namespace Switchboard
