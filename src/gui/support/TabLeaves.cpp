// SPDX-License-Identifier: Apache-2.0
#include "gui/support/TabLeaves.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace Switchboard::TabLeaves {
namespace {

class Filter : public QObject
{
public:
    explicit Filter(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_widget || event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & ~Qt::KeypadModifier);
        const bool backward = key->key() == Qt::Key_Backtab
                || (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ShiftModifier);
        if (!forward && !backward)
            return QObject::eventFilter(watched, event);
        QWidget *next = m_widget;
        do {
            next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
        } while (next != m_widget
                && (m_widget->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)
                        || !next->isEnabled() || !next->isVisible()));
        if (next == m_widget)
            return QObject::eventFilter(watched, event);
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }

private:
    QWidget *m_widget;
};

} // namespace

void install(QWidget *widget)
{
    widget->installEventFilter(new Filter(widget));
}

} // namespace Switchboard::TabLeaves
