// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

namespace Switchboard {

// Tab and Shift+Tab leave `widget` for the next (previous) widget of the focus chain, as they do
// everywhere else. A QDateEdit keeps them to move between its day, month and year, and with a
// special value shown ("No bound") a keyboard user was held in it (found by the GUI walk:
// 30 presses, never out); its sections stay reachable with the arrow keys.
namespace TabLeaves {

void install(QWidget *widget);

} // namespace TabLeaves
} // namespace Switchboard
