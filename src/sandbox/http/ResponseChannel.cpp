// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/ResponseChannel.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
using NativeSocket = SOCKET;
#else
#include <sys/socket.h>
using NativeSocket = int;
#endif

namespace Switchboard::Sandbox {

ResponseChannel::ResponseChannel(QTcpSocket *socket, bool closeAfterResponse, bool headRequest)
    : m_state(std::make_shared<State>())
{
    m_state->socket = socket;
    m_state->closeAfterResponse = closeAfterResponse;
    m_state->headRequest = headRequest;
}

bool ResponseChannel::isOpen() const
{
    return m_state && !m_state->finished && m_state->socket
            && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

bool ResponseChannel::finish()
{
    if (!m_state || m_state->finished)
        return false;
    m_state->finished = true;
    return m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseChannel::send(const HttpResponse &response)
{
    if (!finish())
        return;
    QTcpSocket *socket = m_state->socket;
    if (m_state->headRequest)
        socket->write(response.head());
    else
        socket->write(response.toWire());
    if (m_state->closeAfterResponse)
        socket->disconnectFromHost();
}

void ResponseChannel::sendTruncated(const HttpResponse &response)
{
    if (!finish())
        return;
    QTcpSocket *socket = m_state->socket;
    socket->write(response.head());
    socket->write(response.body.left(response.body.size() / 2));
    socket->disconnectFromHost(); // after the bytes above are flushed
}

void ResponseChannel::reset()
{
    if (!finish())
        return;
    QTcpSocket *socket = m_state->socket;
    // A zero linger time makes close() send RST instead of FIN: "connection reset by peer".
    struct linger lingerOption;
    lingerOption.l_onoff = 1;
    lingerOption.l_linger = 0;
    ::setsockopt(static_cast<NativeSocket>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
            reinterpret_cast<const char *>(&lingerOption), sizeof lingerOption);
    socket->abort();
}

void ResponseChannel::close()
{
    if (!finish())
        return;
    m_state->socket->disconnectFromHost();
}

void ResponseChannel::hold()
{
    finish();
}

} // namespace Switchboard::Sandbox
