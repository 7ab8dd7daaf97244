// SPDX-License-Identifier: Apache-2.0
#include "gui/support/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace Switchboard::WheelGuard {

namespace {

class Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        auto *field = qobject_cast<QWidget *>(watched);
        if (!field || field->hasFocus())
            return false;
        // Not taken: the event goes on to the parent, which scrolls the form.
        event->ignore();
        return true;
    }
};

void guard(QWidget *field, QObject *filter)
{
    field->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus
    field->installEventFilter(filter);
}

} // namespace

void install(QWidget *root)
{
    auto *filter = new Filter(root);
    for (auto *spin : root->findChildren<QAbstractSpinBox *>())
        guard(spin, filter);
    for (auto *combo : root->findChildren<QComboBox *>())
        guard(combo, filter);
}

} // namespace Switchboard::WheelGuard
