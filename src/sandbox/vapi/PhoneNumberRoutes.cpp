// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/PhoneNumberRoutes.h"

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

qsizetype findNumber(const VapiOrgRecord &org, const QString &id)
{
    for (qsizetype i = 0; i < org.phoneNumbers.size(); ++i) {
        if (org.phoneNumbers.at(i).id == id)
            return i;
    }
    return -1;
}

bool matchesSearch(const VapiNumberRecord &number, const QString &search)
{
    if (search.isEmpty())
        return true;
    for (const char *field : {"name", "number", "sipUri"}) {
        if (number.fields.value(QLatin1String(field))
                        .toString()
                        .contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "+16505558621" → "+165****8621", as public code reports Vapi's listings show numbers: the
// country code and the first digits, stars, the last four digits.
QString maskedNumber(const QString &number)
{
    if (number.size() < 9)
        return number;
    return number.left(4) + QString(number.size() - 8, u'*') + number.right(4);
}

} // namespace

PhoneNumberRoutes::PhoneNumberRoutes(SandboxState &state)
    : m_state(state)
    , m_rules(state)
{ }

void PhoneNumberRoutes::addTo(RouteTable &table)
{
    table.add("GET", QStringLiteral("/phone-number"),
            [this](const HttpRequest &request, const PathParameters &) { return list(request); });
    table.add("GET", QStringLiteral("/v2/phone-number"),
            [this](const HttpRequest &request, const PathParameters &) {
                return listPaginated(request);
            });
    table.add("POST", QStringLiteral("/phone-number"),
            [this](const HttpRequest &request, const PathParameters &) { return create(request); });
    table.add("GET", QStringLiteral("/phone-number/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return get(request, parameters.value(idParameter));
            });
    table.add("PATCH", QStringLiteral("/phone-number/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return update(request, parameters.value(idParameter));
            });
    table.add("DELETE", QStringLiteral("/phone-number/{id}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return remove(request, parameters.value(idParameter));
            });
}

QJsonObject PhoneNumberRoutes::toJson(const VapiOrgRecord &org, qsizetype index) const
{
    const VapiNumberRecord &number = org.phoneNumbers.at(index);
    return VapiJson::phoneNumber(number, org.orgId, m_state.vapiNumberStatus(number));
}

QByteArray PhoneNumberRoutes::compactJson(const VapiOrgRecord &org, qsizetype index)
{
    const VapiNumberRecord &number = org.phoneNumbers.at(index);
    const QString status = m_state.vapiNumberStatus(number);
    Rendering &rendering = m_renderings[number.id];
    if (rendering.json.isEmpty() || rendering.updatedAt != number.updatedAt
            || rendering.status != status || rendering.generation != m_state.generation()) {
        rendering.updatedAt = number.updatedAt;
        rendering.status = status;
        rendering.generation = m_state.generation();
        rendering.json = VapiJson::compact(VapiJson::phoneNumber(number, org.orgId, status));
    }
    return rendering.json;
}

QByteArray PhoneNumberRoutes::listedJson(const VapiOrgRecord &org, qsizetype index)
{
    if (!m_state.world().settings.maskListedNumbers)
        return compactJson(org, index);
    QJsonObject object = toJson(org, index);
    const QString number = object.value(QLatin1String("number")).toString();
    if (!number.isEmpty())
        object.insert(QLatin1String("number"), maskedNumber(number));
    return VapiJson::compact(object);
}

QList<qsizetype> PhoneNumberRoutes::select(
        const VapiOrgRecord &org, const VapiListQuery &query) const
{
    QList<qsizetype> selected;
    for (qsizetype i = 0; i < org.phoneNumbers.size(); ++i) {
        const VapiNumberRecord &number = org.phoneNumbers.at(i);
        if (query.accepts(number.createdAt, number.updatedAt)
                && matchesSearch(number, query.search))
            selected.append(i);
    }
    return selected;
}

HttpResponse PhoneNumberRoutes::list(const HttpRequest &request)
{
    HttpResponse error;
    const VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    QStringList problems;
    const VapiListQuery query = VapiListQuery::parse(request.rawQuery, false, &problems);
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);

    // Newest first; page back in time with createdAtLt=<the oldest createdAt seen>.
    const QList<qsizetype> selected = select(*org, query);
    QByteArrayList items;
    for (auto it = selected.crbegin(); it != selected.crend() && items.size() < query.limit; ++it)
        items.append(listedJson(*org, *it));
    return HttpResponse::json(200, '[' + items.join(',') + ']');
}

HttpResponse PhoneNumberRoutes::listPaginated(const HttpRequest &request)
{
    HttpResponse error;
    const VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    QStringList problems;
    const VapiListQuery query = VapiListQuery::parse(request.rawQuery, true, &problems);
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);

    QList<qsizetype> selected = select(*org, query);
    if (!query.ascending)
        std::reverse(selected.begin(), selected.end());
    const qsizetype total = selected.size();
    const qsizetype totalPages = query.limit > 0 ? (total + query.limit - 1) / query.limit : 0;
    QByteArrayList results;
    const qsizetype first = qsizetype(query.page - 1) * query.limit;
    for (qsizetype i = first; i < total && i < first + query.limit; ++i)
        results.append(listedJson(*org, selected.at(i)));

    // PaginationMeta requires only the first three; the rest only when the world says so.
    QJsonObject metadata{
            {QStringLiteral("itemsPerPage"), query.limit},
            {QStringLiteral("totalItems"), total},
            {QStringLiteral("currentPage"), query.page},
    };
    if (m_state.world().settings.fullPaginationMetadata) {
        metadata.insert(QStringLiteral("totalPages"), totalPages);
        metadata.insert(QStringLiteral("hasNextPage"), query.page < totalPages);
        metadata.insert(QStringLiteral("sortOrder"),
                query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    }
    return HttpResponse::json(200,
            "{\"metadata\":" + VapiJson::compact(metadata) + ",\"results\":[" + results.join(',')
                    + "]}");
}

HttpResponse PhoneNumberRoutes::create(const HttpRequest &request)
{
    HttpResponse error;
    VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    QJsonObject body;
    if (!VapiRequest::jsonBody(request, &body, &error))
        return error;
    const QString provider = body.value(QStringLiteral("provider")).toString();
    if (!VapiSchemas::phoneNumberProviders().contains(provider))
        return VapiErrors::validation(
                {QStringLiteral("provider must be one of the following values: ")
                        + VapiSchemas::phoneNumberProviders().join(QStringLiteral(", "))});
    const QStringList problems = validateProperties(body, VapiSchemas::phoneNumber(provider, false),
            VapiSchemas::phoneNumberRequired(provider));
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);
    return m_rules.create(*org, body);
}

