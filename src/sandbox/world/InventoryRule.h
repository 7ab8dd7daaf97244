// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// "count numbers of this type in each of these area codes": the deterministic inventory the
// world file asks for instead of listing every number. Numbers come from the fictional
// 555-01xx range: +1 AAA 555 0100, +1 AAA 555 0101, …
struct InventoryRule
{
    QString country = QStringLiteral("US");
    QString type = QStringLiteral("local"); // "local" or "toll-free"
    QStringList areaCodes;
    int count = 40; // per area code, 1..1000
};

} // namespace Switchboard::Sandbox
