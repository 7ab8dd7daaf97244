// SPDX-License-Identifier: Apache-2.0
#include "core/api/VapiClient.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/CreateFlow.h"
#include "core/api/InputChecks.h"
#include "core/api/RestCall.h"
#include "core/api/RestClientCore.h"
#include "core/api/RestTransport.h"
#include "core/api/VapiJson.h"
#include "core/api/VapiRequestFactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Switchboard {
namespace {

using Category = ApiError::Category;

// The metadata key a created assistant is tagged with, to find it again after a lost answer.
const QLatin1String CreateTagKey("switchboardRequestId");
constexpr int MaxPages = 10000;
// A page of about 100 numbers or more is parsed on a worker thread: a page of 1,000 takes
// milliseconds of CPU that the console's event loop should not wait for.
constexpr qsizetype OffThreadParseBytes = qsizetype(32) * 1024;

QString vapiTime(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QString newTag()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

struct VapiClient::Private : RestClientCore
{
    Private(VapiClient *q, QNetworkAccessManager &network, RequestScheduler &scheduler,
            VapiCredentials credentials)
        : RestClientCore(
                *q, network, scheduler, ApiErrors::Provider::Vapi, credentials.accountKey,
                // Called per request, long after construction: `factory` exists by then.
                [this](const RestRequest &request) {
                    return factory.request(request.url, !request.body.isEmpty());
                },
                lcVapi, QStringList{credentials.apiKey})
        , credentials(std::move(credentials))
        , factory(this->credentials.baseUrl, this->credentials.apiKey,
                  ApiCallPolicy{}.transferTimeout)
    {
        configurationError = ApiEndpoint::checkBaseUrl(this->credentials.baseUrl);
        if (configurationError.isEmpty() && this->credentials.apiKey.trimmed().isEmpty())
            configurationError = tr("The Vapi API key is empty; paste the account's private key.");
    }

    // PATCH or DELETE that returns the resource; a DELETE found already done (404 after an
    // attempt without answer) returns a value with only the id.
    template<typename T>
    void modify(TypedCall<T> *call, const QByteArray &method, const QString &id, const QUrl &url,
            const QByteArray &body, std::optional<T> (*parse)(const QByteArray &))
    {
        call->send(
                RestRequest{method, url, body, false, true, {}},
                [call, parse, id](const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<T> value;
                    if (reply.body.isEmpty() && reply.httpStatus == 204) {
                        value = T{};
                        value->id = id;
                    } else {
                        value = parse(reply.body);
                    }
                    if (!value)
                        return ApiErrors::malformed(ApiErrors::Provider::Vapi,
                                QStringLiteral("the answer is not the expected object"));
                    call->succeed(std::move(*value));
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    }

    // GET /v2/phone-number, page after page, until metadata says there is no next page (or,
    // without anything to page on in it, a short page). Vapi's metadata requires only
    // itemsPerPage, totalItems and currentPage, so those decide; hasNextPage and totalPages
    // count when present. A listing cut short would make "not in Vapi" wrong. Items are kept once
    // by id, in the order first seen.
    void pagePhoneNumbers(RestCall *call, const QString &search,
            std::function<void(QList<PhoneNumber>)> done, RestCall::Fail failed,
            const QDateTime &updatedSince = {})
    {
        struct State
        {
            QString search;
            QDateTime updatedSince;
            std::function<void(QList<PhoneNumber>)> done;
            RestCall::Fail failed;
            QList<PhoneNumber> all;
            QSet<QString> seen;
            int page = 1;
        };
        auto state = std::make_shared<State>();
        state->search = search;
        state->updatedSince = updatedSince;
        state->done = std::move(done);
        state->failed = std::move(failed);
        fetchPage(call, state);
    }

    template<typename State>
    void fetchPage(RestCall *call, const std::shared_ptr<State> &state)
    {
        QueryItems query{{QStringLiteral("page"), QString::number(state->page)},
                {QStringLiteral("limit"), QString::number(pageSize)}};
        if (!state->search.isEmpty())
            query.append({QStringLiteral("search"), state->search});
        if (state->updatedSince.isValid())
            query.append({QStringLiteral("updatedAtGe"), vapiTime(state->updatedSince)});
        call->send(
                get(factory.url(QStringLiteral("/v2/phone-number"), query)),
                [this, call, state](const RestReply &reply) -> std::optional<ApiError> {
                    if (reply.body.size() < OffThreadParseBytes)
                        return takePage(call, state, VapiJson::phoneNumberPage(reply.body));
                    // The watcher is the call's child: a call finished or cancelled meanwhile
                    // takes it along, and the parsed page is dropped.
                    using Parsed = std::optional<VapiJson::PhoneNumberPage>;
                    auto *watcher = new QFutureWatcher<Parsed>(call);
                    QObject::connect(watcher, &QFutureWatcherBase::finished, call,
                            [this, call, state, watcher] {
                                watcher->deleteLater();
                                if (const std::optional<ApiError> error
                                        = takePage(call, state, watcher->result()))
                                    state->failed(*error);
                            });
                    watcher->setFuture(QtConcurrent::run(&VapiJson::phoneNumberPage, reply.body));
                    return std::nullopt;
                },
                state->failed);
    }

    template<typename State>
    std::optional<ApiError> takePage(RestCall *call, const std::shared_ptr<State> &state,
            std::optional<VapiJson::PhoneNumberPage> page)
    {
        if (!page)
            return ApiErrors::malformed(ApiErrors::Provider::Vapi,
                    QStringLiteral("a page of phone numbers is not a list"));
        for (PhoneNumber &number : page->items) {
            if (!state->seen.contains(number.id)) {
                state->seen.insert(number.id);
                state->all.append(std::move(number));
            }
        }
        const bool more = page->metadataTellsMore ? page->hasNextPage : page->itemCount >= pageSize;
        if (more && page->itemCount > 0 && state->page < MaxPages) {
            ++state->page;
            fetchPage(call, state);
        } else {
            state->done(std::move(state->all));
        }
        return std::nullopt;
    }

    // GET <path>?limit=1 for each path in turn until one lists an object: its orgId.
    void firstOrgId(TypedCall<QString> *call, QStringList paths)
    {
        const QString path = paths.takeFirst();
        call->send(
                get(factory.url(path, {{QStringLiteral("limit"), QStringLiteral("1")}})),
                [this, call, paths](const RestReply &reply) -> std::optional<ApiError> {
                    const std::optional<QString> orgId = VapiJson::firstOrgId(reply.body);
                    if (!orgId)
                        return ApiErrors::malformed(ApiErrors::Provider::Vapi,
                                QStringLiteral("the list is not a list"));
                    if (orgId->isEmpty() && !paths.isEmpty())
                        firstOrgId(call, paths);
                    else
                        call->succeed(*orgId);
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    }

    // The free-number host of this account's region; empty for a sandbox (any host is fine).
    QString sipHost() const
    {
        const QString host = credentials.baseUrl.host().toLower();
        if (host == u"api.vapi.ai")
            return QStringLiteral("sip.vapi.ai");
        if (host == u"api.eu.vapi.ai")
            return QStringLiteral("sip.eu.vapi.ai");
        return {};
    }

    VapiCredentials credentials;
    VapiRequestFactory factory;
    int pageSize = 1000;
};

VapiClient::VapiClient(QNetworkAccessManager &network, RequestScheduler &scheduler,
        VapiCredentials credentials, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network, scheduler, std::move(credentials)))
{ }

VapiClient::~VapiClient()
{
    RestClientCore::cancelCalls(*this);
}

QString VapiClient::configurationError() const
{
    return d->configurationError;
}

void VapiClient::setCallPolicy(const ApiCallPolicy &policy)
{
    d->transport.setPolicy(policy);
    d->factory.setTransferTimeout(policy.transferTimeout);
}

ApiCallPolicy VapiClient::callPolicy() const
{
    return d->transport.policy();
}

void VapiClient::setPageSize(int pageSize)
{
    d->pageSize = std::clamp(pageSize, 1, 1000);
}

ApiCallHandle VapiClient::listAssistants(QObject *context, ApiCallback<QList<Assistant>> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QList<Assistant>>(call, std::nullopt, [this](auto *call) {
        const QUrl url = d->factory.url(
                QStringLiteral("/assistant"), {{QStringLiteral("limit"), QStringLiteral("1000")}});
        d->getOne<QList<Assistant>>(call, url, VapiJson::assistantList);
    });
}

ApiCallHandle VapiClient::listAssistantsChangedSince(
        const QDateTime &since, QObject *context, ApiCallback<QList<Assistant>> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QList<Assistant>>(call, std::nullopt, [this, since](auto *call) {
        const QUrl url = d->factory.url(QStringLiteral("/assistant"),
                {{QStringLiteral("limit"), QStringLiteral("1000")},
                        {QStringLiteral("updatedAtGe"), vapiTime(since)}});
        d->getOne<QList<Assistant>>(call, url, VapiJson::assistantList);
    });
}

ApiCallHandle VapiClient::getAssistant(
        const QString &id, QObject *context, ApiCallback<Assistant> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<Assistant>(
            call, InputChecks::vapiId(id, tr("assistant")), [this, id](auto *call) {
                d->getOne<Assistant>(call,
                        d->factory.url(u"/assistant/" + RequestEncoding::segment(id)),
                        VapiJson::assistantFromBody);
            });
}

ApiCallHandle VapiClient::createAssistant(
        const VapiAssistantDraft &draft, QObject *context, ApiCallback<Assistant> done)
{
    auto *call = d->newCall(context, std::move(done));
    VapiAssistantDraft tagged = draft;
    const QString tag = newTag();
    tagged.metadata.insert(CreateTagKey, tag);
    return d->start<Assistant>(call, InputChecks::vapiName(draft.name),
            [this, tagged, tag](TypedCall<Assistant> *call) {
                CreateSpec<Assistant> spec;
                spec.post = RestRequest{"POST", d->factory.url(QStringLiteral("/assistant")),
                        json(VapiJson::createAssistantBody(tagged)), false, false, {}};
                spec.parse = [](const RestReply &reply) {
                    return VapiJson::assistantFromBody(reply.body);
                };
                spec.idOf = [](const Assistant &a) { return a.id; };
                // Assistants created since a little before this call, by the tag.
                const QString since
                        = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
                spec.lookup = [this, call, tag, since](auto found, const RestCall::Fail &failed) {
                    const QUrl url = d->factory.url(QStringLiteral("/assistant"),
                            {{QStringLiteral("limit"), QStringLiteral("1000")},
                                    {QStringLiteral("createdAtGe"), since}});
                    call->send(
                            RestClientCore::get(url),
                            [found, tag](const RestReply &reply) -> std::optional<ApiError> {
                                const auto list = VapiJson::assistantList(reply.body);
                                if (!list)
                                    return ApiErrors::malformed(ApiErrors::Provider::Vapi,
                                            QStringLiteral("the assistant list is not a list"));
                                QList<Assistant> matching;
                                for (const Assistant &a : *list) {
                                    if (a.metadata.value(CreateTagKey).toString() == tag)
                                        matching.append(a);
                                }
                                found(matching);
                                return std::nullopt;
                            },
                            failed);
                };
                CreateFlow<Assistant>::run(call, std::move(spec));
            });
}

ApiCallHandle VapiClient::updateAssistant(const QString &id, const VapiAssistantPatch &patch,
        QObject *context, ApiCallback<Assistant> done)
{
    auto *call = d->newCall(context, std::move(done));
    std::optional<ApiError> refusal = InputChecks::vapiId(id, tr("assistant"));
    if (!refusal)
        refusal = InputChecks::vapiName(patch.name);
    return d->start<Assistant>(call, refusal, [this, id, patch](auto *call) {
        d->modify<Assistant>(call, "PATCH", id,
                d->factory.url(u"/assistant/" + RequestEncoding::segment(id)),
                json(VapiJson::updateAssistantBody(patch)), VapiJson::assistantFromBody);
    });
}

ApiCallHandle VapiClient::deleteAssistant(
        const QString &id, QObject *context, ApiCallback<Assistant> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<Assistant>(
            call, InputChecks::vapiId(id, tr("assistant")), [this, id](auto *call) {
                d->modify<Assistant>(call, "DELETE", id,
                        d->factory.url(u"/assistant/" + RequestEncoding::segment(id)), {},
                        VapiJson::assistantFromBody);
            });
}

ApiCallHandle VapiClient::listPhoneNumbers(
        QObject *context, ApiCallback<QList<PhoneNumber>> done, int limit)
{
    auto *call = d->newCall(context, std::move(done));
    const int clamped = std::clamp(limit, 0, 1000);
    return d->start<QList<PhoneNumber>>(call, std::nullopt, [this, clamped](auto *call) {
        const QUrl url = d->factory.url(QStringLiteral("/phone-number"),
                {{QStringLiteral("limit"), QString::number(clamped)}});
        call->send(
                RestClientCore::get(url),
                [call](const RestReply &reply) -> std::optional<ApiError> {
                    std::optional<VapiJson::PhoneNumberPage> page
                            = VapiJson::phoneNumberPage(reply.body);
                    if (!page)
                        return ApiErrors::malformed(ApiErrors::Provider::Vapi,
                                QStringLiteral("the phone-number list is not a list"));
                    call->succeed(std::move(page->items));
                    return std::nullopt;
                },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle VapiClient::listAllPhoneNumbers(
        QObject *context, ApiCallback<QList<PhoneNumber>> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QList<PhoneNumber>>(call, std::nullopt, [this](auto *call) {
        d->pagePhoneNumbers(
                call, {}, [call](QList<PhoneNumber> all) { call->succeed(std::move(all)); },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle VapiClient::listPhoneNumbersChangedSince(
        const QDateTime &since, QObject *context, ApiCallback<QList<PhoneNumber>> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QList<PhoneNumber>>(call, std::nullopt, [this, since](auto *call) {
        d->pagePhoneNumbers(
                call, {}, [call](QList<PhoneNumber> all) { call->succeed(std::move(all)); },
                [call](ApiError error) { call->fail(std::move(error)); }, since);
    });
}

ApiCallHandle VapiClient::searchPhoneNumbers(
        const QString &search, QObject *context, ApiCallback<QList<PhoneNumber>> done)
{
    auto *call = d->newCall(context, std::move(done));
    // Vapi refuses a search longer than 100 characters; an empty one would list everything.
    const std::optional<ApiError> refusal = search.trimmed().isEmpty() || search.size() > 100
            ? std::optional(
                    ApiErrors::refused(tr("A phone-number search needs 1 to 100 characters.")))
            : std::nullopt;
    return d->start<QList<PhoneNumber>>(call, refusal, [this, search](auto *call) {
        d->pagePhoneNumbers(
                call, search, [call](QList<PhoneNumber> all) { call->succeed(std::move(all)); },
                [call](ApiError error) { call->fail(std::move(error)); });
    });
}

ApiCallHandle VapiClient::getPhoneNumber(
        const QString &id, QObject *context, ApiCallback<PhoneNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<PhoneNumber>(
            call, InputChecks::vapiId(id, tr("phone number")), [this, id](auto *call) {
                d->getOne<PhoneNumber>(call,
                        d->factory.url(u"/phone-number/" + RequestEncoding::segment(id)),
                        VapiJson::phoneNumberFromBody);
            });
}

ApiCallHandle VapiClient::createFreeNumber(
        const VapiFreeNumberRequest &request, QObject *context, ApiCallback<PhoneNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    PhoneAddress sipAddress;
    const std::optional<ApiError> refusal
            = InputChecks::freeNumber(request, d->sipHost(), &sipAddress);
    VapiFreeNumberRequest sent = request;
    // A number by area code has nothing unique until Vapi picks it: tag the request with a name
    // to find it again (a caller's own name is not unique, so look before creating too).
    const bool generatedName = sent.sipUri.isEmpty() && sent.name.isEmpty();
    if (generatedName)
        sent.name = u"Switchboard " + newTag().left(8);
    if (sipAddress.isValid())
        sent.sipUri = sipAddress.toString();
    return d->start<PhoneNumber>(
            call, refusal, [this, sent, sipAddress, generatedName](TypedCall<PhoneNumber> *call) {
                CreateSpec<PhoneNumber> spec;
                spec.post = RestRequest{"POST", d->factory.url(QStringLiteral("/phone-number")),
                        json(VapiJson::createFreeNumberBody(sent)), false, false, {}};
                spec.parse = [](const RestReply &reply) {
                    return VapiJson::phoneNumberFromBody(reply.body);
                };
                spec.idOf = [](const PhoneNumber &n) { return n.id; };
                spec.baseline = !sipAddress.isValid() && !generatedName && !sent.nameIsUnique;
                const QString search = sipAddress.isValid() ? sipAddress.toString() : sent.name;
                spec.lookup = [this, call, search, sipAddress, name = sent.name](
                                      auto found, const RestCall::Fail &failed) {
                    d->pagePhoneNumbers(
                            call, search,
                            [found, sipAddress, name](const QList<PhoneNumber> &all) {
                                QList<PhoneNumber> matching;
                                for (const PhoneNumber &n : all) {
                                    const bool same = sipAddress.isValid()
                                            ? n.address == sipAddress
                                            : n.name == name && n.provider == NumberProvider::Vapi;
                                    if (same)
                                        matching.append(n);
                                }
                                found(matching);
                            },
                            failed);
                };
                CreateFlow<PhoneNumber>::run(call, std::move(spec));
            });
}

ApiCallHandle VapiClient::importTwilioNumber(
        const VapiTwilioImportRequest &request, QObject *context, ApiCallback<PhoneNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    PhoneAddress number;
    const std::optional<ApiError> refusal = InputChecks::twilioImport(request, &number);
    VapiTwilioImportRequest sent = request;
    if (number.isValid())
        sent.number = number.toString();
    return d->start<PhoneNumber>(call, refusal, [this, sent, number](TypedCall<PhoneNumber> *call) {
        CreateSpec<PhoneNumber> spec;
        spec.post = RestRequest{"POST", d->factory.url(QStringLiteral("/phone-number")),
                json(VapiJson::importTwilioBody(sent)), false, false,
                {sent.twilioAuthToken, sent.twilioApiSecret}};
        spec.parse
                = [](const RestReply &reply) { return VapiJson::phoneNumberFromBody(reply.body); };
        spec.idOf = [](const PhoneNumber &n) { return n.id; };
        // Vapi's search is a partial match on name, number or SIP URI: the digits find the
        // number whether or not it was stored with its "+".
        const QString digits = number.toString().mid(1);
        // The number alone is not proof that this request imported it (another request may
        // have): with a name, the name must match too.
        spec.lookup = [this, call, digits, number, name = sent.name](
                              auto found, const RestCall::Fail &failed) {
            d->pagePhoneNumbers(
                    call, digits,
                    [found, number, name](const QList<PhoneNumber> &all) {
                        QList<PhoneNumber> matching;
                        for (const PhoneNumber &n : all) {
                            // Listings may mask the number ("+165****8621"): the search by
                            // the whole digits ran on the real one, so a masked number that
                            // admits them is it; only a different one is not.
                            if (n.matchAddress(number) != PhoneNumber::Match::Different
                                    && n.provider == NumberProvider::Twilio
                                    && (name.isEmpty() || n.name == name))
                                matching.append(n);
                        }
                        found(matching);
                    },
                    failed);
        };
        CreateFlow<PhoneNumber>::run(call, std::move(spec));
    });
}

ApiCallHandle VapiClient::updatePhoneNumber(const QString &id, const VapiPhoneNumberPatch &patch,
        QObject *context, ApiCallback<PhoneNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    std::optional<ApiError> refusal = InputChecks::vapiId(id, tr("phone number"));
    if (!refusal && numberProviderFromString(patch.provider) == NumberProvider::Unknown)
        refusal = ApiErrors::refused(
                tr("The phone number's provider \"%1\" is not one Vapi knows; send the "
                   "number's current provider (vapi, twilio, vonage, telnyx or "
                   "byo-phone-number).")
                        .arg(patch.provider));
    if (!refusal)
        refusal = InputChecks::vapiName(patch.name);
    VapiPhoneNumberPatch sent = patch;
    sent.provider = patch.provider.toLower();
    return d->start<PhoneNumber>(call, refusal, [this, id, sent](auto *call) {
        d->modify<PhoneNumber>(call, "PATCH", id,
                d->factory.url(u"/phone-number/" + RequestEncoding::segment(id)),
                json(VapiJson::updatePhoneNumberBody(sent)), VapiJson::phoneNumberFromBody);
    });
}

ApiCallHandle VapiClient::deletePhoneNumber(
        const QString &id, QObject *context, ApiCallback<PhoneNumber> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<PhoneNumber>(
            call, InputChecks::vapiId(id, tr("phone number")), [this, id](auto *call) {
                d->modify<PhoneNumber>(call, "DELETE", id,
                        d->factory.url(u"/phone-number/" + RequestEncoding::segment(id)), {},
                        VapiJson::phoneNumberFromBody);
            });
}

ApiCallHandle VapiClient::fetchOrgId(QObject *context, ApiCallback<QString> done)
{
    auto *call = d->newCall(context, std::move(done));
    return d->start<QString>(call, std::nullopt, [this](TypedCall<QString> *call) {
        d->firstOrgId(call, {QStringLiteral("/phone-number"), QStringLiteral("/assistant")});
    });
}

} // namespace Switchboard
