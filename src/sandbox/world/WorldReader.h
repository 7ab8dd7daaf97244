// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/World.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard::Sandbox {

// Reads a world from its JSON form, checking every rule docs/SANDBOX.md states. The first
// mistake stops it; error() then names the property ("twilio.accounts[2].sid"), the rule it
// breaks and what to write instead.
class WorldReader
{
public:
    explicit WorldReader(std::optional<quint64> seedOverride = std::nullopt);

    std::optional<World> read(const QJsonObject &json);
    QString error() const { return m_error; }

private:
    bool fail(const QString &path, const QString &message);
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    bool readString(const QJsonObject &object, const QString &key, const QString &path,
            QString *out, bool required);
    bool readInt(const QJsonObject &object, const QString &key, const QString &path, int *out,
            int minimum, int maximum);
    bool readUnsigned(
            const QJsonObject &object, const QString &key, const QString &path, quint64 *out);
    bool readDate(
            const QJsonObject &object, const QString &key, const QString &path, QDateTime *out);
    bool readObjectArray(
            const QJsonObject &object, const QString &key, const QString &path, QJsonArray *out);

    bool readSettings(const QJsonObject &object, const QString &path);
    bool readVapiOrg(const QJsonObject &object, const QString &path, VapiOrgRecord *org);
    bool readAssistant(const QJsonObject &object, const QString &path, AssistantRecord *assistant);
    bool readVapiNumber(const QJsonValue &value, const QString &path, const VapiOrgRecord &org,
            VapiNumberRecord *number);
    bool readTwilioAccount(
            const QJsonObject &object, const QString &path, TwilioAccountRecord *account);
    bool readIncomingNumber(
            const QJsonValue &value, const QString &path, IncomingNumberRecord *number);
    bool readInventory(const QJsonObject &object, const QString &path);
    bool checkAcrossAccounts();

    QString newUuid();
    QString newSid(const QString &prefix);

    std::optional<quint64> m_seedOverride;
    QDateTime m_now;
    World m_world;
    QString m_error;
    QSet<QString> m_numbersInUse;
};

} // namespace Switchboard::Sandbox
