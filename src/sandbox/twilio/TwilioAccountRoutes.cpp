// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioAccountRoutes.h"

#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/twilio/TwilioJson.h"
#include "sandbox/twilio/TwilioPage.h"
#include "sandbox/twilio/TwilioRequest.h"
#include "sandbox/world/SandboxState.h"

#include <QJsonDocument>
#include <QLocale>

namespace Switchboard::Sandbox {
namespace {

HttpResponse compact(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TwilioAccountRoutes::TwilioAccountRoutes(SandboxState &state)
    : m_state(state)
{ }

void TwilioAccountRoutes::addTo(RouteTable &table)
{
    table.add("GET", QStringLiteral("/2010-04-01/Accounts.json"),
            [this](const HttpRequest &request, const PathParameters &) { return list(request); });
    table.add("POST", QStringLiteral("/2010-04-01/Accounts.json"),
            [this](const HttpRequest &request, const PathParameters &) { return create(request); });
    table.add("GET", QStringLiteral("/2010-04-01/Accounts/{Sid}.json"),
            [this](const HttpRequest &request, const PathParameters &parameters) {
                return fetch(request, parameters.value(QStringLiteral("Sid")));
            });
}

HttpResponse TwilioAccountRoutes::list(const HttpRequest &request)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    if (principal.viaApiKey)
        return TwilioErrors::authenticate();

    const FormFields query = FormFields::parse(request.rawQuery);
    const QString friendlyName = query.value(QStringLiteral("FriendlyName"));
    const QString status = query.value(QStringLiteral("Status"));
    QList<const TwilioAccountRecord *> matching;
    for (const TwilioAccountRecord &account : m_state.world().twilioAccounts) {
        if (!TwilioCredentials::mayAccess(principal, account))
            continue;
        if (!friendlyName.isEmpty() && account.friendlyName != friendlyName)
            continue;
        if (!status.isEmpty() && account.status != status)
            continue;
        matching.append(&account);
    }
    TwilioPage page(
            request.path, query, {QStringLiteral("FriendlyName"), QStringLiteral("Status")});
    page.select(matching.size(), [&](qsizetype i) { return matching.at(i)->sid; });
    QJsonArray items;
    for (qsizetype i = page.first(); i < page.first() + page.count(); ++i)
        items.append(TwilioJson::account(*matching.at(i), false));
    return compact(200, page.envelope(QStringLiteral("accounts"), items));
}

HttpResponse TwilioAccountRoutes::create(const HttpRequest &request)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    if (principal.viaApiKey || principal.account->isSubaccount())
        return TwilioErrors::authenticate();

    const FormFields form = TwilioRequest::form(request);
    TwilioAccountRecord account;
    account.sid = m_state.newSid(QStringLiteral("AC"));
    account.authToken = m_state.newSecret();
    account.ownerAccountSid = principal.account->sid;
    account.dateCreated = account.dateUpdated = m_state.now();
    account.friendlyName = form.value(QStringLiteral("FriendlyName"));
    if (account.friendlyName.isEmpty()) {
        account.friendlyName = QStringLiteral("SubAccount Created at ")
                + QLocale::c().toString(account.dateCreated, QStringLiteral("yyyy-MM-dd hh:mm ap"));
    }
    const TwilioAccountRecord &added = m_state.addSubaccount(account);
    m_state.notifyChanged();
    return compact(201, TwilioJson::account(added, true));
}

HttpResponse TwilioAccountRoutes::fetch(const HttpRequest &request, const QString &sid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    // Standard API keys may not call /Accounts (twilio.com/docs/iam/api-keys/keys-in-console).
    // The answer is the one for wrong credentials, 401 with 20003 "Authenticate", as reported
    // by users of the helper libraries (twilio/twilio-python#259, twilio/twilio-cli#146); not
    // checked against a live account. This sandbox knows Standard keys only (no Main keys).
    if (principal.viaApiKey)
        return TwilioErrors::authenticate();
    const TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, sid, request, &error);
    if (!account)
        return error;
    return compact(200, TwilioJson::account(*account, false));
}

} // namespace Switchboard::Sandbox
