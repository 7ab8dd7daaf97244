// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiCallPolicy.h"
#include "core/api/ApiResult.h"
#include "core/api/VapiTypes.h"
#include "core/domain/Assistant.h"
#include "core/domain/PhoneNumber.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Switchboard {

class RequestScheduler;

struct VapiCredentials
{
    QUrl baseUrl; // ApiEndpoint::vapiUs() / vapiEu(), or a loopback sandbox
    QString apiKey; // the private key; held in memory only, never logged
    QString accountKey; // names the rate-limit bucket (e.g. "vapi/<local account id>")
};

// Vapi's REST API: assistants and phone numbers. One instance per Vapi account; the network
// manager and the scheduler are shared and passed in.
//
// Every method starts one call and returns its handle. `done` runs exactly once in `context`'s
// thread unless `context` is destroyed first. GET, PATCH and DELETE retry 429, 5xx, resets and
// timeouts with backoff and jitter, honouring Retry-After, within a per-call budget. A create
// (POST) is never sent twice blindly: after an ambiguous outcome the client lists what exists
// (by number, SIP URI, or the name the request was tagged with), returns the resource if the
// create happened, and only otherwise tries again.
//
// Destroying the client cancels its unfinished calls (their callbacks get Cancelled). Input is
// checked before anything is sent: a bad field fails the call with Refused, naming the field.
class VapiClient : public QObject
{
    Q_OBJECT

public:
    VapiClient(QNetworkAccessManager &network, RequestScheduler &scheduler,
            VapiCredentials credentials, QObject *parent = nullptr);
    ~VapiClient() override;

    // Empty when the base URL is acceptable (https, or http to loopback); every call fails with
    // ApiError::Category::Refused otherwise.
    QString configurationError() const;

    // Added with the implementation: retry and timeout policy (tests shrink it), and the page
    // size of GET /v2/phone-number (1…1000; default 1000).
    void setCallPolicy(const ApiCallPolicy &policy);
    ApiCallPolicy callPolicy() const;
    void setPageSize(int pageSize);

    ApiCallHandle listAssistants(QObject *context, ApiCallback<QList<Assistant>> done);
    // GET /assistant?updatedAtGe=…&limit=1000: the assistants created or changed since then.
    // A list of 1,000 may be cut short (v1 has no pages): the caller lists everything instead.
    ApiCallHandle listAssistantsChangedSince(
            const QDateTime &since, QObject *context, ApiCallback<QList<Assistant>> done);
    ApiCallHandle getAssistant(const QString &id, QObject *context, ApiCallback<Assistant> done);
    ApiCallHandle createAssistant(
            const VapiAssistantDraft &draft, QObject *context, ApiCallback<Assistant> done);
    ApiCallHandle updateAssistant(const QString &id, const VapiAssistantPatch &patch,
            QObject *context, ApiCallback<Assistant> done);
    ApiCallHandle deleteAssistant(const QString &id, QObject *context, ApiCallback<Assistant> done);

    // GET /phone-number (one page, v1 bare array; `limit` up to 1000).
    ApiCallHandle listPhoneNumbers(
            QObject *context, ApiCallback<QList<PhoneNumber>> done, int limit = 1000);
    // GET /v2/phone-number, every page. Pages of a large account are parsed on a worker thread.
    ApiCallHandle listAllPhoneNumbers(QObject *context, ApiCallback<QList<PhoneNumber>> done);
    // GET /v2/phone-number?updatedAtGe=…, every page: the numbers created or changed since a
    // moment of Vapi's clock (a listing's own updatedAt values), not the whole account.
    ApiCallHandle listPhoneNumbersChangedSince(
            const QDateTime &since, QObject *context, ApiCallback<QList<PhoneNumber>> done);
    // GET /v2/phone-number?search=…, every page: Vapi matches name, number or SIP URI in part.
    ApiCallHandle searchPhoneNumbers(
            const QString &search, QObject *context, ApiCallback<QList<PhoneNumber>> done);
    ApiCallHandle getPhoneNumber(
            const QString &id, QObject *context, ApiCallback<PhoneNumber> done);
    // Fails with ApiError::Category::LimitReached when the account's free-number cap is reached.
    ApiCallHandle createFreeNumber(
            const VapiFreeNumberRequest &request, QObject *context, ApiCallback<PhoneNumber> done);
    ApiCallHandle importTwilioNumber(const VapiTwilioImportRequest &request, QObject *context,
            ApiCallback<PhoneNumber> done);
    ApiCallHandle updatePhoneNumber(const QString &id, const VapiPhoneNumberPatch &patch,
            QObject *context, ApiCallback<PhoneNumber> done);
    ApiCallHandle deletePhoneNumber(
            const QString &id, QObject *context, ApiCallback<PhoneNumber> done);

    // Which Vapi account the key reaches: every Vapi object carries its account's orgId, and
    // Vapi has no endpoint for the account itself. GET /phone-number?limit=1, then (the
    // account has no number) GET /assistant?limit=1. Empty when the account holds neither:
    // then it cannot be told.
    ApiCallHandle fetchOrgId(QObject *context, ApiCallback<QString> done);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Switchboard
