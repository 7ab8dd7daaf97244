// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/UsageBar.h"

#include <QPainter>
#include <QPainterPath>

namespace Switchboard {

UsageBar::UsageBar(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 100);
    setTextVisible(true);
}

void UsageBar::setLevel(StatusColors::Level level)
{
    if (m_level == level)
        return;
    m_level = level;
    update();
}

void UsageBar::setLabel(const QString &label)
{
    m_label = label;
    update();
}

QString UsageBar::text() const
{
    return m_label.isEmpty() ? QProgressBar::text() : m_label;
}

QColor UsageBar::fillColor() const
{
    return StatusColors::fill(m_level, palette());
}

QSize UsageBar::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(QStringLiteral("10 of 10 (100%)")) + metrics.height() * 2,
            metrics.height() + metrics.height() / 2};
}

QSize UsageBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 4, sizeHint().height()};
}

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = std::min<qreal>(frame.height() / 2, 5);
    QPainterPath outline;
    outline.addRoundedRect(frame, radius, radius);

    painter.fillPath(outline, palette().color(QPalette::Base));
    const int span = std::max(maximum() - minimum(), 1);
    const qreal share = std::clamp(qreal(value() - minimum()) / span, qreal(0), qreal(1));
    if (share > 0) {
        painter.save();
        painter.setClipPath(outline);
        QRectF filled = frame;
        filled.setWidth(frame.width() * share);
        painter.fillRect(filled, fillColor());
        painter.restore();
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(outline);

    if (!isTextVisible())
        return;
    // The text in the fill's contrast colour over the fill, the base's over the rest.
    const QString label = text();
    const QRect all = rect();
    QRect filledPart = all;
    filledPart.setWidth(int(all.width() * share));
    painter.setClipRect(filledPart);
    painter.setPen(StatusColors::textOnFill(m_level, palette()));
    painter.drawText(all, Qt::AlignCenter, label);
    painter.setClipRect(QRect(filledPart.right() + 1, 0, all.width(), all.height()));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(all, Qt::AlignCenter, label);
}

} // namespace Switchboard
