// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/WorldFile.h"

#include "sandbox/world/WorldReader.h"
#include "sandbox/world/WorldWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Switchboard::Sandbox::WorldFile {

std::optional<World> fromJson(
        const QJsonObject &json, QString *error, std::optional<quint64> seedOverride)
{
    WorldReader reader(seedOverride);
    std::optional<World> world = reader.read(json);
    if (!world && error)
        *error = reader.error();
    return world;
}

QJsonObject toJson(const World &world)
{
    return WorldWriter::write(world);
}

std::optional<World> load(const QString &path, QString *error, std::optional<quint64> seedOverride)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("world file %1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("world file %1: not valid JSON at byte %2: %3")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("world file %1: must hold a JSON object (see docs/SANDBOX.md)")
                         .arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<World> world = fromJson(document.object(), &why, seedOverride);
    if (!world)
        *error = QStringLiteral("world file %1: %2").arg(path, why);
    return world;
}

bool save(const World &world, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("state file %1: cannot be written: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson(world)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("state file %1: cannot be written: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Switchboard::Sandbox::WorldFile
