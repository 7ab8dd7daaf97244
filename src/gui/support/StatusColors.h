// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QString;

namespace Switchboard {

// Colours for "fine", "warning" and "critical" that stay readable on light and dark palettes:
// text colours contrast with the palette's base, fill colours with the text drawn on them.
class StatusColors
{
public:
    enum class Level {
        Ok,
        Warning,
        Critical,
    };

    static bool isDark(const QPalette &palette);
    // For text on the palette's base (a table cell, a label).
    static QColor text(Level level, const QPalette &palette);
    // For a filled area (a meter's bar), and the text that goes on it.
    static QColor fill(Level level, const QPalette &palette);
    static QColor textOnFill(Level level, const QPalette &palette);

    // A connection test's outcome in a label: green when it worked, red when not.
    static void showOutcome(QLabel *label, bool ok, const QString &message);
    // The same label while the test runs, in the palette's own colour.
    static void showPending(QLabel *label, const QString &message);
};

} // namespace Switchboard
