// SPDX-License-Identifier: Apache-2.0
#include "sandbox/SandboxServer.h"

#include "sandbox/ControlRoutes.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/http/HttpEndpoint.h"
#include "sandbox/twilio/AvailableNumberRoutes.h"
#include "sandbox/twilio/IncomingNumberRoutes.h"
#include "sandbox/twilio/TwilioAccountRoutes.h"
#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/vapi/AssistantRoutes.h"
#include "sandbox/vapi/PhoneNumberRoutes.h"
#include "sandbox/vapi/VapiErrors.h"
#include "sandbox/world/WorldFile.h"

#include <QTcpServer>
#include <QTimer>

namespace Switchboard::Sandbox {
namespace {

const QString twilioPrefix = QStringLiteral("/2010-04-01/");

bool isTwilio(const HttpRequest &request)
{
    return request.path.startsWith(twilioPrefix) || request.path == QLatin1String("/2010-04-01");
}

// Valid JSON up to the middle, then a stray fragment: what a broken proxy or a half-written
// buffer gives a JSON parser.
QByteArray malformed(const QByteArray &body)
{
    return body.left(body.size() / 2) + "<!-- upstream error -->";
}

} // namespace

SandboxServer::SandboxServer(World world, QObject *parent)
    : QObject(parent)
    , m_state(std::move(world))
    , m_faults(m_state.world().settings.seed)
    , m_assistantRoutes(std::make_unique<AssistantRoutes>(m_state))
    , m_phoneNumberRoutes(std::make_unique<PhoneNumberRoutes>(m_state))
    , m_twilioAccountRoutes(std::make_unique<TwilioAccountRoutes>(m_state))
    , m_incomingNumberRoutes(std::make_unique<IncomingNumberRoutes>(m_state))
    , m_availableNumberRoutes(std::make_unique<AvailableNumberRoutes>(m_state))
    , m_control(std::make_unique<ControlRoutes>(m_state, m_faults, m_log))
{
    m_assistantRoutes->addTo(m_apiRoutes);
    m_phoneNumberRoutes->addTo(m_apiRoutes);
    m_twilioAccountRoutes->addTo(m_apiRoutes);
    m_incomingNumberRoutes->addTo(m_apiRoutes);
    m_availableNumberRoutes->addTo(m_apiRoutes);
    m_control->addTo(m_controlRoutes);
    connect(&m_state, &SandboxState::changed, this, [this] {
        if (!m_statePath.isEmpty())
            save(nullptr);
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    Q_ASSERT_X(!isListening(), "SandboxServer::listen", "already listening");
    // Listening on our own QTcpServer first keeps QAbstractHttpServer from logging a failure
    // of its own: the caller reports it, once.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        if (error) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(tcpServer->errorString());
        }
        delete tcpServer;
        return 0;
    }
    m_endpoint = new HttpEndpoint(
            [this](const HttpRequest &request, ResponseChannel channel) {
                dispatch(request, std::move(channel));
            },
            this);
    m_endpoint->bind(tcpServer);
    m_address = address;
    m_port = tcpServer->serverPort();
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.isNull() || m_address == QHostAddress::Any
                            || m_address == QHostAddress::AnyIPv4
                    ? QStringLiteral("127.0.0.1")
                    : m_address.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::close()
{
    if (!m_endpoint)
        return;
    for (QTcpServer *server : m_endpoint->servers())
        server->close();
    m_port = 0;
}

bool SandboxServer::persistTo(const QString &path, QString *error)
{
    m_statePath = path;
    return save(error);
}

bool SandboxServer::save(QString *error)
{
    QString why;
    if (!WorldFile::save(m_state.world(), m_statePath, &why)) {
        m_persistenceError = why;
        qCWarning(lcSandbox).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    m_persistenceError.clear();
    return true;
}

HttpResponse SandboxServer::route(const HttpRequest &request)
{
    const RouteTable::Match match = m_apiRoutes.match(request.method, request.path);
    if (match.kind == RouteTable::MatchKind::Found)
        return (*match.handler)(request, match.parameters);
    if (!isTwilio(request))
        return VapiErrors::noRoute(request.method, request.path);
    if (match.kind == RouteTable::MatchKind::WrongMethod)
        return TwilioErrors::error(405, 20004, QStringLiteral("Method not allowed"));
    return TwilioErrors::notFound(request.path);
}

HttpResponse SandboxServer::faultResponse(
        const HttpRequest &request, int status, int retryAfterSeconds) const
{
    HttpResponse response;
    if (isTwilio(request)) {
        switch (status) {
        case 429:
            response = TwilioErrors::tooManyRequests();
            break;
        case 503:
            response = TwilioErrors::error(503, 20503, QStringLiteral("Service Unavailable"));
            break;
        case 502:
            response = TwilioErrors::error(502, 20500, QStringLiteral("Bad Gateway"));
            break;
        default:
            response = TwilioErrors::error(status, 20500, QStringLiteral("Internal Server Error"));
            break;
        }
    } else {
        response = VapiErrors::error(status,
                status == 429 ? QStringLiteral("Rate limit exceeded")
                              : QString::fromLatin1(reasonPhrase(status)));
    }
    if (status == 429)
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QString SandboxServer::accountOf(const HttpRequest &request)
{
    if (isTwilio(request)) {
        const QString rest = request.path.mid(twilioPrefix.size());
        if (!rest.startsWith(QLatin1String("Accounts/")))
            return {};
        return rest.mid(9).section(u'/', 0, 0).section(u'.', 0, 0);
    }
    const QByteArray authorization = request.header("Authorization");
    if (authorization.size() <= 7)
        return {};
    const VapiOrgRecord *org
            = m_state.vapiOrgByKey(QString::fromUtf8(authorization.mid(7).trimmed()));
    return org ? org->orgId : QString();
}

void SandboxServer::record(
        const HttpRequest &request, int status, const QString &fault, bool delivered)
{
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.api = isTwilio(request) ? QStringLiteral("twilio") : QStringLiteral("vapi");
    entry.method = QString::fromLatin1(request.method);
    entry.target = request.target();
    entry.account = accountOf(request);
    entry.status = status;
    entry.latencyMs = request.received.elapsed();
    entry.fault = fault;
    entry.delivered = delivered;
    m_log.append(std::move(entry));
}

void SandboxServer::dispatch(const HttpRequest &request, ResponseChannel channel)
{
    if (request.path.startsWith(ControlRoutes::prefix)) {
        const RouteTable::Match match = m_controlRoutes.match(request.method, request.path);
        if (match.kind == RouteTable::MatchKind::Found)
            channel.send((*match.handler)(request, match.parameters));
        else
            channel.send(HttpResponse::json(404, R"({"error":"no such control endpoint"})"));
        return;
    }

    const std::optional<FaultRule> fault = m_faults.decide(request.method, request.path);
    if (!fault) {
        const HttpResponse response = route(request);
        channel.send(response);
        record(request, response.status, {}, true);
        return;
    }

    const QString name = fault->kindName();
    switch (fault->kind) {
    case FaultRule::Kind::Status: {
        const HttpResponse response
                = faultResponse(request, fault->status, fault->retryAfterSeconds);
        channel.send(response);
        record(request, response.status, name, true);
        return;
    }
    case FaultRule::Kind::Latency:
        // Slow before the work is done, as a loaded server is: the change happens late too.
        // A precise timer: a coarse one may fire up to 5% early.
        QTimer::singleShot(
                fault->latencyMs, Qt::PreciseTimer, this, [this, request, channel, name]() mutable {
                    const HttpResponse response = route(request);
                    channel.send(response);
                    record(request, response.status, name, true);
                });
        return;
    case FaultRule::Kind::Hang:
        channel.hold();
        record(request, 0, name, false);
        return;
    case FaultRule::Kind::Reset:
        channel.reset();
        record(request, 0, name, false);
        return;
    case FaultRule::Kind::Truncate: {
        const HttpResponse response = route(request);
        channel.sendTruncated(response);
        record(request, response.status, name, false);
        return;
    }
    case FaultRule::Kind::Malformed: {
        HttpResponse response = route(request);
        response.body = malformed(response.body);
        channel.send(response);
        record(request, response.status, name, true);
        return;
    }
    case FaultRule::Kind::Blocked: {
        // What Cloudflare answers a client it refuses, before the request reaches the API.
        HttpResponse response;
        response.status = 403;
        response.body = "error code: 1010";
        response.setHeader("Content-Type", "text/plain; charset=UTF-8");
        response.setHeader("Server", "cloudflare");
        channel.send(response);
        record(request, response.status, name, true);
        return;
    }
    case FaultRule::Kind::Lost: {
        const HttpResponse response = route(request);
        switch (fault->lostMode) {
        case FaultRule::LostMode::Reset:
            channel.reset();
            break;
        case FaultRule::LostMode::Close:
            channel.close();
            break;
        case FaultRule::LostMode::Hang:
            channel.hold();
            break;
        }
        record(request, response.status, name, false);
        return;
    }
    }
}

} // namespace Switchboard::Sandbox
