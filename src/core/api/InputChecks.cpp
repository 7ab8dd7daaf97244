// SPDX-License-Identifier: Apache-2.0
#include "core/api/InputChecks.h"

#include "core/api/ApiErrors.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace Switchboard::InputChecks {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct InputChecksText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::InputChecks)
};

bool isDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isAreaCode(const QString &text)
{
    return text.size() == 3 && isDigits(text);
}

} // namespace

bool isSid(const QString &text, QLatin1String prefix)
{
    if (text.size() != 34 || !text.startsWith(prefix))
        return false;
    return std::all_of(text.begin() + 2, text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

std::optional<ApiError> vapiId(const QString &id, const QString &what)
{
    if (id.size() == 36 && !QUuid::fromString(id).isNull())
        return std::nullopt;
    return ApiErrors::refused(
            InputChecksText::tr("The %1 id \"%2\" is not a Vapi id; it must be a UUID such as "
                                "3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.")
                    .arg(what, id.left(60)));
}

std::optional<ApiError> vapiName(const std::optional<QString> &name)
{
    if (!name || name->size() <= VapiNameMaxLength)
        return std::nullopt;
    return ApiErrors::refused(InputChecksText::tr(
            "The name \"%1\" is %2 characters long; Vapi allows at most 40, so shorten it.")
                                      .arg(*name)
                                      .arg(name->size()));
}

std::optional<ApiError> freeNumber(
        const VapiFreeNumberRequest &request, const QString &sipHost, PhoneAddress *sipAddress)
{
    // A number (in an area code, or anywhere when none is given) or a SIP URI, not both.
    const bool byAreaCode = !request.areaCode.isEmpty();
    if (byAreaCode && !request.sipUri.isEmpty())
        return ApiErrors::refused(
                InputChecksText::tr("A free Vapi number takes an area code or a SIP URI, not "
                                    "both; leave one of them empty."));
    if (request.sipUri.isEmpty()) {
        if (!byAreaCode)
            return std::nullopt;
        if (!isAreaCode(request.areaCode))
            return ApiErrors::refused(InputChecksText::tr(
                    "The area code \"%1\" must be exactly three digits, such as 415.")
                                              .arg(request.areaCode));
    } else {
        QString why;
        *sipAddress = PhoneAddress::fromSipUri(request.sipUri, &why);
        if (!sipAddress->isValid())
            return ApiErrors::refused(
                    InputChecksText::tr("The SIP URI is not usable: %1.").arg(why));
        if (!sipHost.isEmpty() && sipAddress->sipHost() != sipHost)
            return ApiErrors::refused(
                    InputChecksText::tr("The SIP URI must be on %1 for this account's region, "
                                        "as in sip:%2@%1.")
                            .arg(sipHost, sipAddress->sipUser()));
    }
    return vapiName(request.name);
}

std::optional<ApiError> twilioImport(const VapiTwilioImportRequest &request, PhoneAddress *number)
{
    QString why;
    *number = PhoneAddress::fromNumber(request.number, {}, &why);
    if (!number->isValid())
        return ApiErrors::refused(
                InputChecksText::tr("The number to import is not usable: %1.").arg(why));
    if (!isSid(request.twilioAccountSid, QLatin1String("AC")))
        return ApiErrors::refused(
                InputChecksText::tr("The Twilio Account SID must be AC followed by 32 hex "
                                    "digits; copy it from the Twilio console."));
    const bool byToken = !request.twilioAuthToken.isEmpty();
    const bool byKey = !request.twilioApiKey.isEmpty() || !request.twilioApiSecret.isEmpty();
    if (byToken == byKey)
        return ApiErrors::refused(
                InputChecksText::tr("Importing a Twilio number needs either the auth token or "
                                    "an API key with its secret (exactly one of the two)."));
    if (byKey
            && (!isSid(request.twilioApiKey, QLatin1String("SK"))
                    || request.twilioApiSecret.isEmpty()))
        return ApiErrors::refused(
                InputChecksText::tr("The Twilio API key must be SK followed by 32 hex digits, "
                                    "and its secret must not be empty."));
    return vapiName(request.name);
}

std::optional<ApiError> twilioCredentials(
        const QString &accountSid, const QString &username, const QString &secret)
{
    if (!isSid(accountSid, QLatin1String("AC")))
        return ApiErrors::refused(
                InputChecksText::tr("The Twilio Account SID must be AC followed by 32 hex "
                                    "digits; copy it from the Twilio console."));
    if (!isSid(username, QLatin1String("AC")) && !isSid(username, QLatin1String("SK")))
        return ApiErrors::refused(
                InputChecksText::tr("The Twilio user must be an Account SID (AC…) or an API "
                                    "key SID (SK…), 34 characters long."));
    if (secret.isEmpty())
        return ApiErrors::refused(
                InputChecksText::tr("The Twilio auth token or API key secret is empty; paste "
                                    "it from the Twilio console."));
    return std::nullopt;
}

std::optional<ApiError> twilioNumberSid(const QString &sid)
{
    if (isSid(sid, QLatin1String("PN")))
        return std::nullopt;
    return ApiErrors::refused(
            InputChecksText::tr("\"%1\" is not a Twilio phone number SID; it must be PN "
                                "followed by 32 hex digits.")
                    .arg(sid.left(60)));
}

std::optional<ApiError> twilioFriendlyName(const QString &name)
{
    if (name.size() <= 64)
        return std::nullopt;
    return ApiErrors::refused(
            InputChecksText::tr("The friendly name is %1 characters long; Twilio allows at "
                                "most 64, so shorten it.")
                    .arg(name.size()));
}

std::optional<ApiError> twilioBuy(const TwilioBuyRequest &request, PhoneAddress *number)
{
    const bool byNumber = !request.phoneNumber.isEmpty();
    if (byNumber == !request.areaCode.isEmpty())
        return ApiErrors::refused(
                InputChecksText::tr("Buying a Twilio number needs either the number or an area "
                                    "code (exactly one of the two)."));
    if (byNumber) {
        QString why;
        *number = PhoneAddress::fromNumber(request.phoneNumber, {}, &why);
        if (!number->isValid())
            return ApiErrors::refused(
                    InputChecksText::tr("The number to buy is not usable: %1.").arg(why));
    } else if (!isAreaCode(request.areaCode)) {
        return ApiErrors::refused(InputChecksText::tr(
                "The area code \"%1\" must be exactly three digits, such as 415.")
                                          .arg(request.areaCode));
    }
    return twilioFriendlyName(request.friendlyName);
}

std::optional<ApiError> twilioAvailable(const TwilioAvailableFilter &filter)
{
    const QString country = filter.countryCode;
    const bool letters = std::all_of(country.begin(), country.end(),
            [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
    if (country.size() != 2 || !letters)
        return ApiErrors::refused(
                InputChecksText::tr("The country \"%1\" must be a two-letter ISO code such as "
                                    "US or GB.")
                        .arg(country));
    if (!filter.areaCode.isEmpty() && !isAreaCode(filter.areaCode))
        return ApiErrors::refused(InputChecksText::tr(
                "The area code \"%1\" must be exactly three digits, such as 415.")
                                          .arg(filter.areaCode));
    if (!filter.contains.isEmpty()) {
        static const QString allowed = QStringLiteral("*%+$");
        const bool ok = std::all_of(filter.contains.begin(), filter.contains.end(), [](QChar c) {
            return c.isLetterOrNumber() && c.unicode() < 128 ? true : allowed.contains(c);
        });
        if (filter.contains.size() < 2 || filter.contains.size() > 16 || !ok)
            return ApiErrors::refused(
                    InputChecksText::tr("\"Contains\" must be 2 to 16 letters or digits (with * "
                                        "for any one character), such as 555 or *PIZZA*."));
    }
    return std::nullopt;
}

} // namespace Switchboard::InputChecks
