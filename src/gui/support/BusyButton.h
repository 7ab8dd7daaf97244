// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAbstractButton;

namespace Switchboard::BusyButton {

// A button turned off while the work it started runs ("Test connection"). Qt hands the focus of
// a disabled widget to the next one: in a wizard that is "< Back", which Return then presses.
// end() gives the focus back to the button when it had it.
void begin(QAbstractButton *button);
// On again (or `enabled`), with the focus it had when begin() turned it off.
void end(QAbstractButton *button, bool enabled = true);

} // namespace Switchboard::BusyButton
