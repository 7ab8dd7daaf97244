// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/FormFields.h"
#include "sandbox/http/HttpResponse.h"

namespace Switchboard::Sandbox {

struct IncomingNumberRecord;

// The settable properties of an IncomingPhoneNumber (VoiceUrl, SmsUrl, FriendlyName, methods,
// application and trunk SIDs, …): form parameter names, their JSON names, and their checks.
namespace IncomingNumberSettings {

// Applies every settable parameter the form carries. On a bad value nothing is applied and
// *error holds Twilio's 400. An empty URL or SID clears the property.
bool apply(const FormFields &form, IncomingNumberRecord *number, HttpResponse *error);

} // namespace IncomingNumberSettings
} // namespace Switchboard::Sandbox
