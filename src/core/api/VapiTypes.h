// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Switchboard {

// Vapi's limit on the name of an assistant or a phone number ("name must be shorter than or
// equal to 40 characters"): checked before a request is sent, by the console and the CLI.
inline constexpr qsizetype VapiNameMaxLength = 40;

// What to create an assistant with. Everything else Vapi defaults; `extra` carries any further
// fields (model, voice, …) as the caller builds them.
struct VapiAssistantDraft
{
    QString name; // at most 40 characters
    QString firstMessage;
    QJsonObject metadata; // Switchboard keeps its organization link here
    QJsonObject extra;
};

// A partial update: only the fields that are set are sent.
struct VapiAssistantPatch
{
    std::optional<QString> name;
    std::optional<QJsonObject> metadata;
};

// A free Vapi number: a US area code, or a SIP URI on the account's region's host.
struct VapiFreeNumberRequest
{
    QString areaCode; // exactly three digits; empty (and no SIP URI): any US number; or
    QString sipUri; // sip:<user>@sip.vapi.ai (sip.eu.vapi.ai for EU accounts)
    QString assistantId; // assigned in the same call
    QString name; // at most 40 characters; Switchboard tags the request with it to find it again
    // The name is unique by itself (the chain's request tag has a random part): no listing is
    // needed before the create to tell an earlier number of the same name apart.
    bool nameIsUnique = false;
};

// Importing a Twilio number the caller owns: by auth token, or by API key and secret.
struct VapiTwilioImportRequest
{
    QString number; // E.164
    QString twilioAccountSid; // AC…
    QString twilioAuthToken; // or
    QString twilioApiKey; // SK… with
    QString twilioApiSecret;
    bool smsEnabled = false; // Vapi overwrites the number's SMS webhook when true
    QString assistantId;
    QString name;
};

// A partial update of a phone number. `provider` is always sent (Vapi discriminates on it);
// an assistantId of std::nullopt is left alone, and QString() (null) sends JSON null, which
// unassigns.
struct VapiPhoneNumberPatch
{
    QString provider; // "vapi", "twilio", …
    std::optional<QString> assistantId;
    std::optional<QString> name;
};

} // namespace Switchboard
