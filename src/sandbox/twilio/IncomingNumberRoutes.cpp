// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/IncomingNumberRoutes.h"

#include "sandbox/twilio/IncomingNumberSettings.h"
#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/twilio/TwilioJson.h"
#include "sandbox/twilio/TwilioPage.h"
#include "sandbox/twilio/TwilioRequest.h"
#include "sandbox/world/Inventory.h"
#include "sandbox/world/SandboxState.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Switchboard::Sandbox {
namespace {

const QString kAccountSid = QStringLiteral("AccountSid");
const QString kSid = QStringLiteral("Sid");

// Twilio's test numbers (https://www.twilio.com/docs/iam/test-credentials).
const QString magicAvailable = QStringLiteral("+15005550006");
const QString magicUnavailable = QStringLiteral("+15005550000");
const QString magicInvalid = QStringLiteral("+15005550001");

HttpResponse numberResponse(
        int status, const TwilioAccountRecord &account, const IncomingNumberRecord &number)
{
    return HttpResponse::json(status,
            QJsonDocument(TwilioJson::incomingNumber(account.sid, number))
                    .toJson(QJsonDocument::Compact));
}

qsizetype findNumber(const TwilioAccountRecord &account, const QString &sid)
{
    for (qsizetype i = 0; i < account.numbers.size(); ++i) {
        if (account.numbers.at(i).sid == sid)
            return i;
    }
    return -1;
}

// PhoneNumber filter: a full or partial number, "*" for any one digit; a leading "+" anchors
// it at the start.
QRegularExpression phoneNumberPattern(const QString &filter)
{
    const QString trimmed = filter.trimmed();
    QString pattern = trimmed.startsWith(u'+') ? QStringLiteral("^") : QString();
    for (const QChar c : trimmed)
        pattern += c == u'*' ? QStringLiteral("[0-9]") : QRegularExpression::escape(QString(c));
    return QRegularExpression(pattern);
}

} // namespace

IncomingNumberRoutes::IncomingNumberRoutes(SandboxState &state)
    : m_state(state)
{ }

void IncomingNumberRoutes::addTo(RouteTable &table)
{
    const QString collection
            = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json");
    const QString item
            = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json");
    table.add("GET", collection, [this](const HttpRequest &request, const PathParameters &p) {
        return list(request, p.value(kAccountSid));
    });
    table.add("POST", collection, [this](const HttpRequest &request, const PathParameters &p) {
        return buy(request, p.value(kAccountSid));
    });
    table.add("GET", item, [this](const HttpRequest &request, const PathParameters &p) {
        return fetch(request, p.value(kAccountSid), p.value(kSid));
    });
    table.add("POST", item, [this](const HttpRequest &request, const PathParameters &p) {
        return update(request, p.value(kAccountSid), p.value(kSid));
    });
    table.add("DELETE", item, [this](const HttpRequest &request, const PathParameters &p) {
        return release(request, p.value(kAccountSid), p.value(kSid));
    });
}

HttpResponse IncomingNumberRoutes::list(const HttpRequest &request, const QString &accountSid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    const TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error);
    if (!account)
        return error;

    const FormFields query = FormFields::parse(request.rawQuery);
    const QString friendlyName = query.value(QStringLiteral("FriendlyName"));
    const bool byName = query.contains(QStringLiteral("FriendlyName"));
    const bool byNumber = query.contains(QStringLiteral("PhoneNumber"));
    const QRegularExpression numberPattern
            = phoneNumberPattern(query.value(QStringLiteral("PhoneNumber")));
    const QString origin = query.value(QStringLiteral("Origin"));
    QList<const IncomingNumberRecord *> matching;
    for (const IncomingNumberRecord &number : account->numbers) {
        if (byName && number.friendlyName != friendlyName)
            continue;
        if (byNumber && !numberPattern.match(number.phoneNumber).hasMatch())
            continue;
        if (!origin.isEmpty() && origin != QLatin1String("twilio"))
            continue;
        matching.append(&number);
    }

    TwilioPage page(request.path, query,
            {QStringLiteral("FriendlyName"), QStringLiteral("PhoneNumber"), QStringLiteral("Beta"),
                    QStringLiteral("Origin")});
    page.select(matching.size(), [&](qsizetype i) { return matching.at(i)->sid; });
    QJsonArray items;
    for (qsizetype i = page.first(); i < page.first() + page.count(); ++i)
        items.append(TwilioJson::incomingNumber(account->sid, *matching.at(i)));
    return HttpResponse::json(200,
            QJsonDocument(page.envelope(QStringLiteral("incoming_phone_numbers"), items))
                    .toJson(QJsonDocument::Compact));
}

