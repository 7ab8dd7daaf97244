// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Switchboard::Sandbox {

// One response, produced synchronously by a route handler.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &compactJson);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // The status line and headers (with Content-Length unless the status forbids a body),
    // followed by the blank line. The body is not included.
    QByteArray head() const;
    QByteArray toWire() const { return head() + body; }
};

// "Created" for 201, and so on; "Unknown" for codes HTTP does not name.
QByteArray reasonPhrase(int status);

} // namespace Switchboard::Sandbox
