// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/World.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Switchboard::Sandbox {

// The world file (docs/SANDBOX.md), which is also the --state file: reading with every rule
// checked and each mistake named ("vapi.accounts[1].apiKey: …"), and atomic writing.
namespace WorldFile {

// Reads a world. Ids, SIDs and dates the file leaves out are drawn from its seed (or from
// seedOverride when given, which also replaces the file's seed).
std::optional<World> fromJson(const QJsonObject &json, QString *error,
        std::optional<quint64> seedOverride = std::nullopt);
QJsonObject toJson(const World &world);

// *error is one line naming the file and what is wrong with it.
std::optional<World> load(
        const QString &path, QString *error, std::optional<quint64> seedOverride = std::nullopt);
bool save(const World &world, const QString &path, QString *error);

} // namespace WorldFile
} // namespace Switchboard::Sandbox
