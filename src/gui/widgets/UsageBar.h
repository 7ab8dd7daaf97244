// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/support/StatusColors.h"

#include <QProgressBar>

namespace Switchboard {

// A progress bar in the colour of its level (green, amber, red), drawn the same in every style
// so that the colour means the same everywhere; still a QProgressBar to assistive technology.
class UsageBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit UsageBar(QWidget *parent = nullptr);

    void setLevel(StatusColors::Level level);
    StatusColors::Level level() const { return m_level; }
    QColor fillColor() const;
    // The words on the bar, e.g. "8 of 10 (80%)", instead of the format's.
    void setLabel(const QString &label);
    QString text() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StatusColors::Level m_level = StatusColors::Level::Ok;
    QString m_label;
};

} // namespace Switchboard
