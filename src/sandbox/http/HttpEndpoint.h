// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/ResponseChannel.h"

#include <QAbstractHttpServer>

#include <functional>

namespace Switchboard::Sandbox {

// The listening side. QHttpServer's router answers a wrong method with 404 and cannot reset a
// connection, hold a response back or cut a body short; QAbstractHttpServer hands over the
// socket, so the sandbox writes its own responses and does its own routing.
class HttpEndpoint : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatcher = std::function<void(HttpRequest, ResponseChannel)>;

    explicit HttpEndpoint(Dispatcher dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatcher m_dispatcher;
};

} // namespace Switchboard::Sandbox
