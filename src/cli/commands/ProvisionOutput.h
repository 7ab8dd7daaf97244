// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

class QTextStream;

namespace Switchboard {
struct ProvisioningResult;
}

namespace Switchboard::Cli {

// How `provision`, `assistant create`, `assistant list` and `watch` report a provisioning: as
// JSON (--json), and the chain's steps as lines for people.
QJsonObject resultJson(const ProvisioningResult &r);
void printSteps(QTextStream &out, const ProvisioningResult &r);

} // namespace Switchboard::Cli
