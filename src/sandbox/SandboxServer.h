// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/RequestLog.h"
#include "sandbox/http/RouteTable.h"
#include "sandbox/world/SandboxState.h"
#include "sandbox/world/World.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Switchboard::Sandbox {

class AssistantRoutes;
class AvailableNumberRoutes;
class ControlRoutes;
class HttpEndpoint;
class IncomingNumberRoutes;
class PhoneNumberRoutes;
class ResponseChannel;
class TwilioAccountRoutes;
struct HttpRequest;

// The Vapi and Twilio emulator on one port: Vapi's /assistant, /phone-number and
// /v2/phone-number with Bearer keys, Twilio's /2010-04-01/… with HTTP Basic, and the control
// endpoint under /__sandbox/. Tests and `switchboard --sandbox` embed it; switchboard-sandbox
// runs it alone.
//
//     SandboxServer server(World::demo());
//     QString error;
//     if (!server.listen(QHostAddress::LocalHost, 0, &error)) …
//     server.state().addVapiAccount(QStringLiteral("test-key"), 10);
//     server.faults().add(*FaultRule::parse(QStringLiteral("lost@POST /phone-number,count=1"),
//     &error)); … server.baseUrl() … server.requestLog().matching(QStringLiteral("POST"),
//     QStringLiteral("/phone-number"), 201);
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(World world = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening; returns the bound port (port 0: any free one), or 0 and *error.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
            QString *error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>": the base of both APIs.
    QUrl baseUrl() const;
    // Stops accepting connections; connections already open stay until their clients close.
    void close();

    SandboxState &state() { return m_state; }
    FaultInjector &faults() { return m_faults; }
    RequestLog &requestLog() { return m_log; }

    // From now on, writes the whole state to `path` after every change, atomically (QSaveFile),
    // in the world-file format. Writes once at once; false and *error if that fails.
    bool persistTo(const QString &path, QString *error = nullptr);
    // The last persistence failure, empty when the file is up to date.
    QString persistenceError() const { return m_persistenceError; }

private:
    void dispatch(const HttpRequest &request, ResponseChannel channel);
    HttpResponse route(const HttpRequest &request);
    HttpResponse faultResponse(const HttpRequest &request, int status, int retryAfterSeconds) const;
    void record(const HttpRequest &request, int status, const QString &fault, bool delivered);
    QString accountOf(const HttpRequest &request);
    bool save(QString *error);

    SandboxState m_state;
    FaultInjector m_faults;
    RequestLog m_log;
    RouteTable m_apiRoutes;
    RouteTable m_controlRoutes;
    std::unique_ptr<AssistantRoutes> m_assistantRoutes;
    std::unique_ptr<PhoneNumberRoutes> m_phoneNumberRoutes;
    std::unique_ptr<TwilioAccountRoutes> m_twilioAccountRoutes;
    std::unique_ptr<IncomingNumberRoutes> m_incomingNumberRoutes;
    std::unique_ptr<AvailableNumberRoutes> m_availableNumberRoutes;
    std::unique_ptr<ControlRoutes> m_control;
    HttpEndpoint *m_endpoint = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_statePath;
    QString m_persistenceError;
};

} // namespace Switchboard::Sandbox
