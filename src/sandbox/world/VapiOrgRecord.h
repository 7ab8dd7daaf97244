// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/AssistantRecord.h"
#include "sandbox/world/VapiNumberRecord.h"

#include <QList>
#include <QString>

namespace Switchboard::Sandbox {

// One Vapi organization, reached with its private API key.
struct VapiOrgRecord
{
    QString name; // for people reading the world file; Vapi never shows it here
    QString apiKey; // the private key: Authorization: Bearer <apiKey>
    QString orgId; // UUID
    QString region = QStringLiteral("us"); // "us" (sip.vapi.ai) or "eu" (sip.eu.vapi.ai)
    int freeNumberCap = -1; // -1: the world's default cap
    // Without one, Vapi gives one free number and asks for a payment method before the next.
    bool paymentMethod = true;
    QList<AssistantRecord> assistants; // in creation order
    QList<VapiNumberRecord> phoneNumbers; // in creation order
};

} // namespace Switchboard::Sandbox
