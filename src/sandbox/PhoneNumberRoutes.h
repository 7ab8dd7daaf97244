#pragma once

#include "PhoneNumberRules.h"
#include "RouteTable.h"

namespace Switchboard::Sandbox {

class SandboxState;
struct VapiListQuery;
struct VapiOrgRecord;

// /phone-number (list, create, get, update, delete) and /v2/phone-number (search and pages).
class PhoneNumberRoutes
{
public:
    explicit PhoneNumberRoutes(SandboxState &state);
    void addTo(RouteTable &table);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse listPaginated(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse get(const HttpRequest &request, const QString &id);
    HttpResponse update(const HttpRequest &request, const QString &id);
    HttpResponse remove(const HttpRequest &request, const QString &id);

    // The org's numbers the query's date filters and search accept, oldest first.
    QList<qsizetype> select(const VapiOrgRecord &org, const VapiListQuery &query) const;
    QJsonObject toJson(const VapiOrgRecord &org, qsizetype index) const;

    SandboxState &m_state;
    PhoneNumberRules m_rules;
};

} // namespace Switchboard::Sandbox
