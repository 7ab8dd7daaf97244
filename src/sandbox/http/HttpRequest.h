// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>

namespace Switchboard::Sandbox {

// One HTTP request as the sandbox sees it, copied out of QHttpServerRequest so that a response
// can be sent later (latency faults) without holding on to Qt's per-socket request object.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // percent-decoded path, without the query
    QByteArray rawQuery; // as sent, still percent-encoded ("PhoneNumber=%2B1415…")
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QElapsedTimer received; // started when the request was complete

    // The first header of that name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
    // "/phone-number?limit=5": what the request log shows.
    QString target() const;
};

} // namespace Switchboard::Sandbox