HttpResponse PhoneNumberRoutes::get(const HttpRequest &request, const QString &id)
{
    HttpResponse error;
    const VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    if (!Validation::isVapiId(id))
        return VapiErrors::invalidUuid();
    const qsizetype index = findNumber(*org, id);
    if (index < 0)
        return VapiErrors::notFound(QStringLiteral("Phone Number Not Found"));
    return HttpResponse::json(200, VapiJson::compact(toJson(*org, index)));
}

HttpResponse PhoneNumberRoutes::update(const HttpRequest &request, const QString &id)
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
    const qsizetype index = findNumber(*org, id);
    if (index < 0)
        return VapiErrors::notFound(QStringLiteral("Phone Number Not Found"));
    // The body is checked against the DTO of the number's own provider: a different provider
    // fails the provider enum.
    const QString provider = org->phoneNumbers.at(index).provider;
    const QStringList problems = validateProperties(body, VapiSchemas::phoneNumber(provider, true));
    if (!problems.isEmpty())
        return VapiErrors::validation(problems);
    return m_rules.update(*org, index, body);
}

HttpResponse PhoneNumberRoutes::remove(const HttpRequest &request, const QString &id)
{
    HttpResponse error;
    VapiOrgRecord *org = VapiRequest::authenticate(m_state, request, &error);
    if (!org)
        return error;
    if (!Validation::isVapiId(id))
        return VapiErrors::invalidUuid();
    const qsizetype index = findNumber(*org, id);
    if (index < 0)
        return VapiErrors::notFound(QStringLiteral("Phone Number Not Found"));
    const QJsonObject deleted = toJson(*org, index);
    m_renderings.remove(org->phoneNumbers.at(index).id);
    // A deleted free number frees its slot under the cap. An imported number keeps the URLs
    // Vapi wrote on the Twilio side: nothing documents Vapi resetting them.
    m_state.removeVapiNumber(*org, index);
    m_state.notifyChanged();
    return HttpResponse::json(200, VapiJson::compact(deleted));
}

} // namespace Switchboard::Sandbox
