// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

class QSpinBox;
class QString;

namespace Switchboard::CountSuffix {

// Keeps a spin box's suffix in the number its value needs ("1 free number", "5 free numbers":
// a fixed suffix read "1 free numbers", found by the walk). `suffixFor` is a tr() with the count
// as its plural argument.
void follow(QSpinBox *spin, const std::function<QString(int)> &suffixFor);

} // namespace Switchboard::CountSuffix
