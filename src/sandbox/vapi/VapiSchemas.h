// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/vapi/PropertyRule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// The request DTOs of the Vapi endpoints the sandbox serves, as whitelists taken from
// Vapi's OpenAPI document (CreateAssistantDTO, Create/Update<Provider>PhoneNumberDTO, …).
// Nested objects whose shape depends on a provider (model, voice, transcriber) are checked
// for their discriminating properties only.
namespace VapiSchemas {

const QList<PropertyRule> &assistant(); // create and update: the same properties
const QStringList &
phoneNumberProviders(); // "vapi", "twilio", "vonage", "telnyx", "byo-phone-number"
// The properties of a create (update == false) or update body for a provider; empty for an
// unknown provider.
QList<PropertyRule> phoneNumber(const QString &provider, bool update);
// Properties a create body must carry, besides provider.
QStringList phoneNumberRequired(const QString &provider);

} // namespace VapiSchemas
} // namespace Switchboard::Sandbox
