// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/World.h"

#include <QJsonObject>

namespace Switchboard::Sandbox {

// A world as JSON in the world-file format, every id and date included: a state file.
namespace WorldWriter {

QJsonObject write(const World &world);

} // namespace WorldWriter
} // namespace Switchboard::Sandbox
