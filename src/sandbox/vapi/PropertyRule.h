// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace Switchboard::Sandbox {

// One property of a Vapi request body, as its DTO declares it, for class-validator-style
// checks: Vapi whitelists properties and answers with messages such as
// "name must be shorter than or equal to 40 characters".
struct PropertyRule
{
    enum class Type {
        String,
        Number,
        Boolean,
        Object,
        Array,
        StringArray,
        StringOrObject, // a oneOf of a string enum and objects (voicemailDetection)
    };

    QString name;
    Type type = Type::String;
    int minLength = -1;
    int maxLength = -1;
    double minimum = std::numeric_limits<double>::quiet_NaN();
    double maximum = std::numeric_limits<double>::quiet_NaN();
    QStringList allowedValues; // strings, or the items of a string array
    QStringList requiredKeys; // objects: string properties that must be present
    const QList<PropertyRule> *nested = nullptr; // objects: the whitelist of their properties

    static PropertyRule string(const QString &name, int maxLength = -1)
    {
        PropertyRule rule;
        rule.name = name;
        rule.maxLength = maxLength;
        return rule;
    }
    static PropertyRule of(const QString &name, Type type)
    {
        PropertyRule rule;
        rule.name = name;
        rule.type = type;
        return rule;
    }
};

// Checks an object against rules and a list of required properties, and returns every
// violation, as class-validator words them. Unknown properties give
// "property X should not exist"; nested ones are prefixed with their parent's name.
// A null value counts as absent (NestJS's @IsOptional), so a PATCH can clear a property with it.
QStringList validateProperties(const QJsonObject &object, const QList<PropertyRule> &rules,
        const QStringList &required = {}, const QString &prefix = {});

} // namespace Switchboard::Sandbox
