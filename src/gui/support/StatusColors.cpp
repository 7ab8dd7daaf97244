// SPDX-License-Identifier: Apache-2.0
#include "gui/support/StatusColors.h"

#include <QLabel>

namespace Switchboard {

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128
            || palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::text(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Ok:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Level::Warning:
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0x8a, 0x4b, 0x00);
    case Level::Critical:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    }
    return palette.color(QPalette::Text);
}

QColor StatusColors::fill(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Level::Warning:
        return dark ? QColor(0xff, 0xb3, 0x00) : QColor(0xf9, 0xa8, 0x25);
    case Level::Critical:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Highlight);
}

QColor StatusColors::textOnFill(Level level, const QPalette &palette)
{
    const QColor background = fill(level, palette);
    // Relative luminance decides: black on light fills, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF()
            + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

void StatusColors::showOutcome(QLabel *label, bool ok, const QString &message)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, text(ok ? Level::Ok : Level::Critical, palette));
    label->setPalette(palette);
    label->setText(message);
}

void StatusColors::showPending(QLabel *label, const QString &message)
{
    label->setPalette(QPalette());
    label->setText(message);
}

} // namespace Switchboard
