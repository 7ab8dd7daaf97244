// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Switchboard::Sandbox {

// The values a route pattern captured: "/phone-number/{id}" gives {"id": "…"}.
using PathParameters = QHash<QString, QString>;
using RouteHandler = std::function<HttpResponse(const HttpRequest &, const PathParameters &)>;

// Method-and-path routing. A pattern is a path whose segments are literals or hold one
// "{name}" with optional literal text around it ("{Sid}.json"). Unlike QHttpServer's router
// it tells "no such path" from "no such method on this path", which the APIs answer differently.
class RouteTable
{
public:
    enum class MatchKind {
        Found,
        WrongMethod, // the path exists, the method does not
        NotFound,
    };
    struct Match
    {
        MatchKind kind = MatchKind::NotFound;
        const RouteHandler *handler = nullptr;
        PathParameters parameters;
    };

    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Segment
    {
        QString prefix; // the whole segment when there is no parameter
        QString parameter; // empty for a literal segment
        QString suffix;
    };
    struct Route
    {
        QByteArray method;
        QList<Segment> segments;
        RouteHandler handler;
    };
    static bool matchSegments(
            const QList<Segment> &pattern, const QStringList &path, PathParameters *captured);

    QList<Route> m_routes;
};

} // namespace Switchboard::Sandbox
