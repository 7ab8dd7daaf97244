// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/PropertyRule.h"

#include <QJsonArray>

#include <algorithm>

#include <cmath>

namespace Switchboard::Sandbox {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

void checkString(const PropertyRule &rule, const QString &path, const QJsonValue &value,
        QStringList *messages)
{
    if (!value.isString()) {
        if (rule.allowedValues.isEmpty())
            messages->append(path + QStringLiteral(" must be a string"));
        else
            messages->append(path + QStringLiteral(" must be one of the following values: ")
                    + rule.allowedValues.join(QStringLiteral(", ")));
        return;
    }
    const QString text = value.toString();
    if (!rule.allowedValues.isEmpty() && !rule.allowedValues.contains(text)) {
        messages->append(path + QStringLiteral(" must be one of the following values: ")
                + rule.allowedValues.join(QStringLiteral(", ")));
    }
    if (rule.minLength >= 0 && text.size() < rule.minLength) {
        messages->append(path + QStringLiteral(" must be longer than or equal to ")
                + QString::number(rule.minLength) + QStringLiteral(" characters"));
    }
    if (rule.maxLength >= 0 && text.size() > rule.maxLength) {
        messages->append(path + QStringLiteral(" must be shorter than or equal to ")
                + QString::number(rule.maxLength) + QStringLiteral(" characters"));
    }
}

void checkObject(const PropertyRule &rule, const QString &path, const QJsonValue &value,
        QStringList *messages)
{
    if (!value.isObject()) {
        messages->append(path + QStringLiteral(" must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    if (rule.nested) {
        messages->append(validateProperties(object, *rule.nested, rule.requiredKeys, path));
        return;
    }
    for (const QString &key : rule.requiredKeys) {
        if (!object.value(key).isString())
            messages->append(path + u'.' + key + QStringLiteral(" must be a string"));
    }
}

void checkValue(const PropertyRule &rule, const QString &path, const QJsonValue &value,
        QStringList *messages)
{
    using Type = PropertyRule::Type;
    switch (rule.type) {
    case Type::String:
        checkString(rule, path, value, messages);
        return;
    case Type::Number:
        if (!value.isDouble()) {
            messages->append(path
                    + QStringLiteral(" must be a number conforming to the specified constraints"));
            return;
        }
        if (!std::isnan(rule.minimum) && value.toDouble() < rule.minimum)
            messages->append(
                    path + QStringLiteral(" must not be less than ") + number(rule.minimum));
        if (!std::isnan(rule.maximum) && value.toDouble() > rule.maximum)
            messages->append(
                    path + QStringLiteral(" must not be greater than ") + number(rule.maximum));
        return;
    case Type::Boolean:
        if (!value.isBool())
            messages->append(path + QStringLiteral(" must be a boolean value"));
        return;
    case Type::Object:
        checkObject(rule, path, value, messages);
        return;
    case Type::Array:
        if (!value.isArray())
            messages->append(path + QStringLiteral(" must be an array"));
        return;
    case Type::StringArray: {
        if (!value.isArray()) {
            messages->append(path + QStringLiteral(" must be an array"));
            return;
        }
        const QJsonArray items = value.toArray();
        for (const QJsonValue item : items) {
            if (!item.isString()) {
                messages->append(QStringLiteral("each value in ") + path
                        + QStringLiteral(" must be a string"));
                return;
            }
            if (!rule.allowedValues.isEmpty() && !rule.allowedValues.contains(item.toString())) {
                messages->append(QStringLiteral("each value in ") + path
                        + QStringLiteral(" must be one of the following values: ")
                        + rule.allowedValues.join(QStringLiteral(", ")));
                return;
            }
        }
        return;
    }
    case Type::StringOrObject:
        if (value.isString()) {
            checkString(rule, path, value, messages);
            return;
        }
        if (!value.isObject())
            messages->append(path + QStringLiteral(" must be a string or an object"));
        return;
    }
}

} // namespace

QStringList validateProperties(const QJsonObject &object, const QList<PropertyRule> &rules,
        const QStringList &required, const QString &prefix)
{
    QStringList messages;
    const QString dotted = prefix.isEmpty() ? QString() : prefix + u'.';
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                [&](const PropertyRule &candidate) { return candidate.name == it.key(); });
        if (rule == rules.cend()) {
            messages.append(dotted + QStringLiteral("property ") + it.key()
                    + QStringLiteral(" should not exist"));
            continue;
        }
        if (it.value().isNull())
            continue;
        checkValue(*rule, dotted + it.key(), it.value(), &messages);
    }
    for (const QString &name : required) {
        if (object.contains(name) && !object.value(name).isNull())
            continue;
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                [&](const PropertyRule &candidate) { return candidate.name == name; });
        if (rule != rules.cend())
            checkValue(*rule, dotted + name, QJsonValue(QJsonValue::Undefined), &messages);
    }
    return messages;
}

} // namespace Switchboard::Sandbox