QString IncomingNumberRoutes::chooseNumber(const FormFields &form, HttpResponse *error) const
{
    if (form.contains(QStringLiteral("PhoneNumber"))) {
        const QString text = form.value(QStringLiteral("PhoneNumber")).trimmed();
        if (text == magicUnavailable) {
            *error = TwilioErrors::numberNotAvailable(text);
            return {};
        }
        const PhoneAddress address = PhoneAddress::fromNumber(text);
        if (text == magicInvalid || !address.isValid()) {
            *error = TwilioErrors::error(400, 21421, QStringLiteral("PhoneNumber is invalid."));
            return {};
        }
        QString e164 = address.toString();
        const bool forSale = e164 == magicAvailable || m_state.inventoryEntry(e164);
        if (!forSale || m_state.isNumberInUse(e164)) {
            *error = TwilioErrors::numberNotAvailable(e164);
            return {};
        }
        return e164;
    }
    if (form.contains(QStringLiteral("AreaCode"))) {
        const QString areaCode = form.value(QStringLiteral("AreaCode")).trimmed();
        if (areaCode == QLatin1String("533")) {
            *error = TwilioErrors::noNumbersFound(areaCode);
            return {};
        }
        if (areaCode == QLatin1String("500") && !m_state.isNumberInUse(magicAvailable))
            return magicAvailable;
        if (!Validation::isAreaCode(areaCode)) {
            *error = TwilioErrors::error(400, 21451, QStringLiteral("Invalid area code."));
            return {};
        }
        for (const InventoryNumber &candidate : m_state.inventory()) {
            if (candidate.type == QLatin1String("local")
                    && candidate.isoCountry == QLatin1String("US")
                    && candidate.phoneNumber.mid(2, 3) == areaCode
                    && !m_state.isNumberInUse(candidate.phoneNumber))
                return candidate.phoneNumber;
        }
        *error = TwilioErrors::noNumbersFound(areaCode);
        return {};
    }
    *error = TwilioErrors::error(400, 20001,
            QStringLiteral("A PhoneNumber or an AreaCode is required to buy a number."));
    return {};
}

HttpResponse IncomingNumberRoutes::buy(const HttpRequest &request, const QString &accountSid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error);
    if (!account)
        return error;
    // A trial account (type "Trial" in the world file; a subaccount of a trial account is one
    // too) may own one number: Twilio refuses the second purchase with 21404.
    const TwilioAccountRecord *main = m_state.twilioAccount(account->mainAccountSid());
    const bool trial = account->type == QLatin1String("Trial")
            || (main && main->type == QLatin1String("Trial"));
    if (trial && !account->numbers.isEmpty())
        return TwilioErrors::trialAccountLimit();
    const FormFields form = TwilioRequest::form(request);
    const QString e164 = chooseNumber(form, &error);
    if (e164.isEmpty())
        return error;

    IncomingNumberRecord number;
    number.phoneNumber = e164;
    number.friendlyName = Inventory::friendlyName(e164);
    if (const InventoryNumber *entry = m_state.inventoryEntry(e164)) {
        number.type = entry->type;
        number.voice = entry->voice;
        number.sms = entry->sms;
        number.mms = entry->mms;
        number.fax = entry->fax;
    }
    if (!IncomingNumberSettings::apply(form, &number, &error))
        return error;
    number.sid = m_state.newSid(QStringLiteral("PN"));
    number.dateCreated = number.dateUpdated = m_state.now();
    const IncomingNumberRecord &added = m_state.addIncomingNumber(*account, number);
    m_state.notifyChanged();
    return numberResponse(201, *account, added);
}

HttpResponse IncomingNumberRoutes::fetch(
        const HttpRequest &request, const QString &accountSid, const QString &sid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    const TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error);
    if (!account)
        return error;
    const qsizetype index = findNumber(*account, sid);
    if (index < 0)
        return TwilioErrors::notFound(request.path);
    return numberResponse(200, *account, account->numbers.at(index));
}

HttpResponse IncomingNumberRoutes::update(
        const HttpRequest &request, const QString &accountSid, const QString &sid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error);
    if (!account)
        return error;
    const qsizetype index = findNumber(*account, sid);
    if (index < 0)
        return TwilioErrors::notFound(request.path);
    const FormFields form = TwilioRequest::form(request);
    IncomingNumberRecord number = account->numbers.at(index);
    if (!IncomingNumberSettings::apply(form, &number, &error))
        return error;

    // AccountSid moves the number to another account of the same main account; only the
    // main account's own credentials may do that.
    const QString target = form.value(QStringLiteral("AccountSid"));
    TwilioAccountRecord *destination = account;
    if (!target.isEmpty() && target != account->sid) {
        destination = m_state.twilioAccount(target);
        const bool parentCredentials = !principal.viaApiKey && !principal.account->isSubaccount()
                && principal.account->sid == account->mainAccountSid();
        if (!parentCredentials)
            return TwilioErrors::error(400, 21474,
                    QStringLiteral(
                            "API User must be the parent account to transfer phone numbers."));
        if (!destination || destination->mainAccountSid() != principal.account->sid)
            return TwilioErrors::error(400, 20001,
                    QStringLiteral("AccountSid ") + target
                            + QStringLiteral(" is not an account of the same main account."));
    }
    number.dateUpdated = m_state.now();
    if (destination == account) {
        account->numbers[index] = number;
        m_state.notifyChanged();
        return numberResponse(200, *account, account->numbers.at(index));
    }
    m_state.removeIncomingNumber(*account, index);
    const IncomingNumberRecord &moved = m_state.addIncomingNumber(*destination, number);
    m_state.notifyChanged();
    return numberResponse(200, *destination, moved);
}

HttpResponse IncomingNumberRoutes::release(
        const HttpRequest &request, const QString &accountSid, const QString &sid)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    TwilioAccountRecord *account
            = TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error);
    if (!account)
        return error;
    const qsizetype index = findNumber(*account, sid);
    if (index < 0)
        return TwilioErrors::notFound(request.path);
    // The number goes back to Twilio: available again if it came from the inventory.
    m_state.removeIncomingNumber(*account, index);
    m_state.notifyChanged();
    return HttpResponse::empty(204);
}

} // namespace Switchboard::Sandbox
