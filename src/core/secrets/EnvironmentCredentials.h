// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/Validation.h"
#include "core/secrets/SecretKey.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

// The workspace's (global) credentials as automation provides them, in environment variables
// (the names of the product's origin document):
//   SWITCHBOARD_VAPI_API_KEY    the workspace Vapi private key
//   TWILIO_ACCOUNT_SID          the workspace Twilio account (not a secret)
//   TWILIO_AUTH_TOKEN           its auth token, or instead
//   TWILIO_API_KEY              an API key SID (not a secret) and
//   TWILIO_API_SECRET           that key's secret
//   TWILIO_PHONE_NUMBER         a number of that account (not a secret)
// Only workspace-level secrets come from here, never an organization's. An empty or blank
// variable counts as unset. The environment is passed in, so tests choose their own.
class EnvironmentCredentials
{
public:
    static constexpr auto VapiApiKey = "SWITCHBOARD_VAPI_API_KEY";
    static constexpr auto TwilioAccountSid = "TWILIO_ACCOUNT_SID";
    static constexpr auto TwilioAuthToken = "TWILIO_AUTH_TOKEN";
    static constexpr auto TwilioApiKey = "TWILIO_API_KEY";
    static constexpr auto TwilioApiSecret = "TWILIO_API_SECRET";
    static constexpr auto TwilioPhoneNumber = "TWILIO_PHONE_NUMBER";

    // No variables at all.
    EnvironmentCredentials() = default;
    explicit EnvironmentCredentials(const QProcessEnvironment &environment);
    // This process's environment, read once (for main()).
    static EnvironmentCredentials fromSystem();

    // The variable that can provide this key, or empty (organization keys, the PostgreSQL
    // password): the console shows it next to a value that comes from there.
    static QString variableFor(const SecretKey &key);
    static QStringList variableNames();

    bool provides(const SecretKey &key) const { return secret(key).has_value(); }
    // The value, when the key is a workspace key and its variable is set.
    std::optional<QString> secret(const SecretKey &key) const;

    // The non-secret companions of the Twilio secrets; empty when unset.
    QString twilioAccountSid() const { return value(TwilioAccountSid); }
    QString twilioApiKeySid() const { return value(TwilioApiKey); }
    QString twilioPhoneNumber() const { return value(TwilioPhoneNumber); }
    // ApiKey when TWILIO_API_KEY and TWILIO_API_SECRET are both set, else AuthToken when
    // TWILIO_AUTH_TOKEN is; nullopt when the environment holds no Twilio credential.
    std::optional<TwilioAuthMode> twilioAuthMode() const;
    bool hasTwilioAccount() const { return twilioAuthMode().has_value(); }

    // What is wrong with the variables that are set, one FieldError per problem, each naming
    // the variable and the rule (never a value): a SID of the wrong shape, a token without
    // an account SID, half an API key, an invalid phone number.
    QList<FieldError> problems() const;

private:
    QString value(const char *variable) const;

    QProcessEnvironment m_environment;
};

} // namespace Switchboard
