// SPDX-License-Identifier: Apache-2.0
#include "sandbox/faults/FaultRule.h"

#include <QJsonValue>

namespace Switchboard::Sandbox {
namespace {

const char *lostModeName(FaultRule::LostMode mode)
{
    switch (mode) {
    case FaultRule::LostMode::Reset:
        return "reset";
    case FaultRule::LostMode::Close:
        return "close";
    case FaultRule::LostMode::Hang:
        return "hang";
    }
    return "reset";
}

} // namespace

bool FaultRule::setKind(const QString &text, QString *error)
{
    const QString name = text.section(u':', 0, 0).trimmed().toLower();
    const QString argument = text.section(u':', 1).trimmed();
    if (name == QLatin1String("429") || name == QLatin1String("500") || name == QLatin1String("502")
            || name == QLatin1String("503")) {
        kind = Kind::Status;
        status = name.toInt();
    } else if (name == QLatin1String("latency")) {
        kind = Kind::Latency;
        bool ok = false;
        latencyMs = argument.toInt(&ok);
        if (!ok || latencyMs < 0 || latencyMs > 600000) {
            *error = QStringLiteral("latency needs its delay in milliseconds, 0 to 600000, as in "
                                    "latency:800");
            return false;
        }
    } else if (name == QLatin1String("hang")) {
        kind = Kind::Hang;
    } else if (name == QLatin1String("reset")) {
        kind = Kind::Reset;
    } else if (name == QLatin1String("truncate")) {
        kind = Kind::Truncate;
    } else if (name == QLatin1String("malformed")) {
        kind = Kind::Malformed;
    } else if (name == QLatin1String("blocked")) {
        kind = Kind::Blocked;
    } else if (name == QLatin1String("lost")) {
        kind = Kind::Lost;
        if (argument.isEmpty() || argument == QLatin1String("reset"))
            lostMode = LostMode::Reset;
        else if (argument == QLatin1String("close"))
            lostMode = LostMode::Close;
        else if (argument == QLatin1String("hang"))
            lostMode = LostMode::Hang;
        else {
            *error = QStringLiteral("lost takes reset, close or hang, as in lost:hang");
            return false;
        }
    } else {
        *error = QStringLiteral("unknown fault \"") + name
                + QStringLiteral("\"; use 429, 500, 502, 503, latency:MS, hang, reset, truncate, "
                                 "malformed, blocked or lost[:reset|close|hang]");
        return false;
    }
    if (!argument.isEmpty() && kind != Kind::Latency && kind != Kind::Lost) {
        *error = name + QStringLiteral(" takes no argument after ':'");
        return false;
    }
    return true;
}

bool FaultRule::setOption(const QString &name, const QString &value, QString *error)
{
    bool ok = false;
    if (name == QLatin1String("rate")) {
        rate = value.toDouble(&ok);
        if (!ok || rate < 0 || rate > 1) {
            *error = QStringLiteral("rate must be a number from 0 to 1, as in rate=0.25");
            return false;
        }
    } else if (name == QLatin1String("count")) {
        remaining = value.toInt(&ok);
        if (!ok || remaining < 1) {
            *error = QStringLiteral("count must be a whole number of at least 1, as in count=3");
            return false;
        }
    } else if (name == QLatin1String("retry-after") || name == QLatin1String("retryAfter")) {
        retryAfterSeconds = value.toInt(&ok);
        if (!ok || retryAfterSeconds < 0) {
            *error = QStringLiteral(
                    "retry-after must be a whole number of seconds, as in retry-after=2");
            return false;
        }
    } else {
        *error = QStringLiteral("unknown option \"") + name
                + QStringLiteral("\"; use rate=, count= or retry-after=");
        return false;
    }
    return true;
}

std::optional<FaultRule> FaultRule::parse(const QString &text, QString *error)
{
    FaultRule rule;
    const QStringList parts = text.split(u',');
    const QString head = parts.first().trimmed();
    const qsizetype at = head.indexOf(u'@');
    QString problem;
    std::optional<RoutePattern> route = RoutePattern();
    if (at >= 0)
        route = RoutePattern::parse(head.mid(at + 1), &problem);
    if (!route || !rule.setKind(at < 0 ? head : head.left(at), &problem)) {
        *error = QStringLiteral("fault \"") + text.trimmed() + QStringLiteral("\": ") + problem;
        return std::nullopt;
    }
    rule.route = *route;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString option = parts.at(i).trimmed();
        const qsizetype equals = option.indexOf(u'=');
        if (equals <= 0
                || !rule.setOption(option.left(equals).trimmed(), option.mid(equals + 1).trimmed(),
                        &problem)) {
            if (problem.isEmpty())
                problem = QStringLiteral("options look like name=value, as in count=2");
            *error = QStringLiteral("fault \"") + text.trimmed() + QStringLiteral("\": ") + problem;
            return std::nullopt;
        }
    }
    return rule;
}

std::optional<QList<FaultRule>> FaultRule::parseList(const QString &text, QString *error)
{
    QList<FaultRule> rules;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<FaultRule> rule = parse(part, error);
        if (!rule)
            return std::nullopt;
        rules.append(*rule);
    }
    return rules;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    QString text = object.value(QStringLiteral("kind")).toVariant().toString();
    if (object.contains(QStringLiteral("ms")))
        text += u':' + QString::number(object.value(QStringLiteral("ms")).toInt());
    if (object.contains(QStringLiteral("mode")))
        text += u':' + object.value(QStringLiteral("mode")).toString();
    if (object.contains(QStringLiteral("route")))
        text += u'@' + object.value(QStringLiteral("route")).toString();
    for (const char *name : {"rate", "count", "retryAfter"}) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isUndefined())
            text += u',' + QLatin1String(name) + u'=' + value.toVariant().toString();
    }
    return parse(text, error);
}

QString FaultRule::kindName() const
{
    switch (kind) {
    case Kind::Status:
        return QString::number(status);
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Hang:
        return QStringLiteral("hang");
    case Kind::Reset:
        return QStringLiteral("reset");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Lost:
        return QStringLiteral("lost");
    case Kind::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject object{
            {QStringLiteral("id"), id},
            {QStringLiteral("kind"), kindName()},
            {QStringLiteral("route"), route.toString()},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("remaining"),
                    remaining < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(remaining)},
            {QStringLiteral("hits"), hits},
    };
    if (kind == Kind::Latency)
        object.insert(QStringLiteral("ms"), latencyMs);
    if (kind == Kind::Status && status == 429)
        object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    if (kind == Kind::Lost)
        object.insert(QStringLiteral("mode"), QLatin1String(lostModeName(lostMode)));
    return object;
}

} // namespace Switchboard::Sandbox
