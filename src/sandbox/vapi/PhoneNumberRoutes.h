// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/RouteTable.h"
#include "sandbox/vapi/PhoneNumberRules.h"

#include <QDateTime>
#include <QHash>

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
    // The compact JSON of a number, cached: lists render many numbers that rarely change. An
    // entry is good while the number's updatedAt (which every change moves on), its status
    // and the world are the same.
    QByteArray compactJson(const VapiOrgRecord &org, qsizetype index);
    // As a listing shows it: with its number masked when the world says so.
    QByteArray listedJson(const VapiOrgRecord &org, qsizetype index);

    struct Rendering
    {
        QDateTime updatedAt;
        QString status;
        quint64 generation = 0;
        QByteArray json;
    };

    SandboxState &m_state;
    PhoneNumberRules m_rules;
    QHash<QString, Rendering> m_renderings;
};

} // namespace Switchboard::Sandbox
