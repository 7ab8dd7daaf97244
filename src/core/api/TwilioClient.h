// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiCallPolicy.h"
#include "core/api/ApiResult.h"
#include "core/api/TwilioTypes.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Switchboard {

class RequestScheduler;

struct TwilioCredentials
{
    QUrl baseUrl; // ApiEndpoint::twilio(), or a loopback sandbox
    QString accountSid; // AC…, always in the path
    QString username; // the account SID (with its auth token) or an API key SID SK…
    QString secret; // auth token or API key secret; in memory only, never logged
    QString accountKey; // names the rate-limit bucket
};

// Twilio's 2010-04-01 REST API, for the numbers one account (or subaccount) owns. Form-encoded
// requests ("+" sent as %2B), JSON answers, every list followed through next_page_uri.
// Same call contract as VapiClient: each call finishes exactly once; idempotent calls retry;
// a purchase is reconciled (by number, or by the FriendlyName it was tagged with) after an
// ambiguous outcome and never sent twice blindly; so is a subaccount create (by its FriendlyName,
// counting only accounts that were not there before). Updates (a POST that sets fields to given
// values) are retried like PATCH. listSubaccounts leaves out the authenticated account itself.
// Destroying the client cancels its unfinished calls.
class TwilioClient : public QObject
{
    Q_OBJECT

public:
    TwilioClient(QNetworkAccessManager &network, RequestScheduler &scheduler,
            TwilioCredentials credentials, QObject *parent = nullptr);
    ~TwilioClient() override;

    QString configurationError() const;

    // Added with the implementation: retry and timeout policy (tests shrink it).
    void setCallPolicy(const ApiCallPolicy &policy);
    ApiCallPolicy callPolicy() const;

    // GET /Accounts/{AC}.json: Twilio refuses it to Standard API keys (20003), so it is no test
    // of whether credentials work; checkAccess is.
    ApiCallHandle fetchAccount(QObject *context, ApiCallback<TwilioAccountInfo> done);
    // Whether the credentials may manage the account's numbers: one page of one
    // IncomingPhoneNumber, a request every kind of credentials may make (auth token, Main or
    // Standard API key), unlike a fetch of the account.
    ApiCallHandle checkAccess(QObject *context, ApiCallback<Done> done);
    ApiCallHandle listSubaccounts(QObject *context, ApiCallback<QList<TwilioAccountInfo>> done);
    // The auth token comes with Twilio's answer; after a reconciled create it is what a fetch of
    // the account returns, and may be empty (the parent's credentials reach the subaccount).
    ApiCallHandle createSubaccount(
            const QString &friendlyName, QObject *context, ApiCallback<TwilioNewSubaccount> done);

    ApiCallHandle listIncomingNumbers(const TwilioIncomingFilter &filter, QObject *context,
            ApiCallback<QList<TwilioIncomingNumber>> done);
    ApiCallHandle fetchIncomingNumber(
            const QString &sid, QObject *context, ApiCallback<TwilioIncomingNumber> done);
    ApiCallHandle buyNumber(const TwilioBuyRequest &request, QObject *context,
            ApiCallback<TwilioIncomingNumber> done);
    ApiCallHandle updateIncomingNumber(const QString &sid, const TwilioNumberUpdate &update,
            QObject *context, ApiCallback<TwilioIncomingNumber> done);
    ApiCallHandle releaseIncomingNumber(
            const QString &sid, QObject *context, ApiCallback<Done> done);

    // At most 30 results (Twilio's own cap for searches).
    ApiCallHandle availableNumbers(const TwilioAvailableFilter &filter, QObject *context,
            ApiCallback<QList<TwilioAvailableNumber>> done);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Switchboard
