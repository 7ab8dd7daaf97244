// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/AvailableNumberRoutes.h"

#include "sandbox/twilio/TwilioErrors.h"
#include "sandbox/twilio/TwilioJson.h"
#include "sandbox/twilio/TwilioPage.h"
#include "sandbox/twilio/TwilioRequest.h"
#include "sandbox/world/SandboxState.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstring>

namespace Switchboard::Sandbox {
namespace {

// Letters on a telephone keypad.
QChar keypadDigit(QChar letter)
{
    static const char *keys[] = {"abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    const char lower = letter.toLower().toLatin1();
    for (int i = 0; i < 8; ++i) {
        if (std::strchr(keys[i], lower))
            return QChar(u'2' + i);
    }
    return letter;
}

// Contains: 2 to 16 of digits, letters, "*" (one digit) and "%" (any digits); a leading "+"
// anchors at the start and a trailing "$" at the end. Invalid: an invalid expression.
QRegularExpression containsPattern(const QString &contains)
{
    QString text = contains;
    QString pattern;
    if (text.startsWith(u'+')) {
        pattern = QStringLiteral("^\\+");
        text.remove(0, 1);
    }
    const bool anchoredEnd = text.endsWith(u'$');
    if (anchoredEnd)
        text.chop(1);
    if (text.size() < 2 || text.size() > 16)
        return QRegularExpression(QStringLiteral("("));
    for (const QChar c : text) {
        if (c.isDigit())
            pattern += c;
        else if (c == u'*')
            pattern += QStringLiteral("[0-9]");
        else if (c == u'%')
            pattern += QStringLiteral("[0-9]*");
        else if (c.isLetter() && c.unicode() < 128)
            pattern += keypadDigit(c);
        else
            return QRegularExpression(QStringLiteral("("));
    }
    if (anchoredEnd)
        pattern += u'$';
    return QRegularExpression(pattern);
}

QString inventoryType(const QString &pathType)
{
    if (pathType == QLatin1String("Local"))
        return QStringLiteral("local");
    if (pathType == QLatin1String("TollFree"))
        return QStringLiteral("toll-free");
    if (pathType == QLatin1String("Mobile"))
        return QStringLiteral("mobile");
    return {};
}

} // namespace

AvailableNumberRoutes::AvailableNumberRoutes(SandboxState &state)
    : m_state(state)
{ }

void AvailableNumberRoutes::addTo(RouteTable &table)
{
    table.add("GET",
            QStringLiteral("/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{Country}/"
                           "{Type}.json"),
            [this](const HttpRequest &request, const PathParameters &p) {
                return search(request, p.value(QStringLiteral("AccountSid")),
                        p.value(QStringLiteral("Country")), p.value(QStringLiteral("Type")));
            });
}

HttpResponse AvailableNumberRoutes::search(const HttpRequest &request, const QString &accountSid,
        const QString &country, const QString &pathType)
{
    HttpResponse error;
    const auto principal = TwilioRequest::authenticate(m_state, request, &error);
    if (!principal.account)
        return error;
    if (!TwilioRequest::pathAccount(m_state, principal, accountSid, request, &error))
        return error;
    const QString type = inventoryType(pathType);
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (type.isEmpty() || !countryCode.match(country).hasMatch())
        return TwilioErrors::notFound(request.path);

    const FormFields query = FormFields::parse(request.rawQuery);
    const QString areaCode = query.value(QStringLiteral("AreaCode"));
    static const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
    if (query.contains(QStringLiteral("AreaCode")) && !threeDigits.match(areaCode).hasMatch())
        return TwilioErrors::error(400, 21451, QStringLiteral("Invalid area code."));
    const bool byContains = query.contains(QStringLiteral("Contains"));
    const QRegularExpression contains = containsPattern(query.value(QStringLiteral("Contains")));
    if (byContains && !contains.isValid())
        return TwilioErrors::error(400, 20001,
                QStringLiteral("Contains must be 2 to 16 digits, letters, '*' or '%', optionally "
                               "starting with '+' or ending with '$'."));
    const QString region = query.value(QStringLiteral("InRegion"));
    const QString locality = query.value(QStringLiteral("InLocality"));
    const QString postalCode = query.value(QStringLiteral("InPostalCode"));
    // A capability filter set to true shows only numbers that have it; false filters nothing
    // (twilio/twilio-node#344: the flags are never meant the other way round).
    const auto wants = [&query](const char *name) {
        return query.value(QString::fromLatin1(name)).compare(u"true", Qt::CaseInsensitive) == 0;
    };
    const bool voiceOnly = wants("VoiceEnabled");
    const bool smsOnly = wants("SmsEnabled");
    const bool mmsOnly = wants("MmsEnabled");
    const bool faxOnly = wants("FaxEnabled");

    QList<const InventoryNumber *> matching;
    for (const InventoryNumber &number : m_state.inventory()) {
        if (matching.size() >= AvailableNumberRoutes::maximumResults)
            break;
        if (number.type != type || number.isoCountry != country
                || m_state.isNumberInUse(number.phoneNumber))
            continue;
        if (!areaCode.isEmpty() && number.phoneNumber.mid(2, 3) != areaCode)
            continue;
        if (byContains && !contains.match(number.phoneNumber).hasMatch())
            continue;
        if (!region.isEmpty() && number.region.compare(region, Qt::CaseInsensitive) != 0)
            continue;
        if (!locality.isEmpty() && number.locality.compare(locality, Qt::CaseInsensitive) != 0)
            continue;
        if (!postalCode.isEmpty() && number.postalCode != postalCode)
            continue;
        if ((voiceOnly && !number.voice) || (smsOnly && !number.sms) || (mmsOnly && !number.mms)
                || (faxOnly && !number.fax))
            continue;
        matching.append(&number);
    }

    TwilioPage page(request.path, query,
            {QStringLiteral("AreaCode"), QStringLiteral("Contains"), QStringLiteral("InRegion"),
                    QStringLiteral("InLocality"), QStringLiteral("InPostalCode"),
                    QStringLiteral("VoiceEnabled"), QStringLiteral("SmsEnabled"),
                    QStringLiteral("MmsEnabled"), QStringLiteral("FaxEnabled")});
    page.select(matching.size(), [&](qsizetype i) { return matching.at(i)->phoneNumber; });
    QJsonArray items;
    for (qsizetype i = page.first(); i < page.first() + page.count(); ++i)
        items.append(TwilioJson::availableNumber(*matching.at(i)));
    QJsonObject body = page.envelope(QStringLiteral("available_phone_numbers"), items);
    // One capped answer: no page follows, whatever the page size.
    body.insert(QStringLiteral("next_page_uri"), QJsonValue::Null);
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Switchboard::Sandbox
