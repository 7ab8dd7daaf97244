// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/OrganizationDelegate.h"

#include "gui/models/OrganizationListModel.h"
#include "gui/support/StatusColors.h"

#include <QApplication>

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace Switchboard {
namespace {

constexpr int Margin = 4;

StatusColors::Level levelOf(const QString &usageLevel)
{
    if (usageLevel == QLatin1String("full"))
        return StatusColors::Level::Critical;
    if (usageLevel == QLatin1String("warning"))
        return StatusColors::Level::Warning;
    return StatusColors::Level::Ok;
}

} // namespace

QSize OrganizationDelegate::sizeHint(
        const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(OrganizationListModel::StageRole).toString().isEmpty())
        return base;
    // Wide enough for the bold name, and for the stage beside the usage badge: what the list
    // needs so that nothing is elided.
    const QFontMetrics metrics(option.font);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QString usage = index.data(OrganizationListModel::UsageTextRole).toString();
    const int badgeWidth
            = usage.isEmpty() ? 0 : metrics.horizontalAdvance(usage) + metrics.height();
    const int secondLine
            = metrics.horizontalAdvance(index.data(OrganizationListModel::StageNameRole).toString())
            + (badgeWidth ? Margin + badgeWidth : 0);
    const int width = std::max(
            QFontMetrics(nameFont).horizontalAdvance(index.data().toString()), secondLine);
    return {std::max(base.width(), width + Margin * 4 + 1), metrics.height() * 2 + Margin * 3 + 2};
}

void OrganizationDelegate::paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString stage = index.data(OrganizationListModel::StageNameRole).toString();
    if (stage.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
            = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(Margin * 2, Margin, -Margin * 2, -Margin);
    const int line = metrics.height();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QRect nameRect(area.left(), area.top(), area.width(), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    // Second line: the usage badge on the right, the stage in the room left of it.
    painter->setFont(opt.font);
    const QRect second(area.left(), area.top() + line + Margin, area.width(), line + 2);
    const QString usage = index.data(OrganizationListModel::UsageTextRole).toString();
    int stageRight = second.right();
    if (!usage.isEmpty()) {
        const StatusColors::Level level
                = levelOf(index.data(OrganizationListModel::UsageLevelRole).toString());
        const int badgeWidth = metrics.horizontalAdvance(usage) + line;
        const QRectF badge(
                second.right() - badgeWidth + 1, second.top(), badgeWidth, second.height());
        QPainterPath pill;
        pill.addRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->fillPath(pill, StatusColors::fill(level, opt.palette));
        painter->setPen(StatusColors::textOnFill(level, opt.palette));
        painter->drawText(badge, Qt::AlignCenter, usage);
        stageRight = int(badge.left()) - Margin;
    }
    QColor dim = textColor;
    if (!selected)
        dim.setAlphaF(0.72f);
    painter->setPen(dim);
    const QRect stageRect(second.left(), second.top(), stageRight - second.left(), second.height());
    painter->drawText(stageRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(stage, Qt::ElideRight, stageRect.width()));
    painter->restore();
}

} // namespace Switchboard
