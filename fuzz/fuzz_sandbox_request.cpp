// SPDX-License-Identifier: Apache-2.0
// The sandbox's handling of a request after Qt's HTTP parser: the path and query as
// HttpEndpoint copies them out of the URL, routing with path parameters, Bearer and Basic
// authentication, JSON and form bodies, the list queries, and the control endpoint (fault rules
// in text and JSON, accounts). Several requests per input run against one small world, so that
// a create can be followed by a read or a change of what it made.
//
// Input (text): up to eight requests separated by a line "####"; each is "METHOD TARGET", then
// "Name: value" header lines, an empty line, and the body.
//
// Every answer must be a well-formed response: a status HTTP knows the class of, and a body that
// is valid JSON whenever the response says it is JSON.
#include "FuzzSupport.h"

#include "sandbox/ControlRoutes.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/RequestLog.h"
#include "sandbox/http/RouteTable.h"
#include "sandbox/twilio/AvailableNumberRoutes.h"
#include "sandbox/twilio/IncomingNumberRoutes.h"
#include "sandbox/twilio/TwilioAccountRoutes.h"
#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/vapi/AssistantRoutes.h"
#include "sandbox/vapi/PhoneNumberRoutes.h"
#include "sandbox/vapi/VapiErrors.h"
#include "sandbox/world/SandboxState.h"
#include "sandbox/world/WorldFile.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Switchboard;
using namespace Switchboard::Sandbox;

namespace {

// A Vapi key, a Twilio account with an API key and a number, and some inventory: enough for
// every route to get past authentication. (The key and SIDs are in the seed corpus too.)
const QByteArray FuzzWorld = R"({
  "seed": 7,
  "vapi": {"accounts": [{"apiKey": "fuzz-key", "freeNumberCap": 2,
                         "assistants": [{"id": "11111111-1111-4111-8111-111111111111", "name": "A"}],
                         "phoneNumbers": ["+14155555000"]}]},
  "twilio": {"accounts": [{"sid": "AC00000000000000000000000000000001", "authToken": "token",
                           "apiKeys": [{"sid": "SK00000000000000000000000000000001", "secret": "s"}],
                           "incomingPhoneNumbers": ["+13035550100"]}],
             "inventory": {"generate": [{"areaCodes": ["303", "415"], "count": 3}]}}
})";

World *world = nullptr;

const QString TwilioPrefix = QStringLiteral("/2010-04-01/");

HttpRequest requestFrom(const QByteArray &text)
{
    HttpRequest request;
    request.received.start();
    const qsizetype headEnd = text.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : text.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    // As HttpEndpoint::handleRequest copies them from QHttpServerRequest::url().
    const QUrl url = QUrl::fromEncoded(space < 0 ? QByteArray("/") : requestLine.mid(space + 1));
    request.path = url.path();
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}

void checkResponse(const HttpResponse &response)
{
    FUZZ_CHECK(response.status >= 100 && response.status <= 599);
    if (response.header("Content-Type").startsWith("application/json")
            && !response.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            std::fprintf(stderr, "not JSON: %s\n", response.body.left(400).constData());
        FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
    (void)response.toWire();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initialize();
    QString error;
    std::optional<World> read
            = WorldFile::fromJson(QJsonDocument::fromJson(FuzzWorld).object(), &error);
    if (!read)
        std::fprintf(stderr, "fuzz world: %s\n", qPrintable(error));
    FUZZ_CHECK(read);
    world = new World(std::move(*read));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    SandboxState state(*world);
    FaultInjector faults(world->settings.seed);
    RequestLog log;
    RouteTable apiRoutes;
    RouteTable controlRoutes;
    AssistantRoutes assistants(state);
    PhoneNumberRoutes phoneNumbers(state);
    TwilioAccountRoutes twilioAccounts(state);
    IncomingNumberRoutes incomingNumbers(state);
    AvailableNumberRoutes availableNumbers(state);
    ControlRoutes control(state, faults, log);
    assistants.addTo(apiRoutes);
    phoneNumbers.addTo(apiRoutes);
    twilioAccounts.addTo(apiRoutes);
    incomingNumbers.addTo(apiRoutes);
    availableNumbers.addTo(apiRoutes);
    control.addTo(controlRoutes);

    const QByteArray input = Fuzz::bytes(data, size);
    const QByteArray separator = "\n####\n";
    qsizetype from = 0;
    for (int requests = 0; from <= input.size() && requests < 8; ++requests) {
        qsizetype end = input.indexOf(separator, from);
        if (end < 0)
            end = input.size();
        const HttpRequest request = requestFrom(input.mid(from, end - from));
        from = end + separator.size();
        // As SandboxServer::dispatch and route() choose.
        if (request.path.startsWith(ControlRoutes::prefix)) {
            const RouteTable::Match match = controlRoutes.match(request.method, request.path);
            if (match.kind == RouteTable::MatchKind::Found)
                checkResponse((*match.handler)(request, match.parameters));
            continue;
        }
        (void)faults.decide(request.method, request.path);
        const RouteTable::Match match = apiRoutes.match(request.method, request.path);
        if (match.kind == RouteTable::MatchKind::Found)
            checkResponse((*match.handler)(request, match.parameters));
        else if (!request.path.startsWith(TwilioPrefix))
            checkResponse(VapiErrors::noRoute(request.method, request.path));
        else
            checkResponse(TwilioErrors::notFound(request.path));
    }
    return 0;
}
