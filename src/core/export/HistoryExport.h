// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/history/Timeline.h"
#include "core/storage/HistoryStore.h"

#include <QString>

class QIODevice;

namespace Switchboard {

// Writes the history that a filter selects, newest first, as CSV (RFC 4180, one row per attempt
// with its steps summarized, or per event with its changed fields) or JSON (an array of attempts
// with their steps and events with their changes). Every row says its kind ("provisioning" or
// the event's) and its operator. Streams page by page, so a million rows need no more memory
// than a thousand.
namespace HistoryExport {

enum class Format {
    Csv,
    Json,
};

// Returns the number of rows written, or -1 with *error set (also when a file device could not
// take the last of it: a full disk). Attempts only, unless `kinds` says otherwise.
qint64 write(const HistoryStore &history, const HistoryFilter &filter, Format format,
        QIODevice &device, QString *error = nullptr, const RecordKinds &kinds = {});

// Quoted when needed, quotes doubled; a cell a spreadsheet would run as a formula (= + - @ tab
// CR first) gets a leading ' and quotes.
QString csvField(const QString &value);

} // namespace HistoryExport
} // namespace Switchboard
