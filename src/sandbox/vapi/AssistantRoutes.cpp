// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/AssistantRoutes.h"

#include "sandbox/vapi/VapiErrors.h"
#include "sandbox/vapi/VapiJson.h"
#include "sandbox/vapi/VapiListQuery.h"
#include "sandbox/vapi/VapiRequest.h"
#include "sandbox/vapi/VapiSchemas.h"
#include "sandbox/world/SandboxState.h"

#include "core/domain/Validation.h"

#include <QJsonArray>

#include <algorithm>

namespace Switchboard::Sandbox {
namespace {

const QString idParameter = QStringLiteral("id");

qsizetype findAssistant(const VapiOrgRecord &org, const QString &id)
{
    for (qsizetype i = 0; i < org.assistants.size(); ++i) {
        if (org.assistants.at(i).id == id)
            return i;
    }
    return -1;
}

HttpResponse assistantResponse(int status, const AssistantRecord &assistant, const QString &orgId)
{
    return HttpResponse::json(status, VapiJson::compact(VapiJson::assistant(assistant, orgId)));
}

// Nulls clear a property (NestJS's @IsOptional lets them through); the rest is kept as sent.
void applyFields(QJsonObject *fields, const QJsonObject &body)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.value().isNull())
            fields->remove(it.key());
        else
            fields->insert(it.key(), it.value());
    }
}

} // namespace

AssistantRoutes::AssistantRoutes(SandboxState &state)
    : m_state(state)
{ }

void AssistantRoutes::addTo(RouteTable &table)
{
    table.add("GET", QStringLiteral("/assistant"),
            [this](const HttpRequest &request, const PathParameters &) { return list(request); });
    table.add("POST", QStringLiteral("/assistant"),
            [this](const HttpRequest &request, const PathParameters &) { return create(request); });
    table.add("GET", QStringLiteral("/assistant/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return get(request, parameters.value(idParameter));
            });
    table.add("PATCH", QStringLiteral("/assistant/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return update(request, parameters.value(idParameter));
            });
    table.add("DELETE", QStringLiteral("/assistant/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return remove(request, parameters.value(idParameter));
            });
}

HttpResponse AssistantRoutes::list(const HttpRequest &request)
{
    HttpResponse error;
    const VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    QStringList problems;
    const VapiListQuery query = VapiListQuery::parse(request.rawQuery, false, &problems);
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);

    // Newest first, as Vapi's paginated lists sort by default.
    QJsonArray items;
    for (auto it = org->assistants.crbegin(); it != org->assistants.crend(); ++it) {
        if (items.size() >= query.limit)
            break;
        if (query.accepts(it->createdAt, it->updatedAt))
            items.append(VapiJson::assistant(*it, org->orgId));
    }
    return HttpResponse::json(200, VapiJson::compact(items));
}

HttpResponse AssistantRoutes::create(const HttpRequest &request)
{
    HttpResponse error;
    VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    QJsonObject body;
    if (!VapiRequest::jsonBody(request, &body, &error))
        return error;
    const QStringList problems = validateProperties(body, VapiSchemas::assistant());
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);

    AssistantRecord assistant;
    assistant.id = m_state.newUuid();
    assistant.createdAt = assistant.updatedAt = m_state.now();
    applyFields(&assistant.fields, body);
    org->assistants.append(assistant);
    m_state.notifyChanged();
    return assistantResponse(201, assistant, org->orgId);
}

HttpResponse AssistantRoutes::get(const HttpRequest &request, const QString &id)
{
    HttpResponse error;
    const VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    if (!Validation::isVapiId(id))
        return VapiErrors::invalidUuid();
    const qsizetype index = findAssistant(*org, id);
    if (index < 0)
        return VapiErrors::notFound(QStringLiteral("Couldn't Get Assistant. Assistant Not Found."));
    return assistantResponse(200, org->assistants.at(index), org->orgId);
}

HttpResponse AssistantRoutes::update(const HttpRequest &request, const QString &id)
{
    HttpResponse error;
    VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    if (!Validation::isVapiId(id))
        return VapiErrors::invalidUuid();
    QJsonObject body;
    if (!VapiRequest::jsonBody(request, &body, &error))
        return error;
    const QStringList problems = validateProperties(body, VapiSchemas::assistant());
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);
    const qsizetype index = findAssistant(*org, id);
    if (index < 0)
        return VapiErrors::notFound(
                QStringLiteral("Couldn't Update Assistant. Assistant Not Found."));

    AssistantRecord &assistant = org->assistants[index];
    applyFields(&assistant.fields, body);
    assistant.updatedAt = m_state.now();
    m_state.notifyChanged();
    return assistantResponse(200, assistant, org->orgId);
}

HttpResponse AssistantRoutes::remove(const HttpRequest &request, const QString &id)
{
    HttpResponse error;
    VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    if (!Validation::isVapiId(id))
        return VapiErrors::invalidUuid();
    const qsizetype index = findAssistant(*org, id);
    if (index < 0)
        return VapiErrors::notFound(
                QStringLiteral("Couldn't Delete Assistant. Assistant Not Found."));
    // Numbers that point at the assistant keep pointing at it, as nothing in Vapi's documents
    // says otherwise; a client must not count on Vapi unassigning them.
    const AssistantRecord removed = org->assistants.takeAt(index);
    m_state.notifyChanged();
    return assistantResponse(200, removed, org->orgId);
}

} // namespace Switchboard::Sandbox
