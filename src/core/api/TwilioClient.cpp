// SPDX-License-Identifier: Apache-2.0
#include "core/api/TwilioClient.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/CreateFlow.h"
#include "core/api/InputChecks.h"
#include "core/api/RestCall.h"
#include "core/api/RestClientCore.h"
#include "core/api/RestTransport.h"
#include "core/api/TwilioJson.h"
#include "core/api/TwilioRequestFactory.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int MaxPages = 10000;
constexpr int AvailableCap = 30; // Twilio returns at most 30 and no next page

QString newTag()
{
    return u"Switchboard " + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

ApiError malformed(const QString &what)
{
    return ApiErrors::malformed(ApiErrors::Provider::Twilio, what);
}

} // namespace

struct TwilioClient::Private : RestClientCore
{
    Private(TwilioClient *q, QNetworkAccessManager &network, RequestScheduler &scheduler,
            TwilioCredentials credentials)
        : RestClientCore(
                *q, network, scheduler, ApiErrors::Provider::Twilio, credentials.accountKey,
                // Called per request, long after construction: `factory` exists by then.
                [this](const RestRequest &request) {
                    return factory.request(request.url, request.formBody);
                },
                lcTwilio, QStringList{credentials.secret})
        , credentials(std::move(credentials))
        , factory(this->credentials.baseUrl, this->credentials.accountSid,
                  this->credentials.username, this->credentials.secret,
                  ApiCallPolicy{}.transferTimeout)
    {
        configurationError = ApiEndpoint::checkBaseUrl(this->credentials.baseUrl);
        if (configurationError.isEmpty()) {
            if (const auto refusal = InputChecks::twilioCredentials(this->credentials.accountSid,
                        this->credentials.username, this->credentials.secret))
                configurationError = refusal->hint;
        }
    }

    // A list, page after page, following next_page_uri (under our base URL) until it is empty.
    template<typename T>
    void pageAll(RestCall *call, const QUrl &first,
            std::optional<TwilioJson::Page<T>> (*parse)(const QByteArray &),
            std::function<void(QList<T>)> done, const RestCall::Fail &failed)
    {
        struct State
        {
            std::optional<TwilioJson::Page<T>> (*parse)(const QByteArray &);
            std::function<void(QList<T>)> done;
            RestCall::Fail failed;
            QList<T> all;
            int pages = 0;
        };
        auto state = std::make_shared<State>();
        state->parse = parse;
        state->done = std::move(done);
        state->failed = failed;
        fetchPage<T>(call, first, state);
    }

    template<typename T, typename State>
    void fetchPage(RestCall *call, const QUrl &url, const std::shared_ptr<State> &state)
    {
        call->send(
                RestClientCore::get(url),
                [this, call, state](const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<TwilioJson::Page<T>> page = state->parse(reply.body);
                    if (!page)
                        return malformed(QStringLiteral("a page of the list is not a list"));
                    state->all.append(std::move(page->items));
                    ++state->pages;
                    if (!page->nextPageUri.isEmpty() && state->pages < MaxPages)
                        fetchPage<T>(call, factory.pageUrl(page->nextPageUri), state);
                    else
                        state->done(std::move(state->all));
                    return std::nullopt;
                },
                state->failed);
    }

    QUrl numberUrl(const QString &sid) const
    {
        return factory.accountUrl(u"/IncomingPhoneNumbers/" + RequestEncoding::segment(sid));
    }

    TwilioCredentials credentials;
    TwilioRequestFactory factory;
};

TwilioClient::TwilioClient(QNetworkAccessManager &network, RequestScheduler &scheduler,
        TwilioCredentials credentials, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network, scheduler, std::move(credentials)))
{ }

TwilioClient::~TwilioClient()
{
    RestClientCore::cancelCalls(*this);
}

QString TwilioClient::configurationError() const
{
    return d->configurationError;
}

void TwilioClient::setCallPolicy(const ApiCallPolicy &policy)
{
    d->transport.setPolicy(policy);
    d->factory.setTransferTimeout(policy.transferTimeout);
}

ApiCallPolicy TwilioClient::callPolicy() const
{
    return d->transport.policy();
}

