// SPDX-License-Identifier: Apache-2.0
#include "gui/support/CountSuffix.h"

#include <QSpinBox>
#include <QString>

namespace Switchboard::CountSuffix {

void follow(QSpinBox *spin, const std::function<QString(int)> &suffixFor)
{
    spin->setSuffix(suffixFor(spin->value()));
    QObject::connect(spin, &QSpinBox::valueChanged, spin,
            [spin, suffixFor](int value) { spin->setSuffix(suffixFor(value)); });
}

} // namespace Switchboard::CountSuffix
