// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

namespace Switchboard {

// A mouse wheel over a spin box or a combo box of a scrolling form scrolls the form, unless the
// field has the focus (clicked or tabbed into). Qt's fields take the wheel on hover: scrolling
// Settings over the free-number cap turned 5 into 0 unnoticed, and OK would have saved it
// (found by the GUI walk).
namespace WheelGuard {

// Every spin box and combo box under `root` now, focused by click or Tab rather than by wheel.
void install(QWidget *root);

} // namespace WheelGuard
} // namespace Switchboard
