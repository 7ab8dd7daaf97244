// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RoutePattern.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard::Sandbox {

// One way the sandbox misbehaves on purpose, for the requests of a route pattern, either at a
// rate or for the next N matching calls. docs/SANDBOX.md gives the text form
// ("429@POST /phone-number,count=2,retry-after=3") that --faults and the control endpoint take.
struct FaultRule
{
    enum class Kind {
        Status, // 429 (with Retry-After), 500, 502 or 503 in the API's error shape, not applied
        Latency, // the normal answer, late
        Hang, // never answered, not applied
        Reset, // connection reset (RST) before the request is applied
        Truncate, // applied; the body is cut short and the connection closed
        Malformed, // applied; the body is not valid JSON
        Lost, // applied, then the response is dropped: the client cannot know
        // 403 from the edge in front of the API, not the API: Cloudflare's plain-text
        // "error code: 1010" (a refused client signature). Not applied.
        Blocked,
    };
    // How a Lost response goes missing.
    enum class LostMode {
        Reset, // connection reset
        Close, // connection closed without a byte
        Hang, // never answered
    };

    int id = 0;
    Kind kind = Kind::Status;
    int status = 503;
    int latencyMs = 0;
    int retryAfterSeconds = 1;
    LostMode lostMode = LostMode::Reset;
    RoutePattern route; // every request unless set
    double rate = 1.0; // the chance that a matching request is hit
    int remaining = -1; // -1: no limit; otherwise how many more requests it hits
    int hits = 0;

    // Every rule in "RULE;RULE;…"; on a mistake, nullopt and *error names the rule and the rule
    // it broke.
    static std::optional<QList<FaultRule>> parseList(const QString &text, QString *error);
    static std::optional<FaultRule> parse(const QString &text, QString *error);
    // {"kind": "429", "route": "POST /phone-number", "rate": 0.5, "count": 2, …}
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    QString kindName() const; // "429", "latency", "lost", …

    bool matches(const QByteArray &method, const QString &path) const
    {
        return route.matches(method, path);
    }
    bool isExhausted() const { return remaining == 0; }

private:
    bool setKind(const QString &text, QString *error);
    bool setOption(const QString &name, const QString &value, QString *error);
};

} // namespace Switchboard::Sandbox
