// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/AssistantRecord.h"
#include "sandbox/world/VapiNumberRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Switchboard::Sandbox {

// Vapi's response objects, as the OpenAPI schemas Assistant and <Provider>PhoneNumber give them.
namespace VapiJson {

QString timestamp(const QDateTime &time); // "2026-11-24T06:39:00.123Z"
QJsonObject assistant(const AssistantRecord &assistant, const QString &orgId);
QJsonObject phoneNumber(
        const VapiNumberRecord &number, const QString &orgId, const QString &status);
QByteArray compact(const QJsonValue &value);

} // namespace VapiJson
} // namespace Switchboard::Sandbox
