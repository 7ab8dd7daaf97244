// SPDX-License-Identifier: Apache-2.0
#include "sandbox/http/RouteTable.h"

#include <QStringList>

namespace Switchboard::Sandbox {
namespace {

QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    return segments;
}

} // namespace

void RouteTable::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    Route route;
    route.method = method;
    route.handler = std::move(handler);
    for (const QString &text : splitPath(pattern)) {
        Segment segment;
        const qsizetype open = text.indexOf(u'{');
        const qsizetype close = text.indexOf(u'}');
        if (open >= 0 && close > open) {
            segment.prefix = text.left(open);
            segment.parameter = text.mid(open + 1, close - open - 1);
            segment.suffix = text.mid(close + 1);
        } else {
            segment.prefix = text;
        }
        route.segments.append(segment);
    }
    m_routes.append(std::move(route));
}

bool RouteTable::matchSegments(
        const QList<Segment> &pattern, const QStringList &path, PathParameters *captured)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const Segment &segment = pattern.at(i);
        const QString &text = path.at(i);
        if (segment.parameter.isEmpty()) {
            if (text != segment.prefix)
                return false;
            continue;
        }
        if (!text.startsWith(segment.prefix) || !text.endsWith(segment.suffix)
                || text.size() <= segment.prefix.size() + segment.suffix.size())
            return false;
        captured->insert(segment.parameter,
                text.mid(segment.prefix.size(),
                        text.size() - segment.prefix.size() - segment.suffix.size()));
    }
    return true;
}

RouteTable::Match RouteTable::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        PathParameters captured;
        if (!matchSegments(route.segments, segments, &captured))
            continue;
        if (route.method != method) {
            result.kind = MatchKind::WrongMethod;
            continue;
        }
        result.kind = MatchKind::Found;
        result.handler = &route.handler;
        result.parameters = std::move(captured);
        return result;
    }
    return result;
}

} // namespace Switchboard::Sandbox
