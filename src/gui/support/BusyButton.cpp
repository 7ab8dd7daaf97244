// SPDX-License-Identifier: Apache-2.0
#include "gui/support/BusyButton.h"

#include <QAbstractButton>
#include <QVariant>

namespace Switchboard::BusyButton {
namespace {

constexpr char HadFocus[] = "switchboardBusyButtonHadFocus";

} // namespace

void begin(QAbstractButton *button)
{
    button->setProperty(HadFocus, button->hasFocus());
    button->setEnabled(false);
}

void end(QAbstractButton *button, bool enabled)
{
    button->setEnabled(enabled);
    const bool hadFocus = button->property(HadFocus).toBool();
    button->setProperty(HadFocus, false);
    if (enabled && hadFocus && button->window()->isActiveWindow())
        button->setFocus(Qt::OtherFocusReason);
}

} // namespace Switchboard::BusyButton
