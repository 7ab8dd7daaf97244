// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

// A Vapi assistant. Vapi keeps what the client sent (metadata included) as it was sent; the
// sandbox keeps the whitelisted body in `fields` and adds the server-side properties.
struct AssistantRecord
{
    QString id; // UUID
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject fields;
};

} // namespace Switchboard::Sandbox
