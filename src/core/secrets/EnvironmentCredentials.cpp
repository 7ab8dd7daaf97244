// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/EnvironmentCredentials.h"

#include "core/domain/PhoneAddress.h"

#include <QCoreApplication>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct EnvironmentCredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::EnvironmentCredentials)
};

QString name(const char *variable)
{
    return QString::fromLatin1(variable);
}

} // namespace

EnvironmentCredentials::EnvironmentCredentials(const QProcessEnvironment &environment)
    : m_environment(environment)
{ }

EnvironmentCredentials EnvironmentCredentials::fromSystem()
{
    return EnvironmentCredentials(QProcessEnvironment::systemEnvironment());
}

QString EnvironmentCredentials::variableFor(const SecretKey &key)
{
    if (!key.isWorkspace())
        return {};
    switch (key.purpose()) {
    case SecretPurpose::ApiKey:
        return key.api() == SecretApi::Vapi ? name(VapiApiKey) : QString();
    case SecretPurpose::AuthToken:
        return name(TwilioAuthToken);
    case SecretPurpose::ApiKeySecret:
        return name(TwilioApiSecret);
    case SecretPurpose::Password:
        return {};
    }
    return {};
}

QStringList EnvironmentCredentials::variableNames()
{
    return {name(VapiApiKey), name(TwilioAccountSid), name(TwilioAuthToken), name(TwilioApiKey),
            name(TwilioApiSecret), name(TwilioPhoneNumber)};
}

QString EnvironmentCredentials::value(const char *variable) const
{
    // Shells and .env files leave trailing newlines and spaces; no credential of these ends
    // in one.
    return m_environment.value(name(variable)).trimmed();
}

std::optional<QString> EnvironmentCredentials::secret(const SecretKey &key) const
{
    const QString variable = variableFor(key);
    if (variable.isEmpty())
        return std::nullopt;
    const QString text = value(variable.toLatin1().constData());
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<TwilioAuthMode> EnvironmentCredentials::twilioAuthMode() const
{
    if (!value(TwilioApiKey).isEmpty() && !value(TwilioApiSecret).isEmpty())
        return TwilioAuthMode::ApiKey;
    if (!value(TwilioAuthToken).isEmpty())
        return TwilioAuthMode::AuthToken;
    return std::nullopt;
}

QList<FieldError> EnvironmentCredentials::problems() const
{
    QList<FieldError> result;
    const QString sid = twilioAccountSid();
    const QString apiKey = twilioApiKeySid();
    const bool hasToken = !value(TwilioAuthToken).isEmpty();
    const bool hasApiSecret = !value(TwilioApiSecret).isEmpty();

    if (!sid.isEmpty()) {
        if (FieldError e
                = Validation::checkTwilioSid(sid, TwilioSidKind::Account, name(TwilioAccountSid)))
            result.append(e);
        if (!hasToken && !(hasApiSecret && !apiKey.isEmpty()))
            result.append({name(TwilioAccountSid),
                    EnvironmentCredentialsText::tr(
                            "is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with "
                            "TWILIO_API_SECRET is; set one of them")});
    } else if (hasToken || hasApiSecret || !apiKey.isEmpty()) {
        result.append({name(TwilioAccountSid),
                EnvironmentCredentialsText::tr(
                        "is not set, but a Twilio credential is; set it to the account's SID "
                        "(AC followed by 32 hexadecimal digits)")});
    }
    if (!apiKey.isEmpty()) {
        if (FieldError e
                = Validation::checkTwilioSid(apiKey, TwilioSidKind::ApiKey, name(TwilioApiKey)))
            result.append(e);
        if (!hasApiSecret)
            result.append({name(TwilioApiSecret),
                    EnvironmentCredentialsText::tr(
                            "is not set, but TWILIO_API_KEY is; set both, or neither")});
    } else if (hasApiSecret) {
        result.append({name(TwilioApiKey),
                EnvironmentCredentialsText::tr(
                        "is not set, but TWILIO_API_SECRET is; set both, or neither")});
    }
    const QString number = twilioPhoneNumber();
    if (!number.isEmpty()) {
        QString why;
        if (!PhoneAddress::fromNumber(number, {}, &why).isValid())
            result.append({name(TwilioPhoneNumber),
                    why.isEmpty() ? EnvironmentCredentialsText::tr(
                            "is not a valid phone number in E.164 form "
                            "(e.g. +14155552671)")
                                  : why});
    }
    return result;
}

} // namespace Switchboard
