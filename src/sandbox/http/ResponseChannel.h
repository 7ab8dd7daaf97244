// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QPointer>

#include <memory>

class QTcpSocket;

namespace Switchboard::Sandbox {

// The way back to the client for one request. Copies share one state, so the request is
// answered at most once whichever copy does it (a latency fault answers from a timer).
// Besides a normal answer it can misbehave on purpose: cut the body short, reset the
// connection, close it, or never answer at all.
class ResponseChannel
{
public:
    ResponseChannel() = default;
    ResponseChannel(QTcpSocket *socket, bool closeAfterResponse, bool headRequest);

    // False once answered (in any way), or when the client has gone.
    bool isOpen() const;

    void send(const HttpResponse &response);
    // The status line, the headers (announcing the whole body) and half of the body, then the
    // connection is closed: the client sees a body shorter than its Content-Length.
    void sendTruncated(const HttpResponse &response);
    // Drops the connection with a TCP reset (RST), no response byte written.
    void reset();
    // Closes the connection cleanly (FIN) with no response byte written.
    void close();
    // Never answers; the connection stays open until the client gives up.
    void hold();

private:
    struct State
    {
        QPointer<QTcpSocket> socket;
        bool closeAfterResponse = false;
        bool headRequest = false;
        bool finished = false;
    };
    // Marks the request answered; false when it already was, or the client is gone.
    bool finish();

    std::shared_ptr<State> m_state;
};

} // namespace Switchboard::Sandbox
