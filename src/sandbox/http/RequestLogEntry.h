// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

// One request as the request log keeps it: never a header, a body or a secret.
struct RequestLogEntry
{
    quint64 sequence = 0; // 1, 2, 3, … in arrival order
    QDateTime time; // when the request was complete
    QString api; // "vapi" or "twilio"
    QString method;
    QString target; // path and query
    QString account; // the Vapi orgId or the Twilio account SID; empty when unknown
    int status = 0; // the status the server produced; 0 when it produced none (hang, reset, 429…)
    qint64 latencyMs = 0; // until the response was written (or dropped)
    QString fault; // the fault that hit the request ("429", "lost", …); empty for none
    bool delivered = true; // false when the client never got the response

    QJsonObject toJson() const;
};

} // namespace Switchboard::Sandbox
