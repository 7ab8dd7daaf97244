// SPDX-License-Identifier: Apache-2.0
#include "sandbox/ControlRoutes.h"

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/FormFields.h"
#include "sandbox/http/RequestLog.h"
#include "sandbox/world/SandboxState.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Sandbox {
namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse problem(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

bool parseObject(const HttpRequest &request, QJsonValue *value, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = problem(400,
                QStringLiteral("the body is not JSON: ") + parseError.errorString()
                        + QStringLiteral(" at offset ") + QString::number(parseError.offset));
        return false;
    }
    *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

} // namespace

ControlRoutes::ControlRoutes(SandboxState &state, FaultInjector &faults, RequestLog &log)
    : m_state(state)
    , m_faults(faults)
    , m_log(log)
{ }

void ControlRoutes::addTo(RouteTable &table)
{
    table.add("GET", QStringLiteral("/__sandbox/health"),
            [](const HttpRequest &, const PathParameters &) {
                return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
            });
    table.add("GET", QStringLiteral("/__sandbox/faults"),
            [this](const HttpRequest &, const PathParameters &) {
                QJsonArray rules;
                for (const FaultRule &rule : m_faults.rules())
                    rules.append(rule.toJson());
                return json(200, QJsonObject{{QStringLiteral("faults"), rules}});
            });
    table.add("POST", QStringLiteral("/__sandbox/faults"),
            [this](const HttpRequest &request, const PathParameters &) {
                return addFaults(request);
            });
    table.add("DELETE", QStringLiteral("/__sandbox/faults"),
            [this](const HttpRequest &, const PathParameters &) {
                m_faults.clear();
                return HttpResponse::empty(204);
            });
    table.add("DELETE", QStringLiteral("/__sandbox/faults/{id}"),
            [this](const HttpRequest &, const PathParameters &parameters) {
                if (!m_faults.remove(parameters.value(QStringLiteral("id")).toInt()))
                    return problem(404, QStringLiteral("no fault rule with that id"));
                return HttpResponse::empty(204);
            });
    table.add("GET", QStringLiteral("/__sandbox/requests"),
            [this](const HttpRequest &request, const PathParameters &) {
                return listRequests(request);
            });
    table.add("DELETE", QStringLiteral("/__sandbox/requests"),
            [this](const HttpRequest &, const PathParameters &) {
                m_log.clear();
                return HttpResponse::empty(204);
            });
    table.add("POST", QStringLiteral("/__sandbox/vapi-accounts"),
            [this](const HttpRequest &request, const PathParameters &) {
                return addVapiAccount(request);
            });
    table.add("PATCH", QStringLiteral("/__sandbox/vapi-accounts/{orgId}"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return changeVapiAccount(request, parameters.value(QStringLiteral("orgId")));
            });
    table.add("POST", QStringLiteral("/__sandbox/twilio-accounts"),
            [this](const HttpRequest &request, const PathParameters &) {
                return addTwilioAccount(request);
            });
    table.add("GET", QStringLiteral("/__sandbox/summary"),
            [this](const HttpRequest &, const PathParameters &) { return summary(); });
}

HttpResponse ControlRoutes::addFaults(const HttpRequest &request)
{
    QJsonValue body;
    HttpResponse error;
    if (!parseObject(request, &body, &error))
        return error;
    QList<FaultRule> rules;
    QString why;
    if (body.isObject() && body.toObject().contains(QStringLiteral("spec"))) {
        const auto parsed = FaultRule::parseList(
                body.toObject().value(QStringLiteral("spec")).toString(), &why);
        if (!parsed)
            return problem(400, why);
        rules = *parsed;
    } else {
        const QJsonArray objects = body.isArray() ? body.toArray() : QJsonArray{body};
        for (const QJsonValue object : objects) {
            const auto rule = FaultRule::fromJson(object.toObject(), &why);
            if (!rule)
                return problem(400, why);
            rules.append(*rule);
        }
    }
    QJsonArray added;
    for (const FaultRule &rule : std::as_const(rules)) {
        const int id = m_faults.add(rule);
        for (const FaultRule &active : m_faults.rules()) {
            if (active.id == id)
                added.append(active.toJson());
        }
    }
    return json(201, QJsonObject{{QStringLiteral("faults"), added}});
}

HttpResponse ControlRoutes::listRequests(const HttpRequest &request)
{
    const quint64 since
            = FormFields::parse(request.rawQuery).value(QStringLiteral("since")).toULongLong();
    QJsonArray entries;
    for (const RequestLogEntry &entry : m_log.entriesSince(since))
        entries.append(entry.toJson());
    return json(200,
            QJsonObject{{QStringLiteral("entries"), entries},
                    {QStringLiteral("lastSequence"), qint64(m_log.lastSequence())}});
}

HttpResponse ControlRoutes::addVapiAccount(const HttpRequest &request)
{
    QJsonValue body;
    HttpResponse error;
    if (!parseObject(request, &body, &error))
        return error;
    const QJsonObject object = body.toObject();
    const QString key = object.value(QStringLiteral("apiKey")).toString();
    if (key.isEmpty())
        return problem(400,
                QStringLiteral("apiKey: required; the private key clients will send as Bearer"));
    if (m_state.vapiOrgByKey(key))
        return problem(409, QStringLiteral("apiKey: another Vapi account already has this key"));
    const int cap = object.value(QStringLiteral("freeNumberCap")).toInt(-1);
    const QString orgId
            = m_state.addVapiAccount(key, cap, object.value(QStringLiteral("name")).toString());
    if (object.contains(QStringLiteral("paymentMethod")))
        m_state.vapiOrg(orgId)->paymentMethod
                = object.value(QStringLiteral("paymentMethod")).toBool(true);
    return json(201, QJsonObject{{QStringLiteral("orgId"), orgId}});
}

