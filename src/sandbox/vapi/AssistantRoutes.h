// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"

namespace Switchboard::Sandbox {

class SandboxState;

// /assistant: list, create, get, update (PATCH) and delete, per organization.
class AssistantRoutes
{
public:
    explicit AssistantRoutes(SandboxState &state);
    void addTo(RouteTable &table);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse get(const HttpRequest &request, const QString &id);
    HttpResponse update(const HttpRequest &request, const QString &id);
    HttpResponse remove(const HttpRequest &request, const QString &id);

    SandboxState &m_state;
};

} // namespace Switchboard::Sandbox
