// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

// A Vapi assistant as last seen, cached so the console works offline.
struct Assistant
{
    QString id; // Vapi's UUID
    qint64 vapiAccountId = 0;
    qint64 organizationId = 0;
    QString name;
    QString phoneNumberId; // the Vapi phone number that routes to it, if any
    QJsonObject metadata;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasNumber() const { return !phoneNumberId.isEmpty(); }
};

} // namespace Switchboard