HttpResponse ControlRoutes::changeVapiAccount(const HttpRequest &request, const QString &orgId)
{
    QJsonValue body;
    HttpResponse error;
    if (!parseObject(request, &body, &error))
        return error;
    VapiOrgRecord *org = m_state.vapiOrg(orgId);
    if (!org)
        return problem(404, QStringLiteral("no Vapi account with that orgId"));
    const QJsonObject object = body.toObject();
    const QJsonValue cap = object.value(QStringLiteral("freeNumberCap"));
    const QJsonValue payment = object.value(QStringLiteral("paymentMethod"));
    if (!cap.isUndefined() && (!cap.isDouble() || cap.toInt(-1) < 0))
        return problem(400, QStringLiteral("freeNumberCap: a whole number, zero or more"));
    if (!payment.isUndefined() && !payment.isBool())
        return problem(400, QStringLiteral("paymentMethod: true or false"));
    if (!cap.isUndefined())
        org->freeNumberCap = cap.toInt();
    if (!payment.isUndefined())
        org->paymentMethod = payment.toBool();
    m_state.notifyChanged();
    return json(200,
            QJsonObject{{QStringLiteral("orgId"), org->orgId},
                    {QStringLiteral("freeNumberCap"), m_state.freeNumberCap(*org)},
                    {QStringLiteral("paymentMethod"), org->paymentMethod}});
}

HttpResponse ControlRoutes::addTwilioAccount(const HttpRequest &request)
{
    QJsonValue body;
    HttpResponse error;
    if (!parseObject(request, &body, &error))
        return error;
    const QJsonObject object = body.toObject();
    const QString sid = object.value(QStringLiteral("sid")).toString();
    const QString token = object.value(QStringLiteral("authToken")).toString();
    const QString owner = object.value(QStringLiteral("ownerAccountSid")).toString();
    if (!Validation::isTwilioSid(sid, TwilioSidKind::Account))
        return problem(400, QStringLiteral("sid: must be AC followed by 32 hexadecimal digits"));
    if (m_state.twilioAccount(sid))
        return problem(409, QStringLiteral("sid: this Twilio account already exists"));
    if (token.isEmpty())
        return problem(400, QStringLiteral("authToken: required"));
    if (!owner.isEmpty()
            && (!m_state.twilioAccount(owner) || m_state.twilioAccount(owner)->isSubaccount()))
        return problem(400, QStringLiteral("ownerAccountSid: must be an existing main account"));
    QStringList numbers;
    for (const QJsonValue value : object.value(QStringLiteral("numbers")).toArray()) {
        const PhoneAddress address = PhoneAddress::fromNumber(value.toString());
        if (!address.isValid() || m_state.isNumberInUse(address.toString()))
            return problem(400,
                    QStringLiteral("numbers: ") + value.toString()
                            + QStringLiteral(" is not a valid E.164 number or is already owned"));
        numbers.append(address.toString());
    }
    for (const QJsonValue value : object.value(QStringLiteral("apiKeys")).toArray()) {
        if (!Validation::isTwilioSid(
                    value.toObject().value(QStringLiteral("sid")).toString(), TwilioSidKind::ApiKey)
                || value.toObject().value(QStringLiteral("secret")).toString().isEmpty())
            return problem(400,
                    QStringLiteral("apiKeys: each needs a sid (SK + 32 hex digits) and a secret"));
    }
    m_state.addTwilioAccount(sid, token, numbers, owner);
    for (const QJsonValue value : object.value(QStringLiteral("apiKeys")).toArray()) {
        m_state.addTwilioApiKey(sid, value.toObject().value(QStringLiteral("sid")).toString(),
                value.toObject().value(QStringLiteral("secret")).toString());
    }
    return json(201, QJsonObject{{QStringLiteral("sid"), sid}});
}

HttpResponse ControlRoutes::summary()
{
    QJsonArray vapi;
    for (const VapiOrgRecord &org : m_state.world().vapiOrgs) {
        vapi.append(QJsonObject{
                {QStringLiteral("orgId"), org.orgId},
                {QStringLiteral("name"), org.name},
                {QStringLiteral("assistants"), org.assistants.size()},
                {QStringLiteral("phoneNumbers"), org.phoneNumbers.size()},
                {QStringLiteral("freeNumbers"), m_state.freeNumberCount(org)},
                {QStringLiteral("freeNumberCap"), m_state.freeNumberCap(org)},
                {QStringLiteral("paymentMethod"), org.paymentMethod},
        });
    }
    QJsonArray twilio;
    for (const TwilioAccountRecord &account : m_state.world().twilioAccounts) {
        QJsonArray numbers;
        for (const IncomingNumberRecord &number : account.numbers)
            numbers.append(number.phoneNumber);
        twilio.append(QJsonObject{
                {QStringLiteral("sid"), account.sid},
                {QStringLiteral("friendlyName"), account.friendlyName},
                {QStringLiteral("ownerAccountSid"), account.mainAccountSid()},
                {QStringLiteral("numbers"), numbers},
        });
    }
    return json(
            200, QJsonObject{{QStringLiteral("vapi"), vapi}, {QStringLiteral("twilio"), twilio}});
}

} // namespace Switchboard::Sandbox