ApiCallHandle TwilioClient::fetchAccount(QObject *context, ApiCallback<TwilioAccountInfo> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<TwilioAccountInfo>(call, std::nullopt, [this](auto *call) {
        d->getOne<TwilioAccountInfo>(call, d->factory.accountUrl({}), TwilioJson::accountFromBody);
    });
}

ApiCallHandle TwilioClient::checkAccess(QObject *context, ApiCallback<Done> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<Done>(call, std::nullopt, [this](auto *call) {
        // One page only: the answer, not the numbers, is what is wanted.
        call->send(
                RestClientCore::get(d->factory.accountUrl(QStringLiteral("/IncomingPhoneNumbers"),
                        {{QStringLiteral("PageSize"), QStringLiteral("1")}})),
                [call](const RestReply &reply) -> std::optional<ApiError> {
                    if (!TwilioJson::incomingNumberPage(reply.body))
                        return malformed(QStringLiteral("the list of numbers is not a list"));
                    call->succeed(Done{});
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle TwilioClient::listSubaccounts(
        QObject *context, ApiCallback<QList<TwilioAccountInfo>> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QList<TwilioAccountInfo>>(call, std::nullopt, [this](auto *call) {
        const QString self = d->credentials.accountSid;
        d->pageAll<TwilioAccountInfo>(
                call,
                d->factory.accountsUrl({{QStringLiteral("PageSize"), QStringLiteral("1000")}}),
                TwilioJson::accountPage,
                [call, self](QList<TwilioAccountInfo> all) {
                    all.removeIf([&self](const TwilioAccountInfo &a) { return a.sid == self; });
                    call->succeed(std::move(all));
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle TwilioClient::createSubaccount(
        const QString &friendlyName, QObject *context, ApiCallback<TwilioNewSubaccount> done)
{
    auto *call = d->newCall(context, std::move(done));
    const bool generated = friendlyName.isEmpty();
    const QString name = generated ? newTag() : friendlyName;
    return d->start<TwilioNewSubaccount>(call, InputChecks::twilioFriendlyName(name),
            [this, name, generated](TypedCall<TwilioNewSubaccount> *call) {
                CreateSpec<TwilioNewSubaccount> spec;
                spec.post = RestRequest{"POST", d->factory.accountsUrl(),
                        TwilioRequestFactory::formBody({{QStringLiteral("FriendlyName"), name}}),
                        true, false, {}};
                spec.parse = [](const RestReply &reply) {
                    return TwilioJson::newSubaccountFromBody(reply.body);
                };
                spec.idOf = [](const TwilioNewSubaccount &a) { return a.account.sid; };
                spec.baseline = !generated; // a name the caller chose may already be taken
                spec.lookup = [this, call, name](auto found, RestCall::Fail failed) {
                    d->pageAll<TwilioNewSubaccount>(
                            call, d->factory.accountsUrl({{QStringLiteral("FriendlyName"), name}}),
                            TwilioJson::accountWithTokenPage,
                            [found, name](QList<TwilioNewSubaccount> all) {
                                all.removeIf([&name](const TwilioNewSubaccount &a) {
                                    return a.account.friendlyName != name;
                                });
                                found(all);
                            },
                            std::move(failed));
                };
                // A list may leave the auth token out (the sandbox does): fetch the account,
                // which Twilio answers with it. Without it, the parent's credentials still
                // reach the subaccount's resources.
                spec.refine = [this, call](TwilioNewSubaccount found, auto done) {
                    if (!found.authToken.isEmpty()) {
                        done(std::move(found));
                        return;
                    }
                    const QUrl url = RequestEncoding::resolve(d->credentials.baseUrl,
                            u"/2010-04-01/Accounts/" + RequestEncoding::segment(found.account.sid)
                                    + u".json");
                    call->send(
                            RestClientCore::get(url),
                            [found, done](const RestReply &reply) -> std::optional<ApiError> {
                                auto fetched = TwilioJson::newSubaccountFromBody(reply.body);
                                done(fetched && !fetched->authToken.isEmpty() ? *fetched : found);
                                return std::nullopt;
                            },
                            [found, done](const ApiError &) { done(found); });
                };
                CreateFlow<TwilioNewSubaccount>::run(call, std::move(spec));
            });
}

ApiCallHandle TwilioClient::listIncomingNumbers(const TwilioIncomingFilter &filter,
        QObject *context, ApiCallback<QList<TwilioIncomingNumber>> done)
{
    auto *call = d->newCall(context, std::move(done));
    QueryItems query;
    if (!filter.phoneNumber.isEmpty())
        query.append({QStringLiteral("PhoneNumber"), filter.phoneNumber});
    if (!filter.friendlyName.isEmpty())
        query.append({QStringLiteral("FriendlyName"), filter.friendlyName});
    query.append(
            {QStringLiteral("PageSize"), QString::number(std::clamp(filter.pageSize, 1, 1000))});
    return d->start<QList<TwilioIncomingNumber>>(call, std::nullopt, [this, query](auto *call) {
        d->pageAll<TwilioIncomingNumber>(
                call, d->factory.accountUrl(QStringLiteral("/IncomingPhoneNumbers"), query),
                TwilioJson::incomingNumberPage,
                [call](QList<TwilioIncomingNumber> all) { call->succeed(std::move(all)); },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle TwilioClient::fetchIncomingNumber(
        const QString &sid, QObject *context, ApiCallback<TwilioIncomingNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<TwilioIncomingNumber>(
            call, InputChecks::twilioNumberSid(sid), [this, sid](auto *call) {
                d->getOne<TwilioIncomingNumber>(
                        call, d->numberUrl(sid), TwilioJson::incomingNumberFromBody);
            });
}

ApiCallHandle TwilioClient::buyNumber(
        const TwilioBuyRequest &request, QObject *context, ApiCallback<TwilioIncomingNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    PhoneAddress number;
    const std::optional<ApiError> refusal = InputChecks::twilioBuy(request, &number);
    TwilioBuyRequest sent = request;
    // By area code nothing is unique until Twilio picks the number: tag the purchase with a
    // FriendlyName to find it again (a caller's own name is not unique: look before, too).
    const bool generated = !number.isValid() && sent.friendlyName.isEmpty();
    if (generated)
        sent.friendlyName = newTag();
    QueryItems fields;
    if (number.isValid())
        fields.append({QStringLiteral("PhoneNumber"), number.toString()});
    else
        fields.append({QStringLiteral("AreaCode"), sent.areaCode});
    if (!sent.friendlyName.isEmpty())
        fields.append({QStringLiteral("FriendlyName"), sent.friendlyName});
    if (!sent.voiceUrl.isEmpty())
        fields.append({QStringLiteral("VoiceUrl"), sent.voiceUrl});
    if (!sent.smsUrl.isEmpty())
        fields.append({QStringLiteral("SmsUrl"), sent.smsUrl});
    return d->start<TwilioIncomingNumber>(call, refusal,
            [this, fields, number, generated, name = sent.friendlyName](
                    TypedCall<TwilioIncomingNumber> *call) {
                CreateSpec<TwilioIncomingNumber> spec;
                spec.post = RestRequest{"POST",
                        d->factory.accountUrl(QStringLiteral("/IncomingPhoneNumbers")),
                        TwilioRequestFactory::formBody(fields), true, false, {}};
                spec.parse = [](const RestReply &reply) {
                    return TwilioJson::incomingNumberFromBody(reply.body);
                };
                spec.idOf = [](const TwilioIncomingNumber &n) { return n.sid; };
                spec.baseline = !number.isValid() && !generated;
                const QueryItems query = number.isValid()
                        ? QueryItems{{QStringLiteral("PhoneNumber"), number.toString()}}
                        : QueryItems{{QStringLiteral("FriendlyName"), name}};
                spec.lookup = [this, call, query, number, name](auto found, RestCall::Fail failed) {
                    d->pageAll<TwilioIncomingNumber>(
                            call,
                            d->factory.accountUrl(QStringLiteral("/IncomingPhoneNumbers"), query),
                            TwilioJson::incomingNumberPage,
                            [found, number, name](QList<TwilioIncomingNumber> all) {
                                // The number alone is not proof: another request (another
                                // job of the same batch) may have bought it. With a tag, the
                                // tag must match too.
                                all.removeIf([&](const TwilioIncomingNumber &n) {
                                    if (number.isValid() && n.phoneNumber != number)
                                        return true;
                                    return !name.isEmpty() && n.friendlyName != name;
                                });
                                found(all);
                            },
                            std::move(failed));
                };
                CreateFlow<TwilioIncomingNumber>::run(call, std::move(spec));
            });
}

ApiCallHandle TwilioClient::updateIncomingNumber(const QString &sid,
        const TwilioNumberUpdate &update, QObject *context, ApiCallback<TwilioIncomingNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    std::optional<ApiError> refusal = InputChecks::twilioNumberSid(sid);
    if (!refusal && update.friendlyName)
        refusal = InputChecks::twilioFriendlyName(*update.friendlyName);
    QueryItems fields;
    if (update.friendlyName)
        fields.append({QStringLiteral("FriendlyName"), *update.friendlyName});
    if (update.voiceUrl)
        fields.append({QStringLiteral("VoiceUrl"), *update.voiceUrl});
    if (update.smsUrl)
        fields.append({QStringLiteral("SmsUrl"), *update.smsUrl});
    if (update.voiceApplicationSid)
        fields.append({QStringLiteral("VoiceApplicationSid"), *update.voiceApplicationSid});
    if (update.trunkSid)
        fields.append({QStringLiteral("TrunkSid"), *update.trunkSid});
    return d->start<TwilioIncomingNumber>(call, refusal, [this, sid, fields](auto *call) {
        // Setting fields to given values: safe to send again, so retried like a PATCH.
        call->send(
                RestRequest{"POST", d->numberUrl(sid), TwilioRequestFactory::formBody(fields), true,
                        true, {}},
                [call](const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<TwilioIncomingNumber> value
                            = TwilioJson::incomingNumberFromBody(reply.body);
                    if (!value)
                        return malformed(QStringLiteral("the answer is not a phone number"));
                    call->succeed(std::move(*value));
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle TwilioClient::releaseIncomingNumber(
        const QString &sid, QObject *context, ApiCallback<Done> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<Done>(call, InputChecks::twilioNumberSid(sid), [this, sid](auto *call) {
        call->send(
                RestRequest{"DELETE", d->numberUrl(sid), {}, false, true, {}},
                [call](const RestReply &) -> std::optional<ApiError> {
                    call->succeed(Done{});
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle TwilioClient::availableNumbers(const TwilioAvailableFilter &filter, QObject *context,
        ApiCallback<QList<TwilioAvailableNumber>> done)
{
    auto *call = d->newCall(context, std::move(done));
    QueryItems query;
    if (!filter.areaCode.isEmpty())
        query.append({QStringLiteral("AreaCode"), filter.areaCode});
    if (!filter.contains.isEmpty())
        query.append({QStringLiteral("Contains"), filter.contains});
    if (!filter.inRegion.isEmpty())
        query.append({QStringLiteral("InRegion"), filter.inRegion});
    if (filter.voiceEnabled)
        query.append({QStringLiteral("VoiceEnabled"), QStringLiteral("true")});
    query.append({QStringLiteral("PageSize"), QString::number(AvailableCap)});
    const QString type = filter.type == TwilioNumberType::TollFree ? QStringLiteral("/TollFree")
                                                                   : QStringLiteral("/Local");
    const QString path = u"/AvailablePhoneNumbers/"
            + RequestEncoding::segment(filter.countryCode.toUpper()) + type;
    return d->start<QList<TwilioAvailableNumber>>(
            call, InputChecks::twilioAvailable(filter), [this, path, query](auto *call) {
                call->send(
                        RestClientCore::get(d->factory.accountUrl(path, query)),
                        [call](const RestReply &reply) -> std::optional<ApiError> {
                            auto page = TwilioJson::availableNumberPage(reply.body);
                            if (!page)
                                return malformed(QStringLiteral("the search result is not a list"));
                            QList<TwilioAvailableNumber> items = std::move(page->items);
                            if (items.size() > AvailableCap)
                                items.resize(AvailableCap);
                            call->succeed(std::move(items));
                            return std::nullopt;
                        },
                        [call](ApiError error) { call->fail(std::move(error)); });
            });
}

} // namespace Switchboard
