// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/VapiSchemas.h"

namespace Switchboard::Sandbox::VapiSchemas {
namespace {

using Type = PropertyRule::Type;

PropertyRule number(const QString &name, double minimum, double maximum)
{
    PropertyRule rule = PropertyRule::of(name, Type::Number);
    rule.minimum = minimum;
    rule.maximum = maximum;
    return rule;
}

PropertyRule objectWith(const QString &name, const QStringList &requiredKeys,
        const QList<PropertyRule> *nested = nullptr)
{
    PropertyRule rule = PropertyRule::of(name, Type::Object);
    rule.requiredKeys = requiredKeys;
    rule.nested = nested;
    return rule;
}

const QList<PropertyRule> &serverProperties()
{
    static const QList<PropertyRule> rules{
            PropertyRule::string(QStringLiteral("url")),
            PropertyRule::of(QStringLiteral("headers"), Type::Object),
            number(QStringLiteral("timeoutSeconds"), 1, 300),
            PropertyRule::string(QStringLiteral("credentialId")),
            PropertyRule::of(QStringLiteral("staticIpAddressesEnabled"), Type::Boolean),
            PropertyRule::of(QStringLiteral("encryptedPaths"), Type::StringArray),
            PropertyRule::of(QStringLiteral("backoffPlan"), Type::Object),
    };
    return rules;
}

const QList<PropertyRule> &sipAuthenticationProperties()
{
    static const QList<PropertyRule> rules = [] {
        PropertyRule username = PropertyRule::string(QStringLiteral("username"), 40);
        username.minLength = 20;
        PropertyRule password = PropertyRule::string(QStringLiteral("password"), 40);
        password.minLength = 20;
        return QList<PropertyRule>{
                PropertyRule::string(QStringLiteral("realm")), username, password};
    }();
    return rules;
}

QList<PropertyRule> commonPhoneNumberProperties()
{
    return {
            PropertyRule::of(QStringLiteral("fallbackDestination"), Type::Object),
            PropertyRule::of(QStringLiteral("hooks"), Type::Array),
            PropertyRule::string(QStringLiteral("name"), 40),
            PropertyRule::string(QStringLiteral("assistantId")),
            PropertyRule::string(QStringLiteral("workflowId")),
            PropertyRule::string(QStringLiteral("squadId")),
            objectWith(QStringLiteral("server"), {}, &serverProperties()),
    };
}

PropertyRule providerRule(const QString &provider)
{
    PropertyRule rule = PropertyRule::string(QStringLiteral("provider"));
    rule.allowedValues = QStringList{provider};
    return rule;
}

} // namespace

const QList<PropertyRule> &assistant()
{
    static const QList<PropertyRule> rules = [] {
        PropertyRule firstMessageMode = PropertyRule::string(QStringLiteral("firstMessageMode"));
        firstMessageMode.allowedValues = {QStringLiteral("assistant-speaks-first"),
                QStringLiteral("assistant-speaks-first-with-model-generated-message"),
                QStringLiteral("assistant-waits-for-user")};
        PropertyRule endCallPhrases
                = PropertyRule::of(QStringLiteral("endCallPhrases"), Type::StringArray);
        return QList<PropertyRule>{
                objectWith(QStringLiteral("transcriber"), {QStringLiteral("provider")}),
                objectWith(QStringLiteral("model"),
                        {QStringLiteral("provider"), QStringLiteral("model")}),
                objectWith(QStringLiteral("voice"),
                        {QStringLiteral("provider"), QStringLiteral("voiceId")}),
                PropertyRule::string(QStringLiteral("firstMessage")),
                PropertyRule::of(QStringLiteral("firstMessageInterruptionsEnabled"), Type::Boolean),
                firstMessageMode,
                PropertyRule::of(QStringLiteral("voicemailDetection"), Type::StringOrObject),
                PropertyRule::of(QStringLiteral("clientMessages"), Type::StringArray),
                PropertyRule::of(QStringLiteral("serverMessages"), Type::StringArray),
                number(QStringLiteral("maxDurationSeconds"), 10, 43200),
                PropertyRule::of(QStringLiteral("backgroundSound"), Type::StringOrObject),
                PropertyRule::of(QStringLiteral("modelOutputInMessagesEnabled"), Type::Boolean),
                PropertyRule::of(QStringLiteral("transportConfigurations"), Type::Array),
                PropertyRule::of(QStringLiteral("observabilityPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("credentials"), Type::Array),
                PropertyRule::of(QStringLiteral("hooks"), Type::Array),
                PropertyRule::string(QStringLiteral("name"), 40),
                PropertyRule::string(QStringLiteral("voicemailMessage"), 1000),
                PropertyRule::string(QStringLiteral("endCallMessage"), 1000),
                endCallPhrases,
                PropertyRule::of(QStringLiteral("compliancePlan"), Type::Object),
                PropertyRule::of(QStringLiteral("metadata"), Type::Object),
                PropertyRule::of(QStringLiteral("backgroundSpeechDenoisingPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("analysisPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("artifactPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("startSpeakingPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("stopSpeakingPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("monitorPlan"), Type::Object),
                PropertyRule::of(QStringLiteral("credentialIds"), Type::StringArray),
                objectWith(QStringLiteral("server"), {}, &serverProperties()),
                PropertyRule::of(QStringLiteral("keypadInputPlan"), Type::Object),
        };
    }();
    return rules;
}

const QStringList &phoneNumberProviders()
{
    static const QStringList providers{QStringLiteral("byo-phone-number"), QStringLiteral("twilio"),
            QStringLiteral("vonage"), QStringLiteral("vapi"), QStringLiteral("telnyx")};
    return providers;
}

QList<PropertyRule> phoneNumber(const QString &provider, bool update)
{
    if (!phoneNumberProviders().contains(provider))
        return {};
    QList<PropertyRule> rules = commonPhoneNumberProperties();
    rules.append(providerRule(provider));
    if (provider == QLatin1String("vapi")) {
        if (!update) {
            PropertyRule areaCode
                    = PropertyRule::string(QStringLiteral("numberDesiredAreaCode"), 3);
            areaCode.minLength = 3;
            rules.append(areaCode);
        }
        rules.append(PropertyRule::string(QStringLiteral("sipUri")));
        rules.append(objectWith(QStringLiteral("authentication"),
                {QStringLiteral("username"), QStringLiteral("password")},
                &sipAuthenticationProperties()));
    } else if (provider == QLatin1String("twilio")) {
        rules.append(PropertyRule::of(QStringLiteral("smsEnabled"), Type::Boolean));
        for (const char *name : {"number", "twilioAccountSid", "twilioAuthToken", "twilioApiKey",
                     "twilioApiSecret"})
            rules.append(PropertyRule::string(QLatin1String(name)));
    } else if (provider == QLatin1String("byo-phone-number")) {
        PropertyRule byoNumber = PropertyRule::string(QStringLiteral("number"), 40);
        byoNumber.minLength = 3;
        rules.append(byoNumber);
        rules.append(PropertyRule::of(QStringLiteral("numberE164CheckEnabled"), Type::Boolean));
        rules.append(PropertyRule::string(QStringLiteral("credentialId")));
    } else { // vonage, telnyx
        rules.append(PropertyRule::string(QStringLiteral("number")));
        rules.append(PropertyRule::string(QStringLiteral("credentialId")));
    }
    return rules;
}

QStringList phoneNumberRequired(const QString &provider)
{
    if (provider == QLatin1String("twilio"))
        return {QStringLiteral("number"), QStringLiteral("twilioAccountSid")};
    if (provider == QLatin1String("vonage") || provider == QLatin1String("telnyx"))
        return {QStringLiteral("number"), QStringLiteral("credentialId")};
    if (provider == QLatin1String("byo-phone-number"))
        return {QStringLiteral("credentialId")};
    return {};
}

} // namespace Switchboard::Sandbox::VapiSchemas
