// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/InventoryNumber.h"
#include "sandbox/world/InventoryRule.h"

#include <QList>
#include <QString>

namespace Switchboard::Sandbox {

// The numbers Twilio has for sale, expanded from the world's rules and explicit entries,
// in a fixed order (rules first, in the order given, then explicit numbers).
namespace Inventory {

QList<InventoryNumber> expand(
        const QList<InventoryRule> &rules, const QList<InventoryNumber> &explicitNumbers);

// What the inventory reports about a number: region, locality and so on from the sandbox's
// table of well-known area codes, or just the country when the area code is not in it.
InventoryNumber describe(const QString &e164, const QString &type);

// "(415) 555-0100" for North American numbers, the E.164 text otherwise: Twilio's friendly name.
QString friendlyName(const QString &e164);

// True for a three-digit area code of the United States (not Canada or the Caribbean), as
// libphonenumber's numbering plan knows it.
bool isUsAreaCode(const QString &areaCode);

} // namespace Inventory
} // namespace Switchboard::Sandbox
