// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/HttpEndpoint.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Switchboard::Sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpEndpoint::HttpEndpoint(Dispatcher dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
{ }

bool HttpEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.received.start();
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    copy.headers = request.headers();
    copy.body = request.body();
    const bool closeAfter = copy.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    ResponseChannel channel(socket, closeAfter, copy.method == "HEAD");
    m_dispatcher(std::move(copy), std::move(channel));
    return true;
}

void HttpEndpoint::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request itself.
}

} // namespace Switchboard::Sandbox
