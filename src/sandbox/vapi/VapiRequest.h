// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonObject>

namespace Switchboard::Sandbox {

class SandboxState;
struct VapiOrgRecord;

// What every Vapi route does first: find the organization of the bearer key, and read the JSON
// body.
namespace VapiRequest {

// The organization whose private key the request carries, or nullptr and the 401 in *error.
VapiOrgRecord *authenticate(SandboxState &state, const HttpRequest &request, HttpResponse *error);
// The body as a JSON object, or false and the 400 in *error. Like Vapi (Express's JSON parser),
// a body is read only when Content-Type says application/json; any other body counts as {}.
bool jsonBody(const HttpRequest &request, QJsonObject *body, HttpResponse *error);

} // namespace VapiRequest
} // namespace Switchboard::Sandbox
