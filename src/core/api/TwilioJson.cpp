// SPDX-License-Identifier: Apache-2.0
#include "core/api/TwilioJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::TwilioJson {
namespace {

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

TwilioCapabilities capabilities(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    TwilioCapabilities result;
    // Twilio sends booleans; some older answers sent "true"/"false" strings. The keys are
    // lower case on IncomingPhoneNumbers but "voice", "SMS", "MMS" on AvailablePhoneNumbers
    // (twilio/twilio-node#553, #833), whatever the spec's example says: any case is taken.
    const auto flag = [&object](QLatin1String key) {
        QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
                    v = it.value();
                    break;
                }
            }
        }
        return v.isString() ? v.toString() == u"true" : v.toBool();
    };
    result.voice = flag(QLatin1String("voice"));
    result.sms = flag(QLatin1String("sms"));
    result.mms = flag(QLatin1String("mms"));
    result.fax = flag(QLatin1String("fax"));
    return result;
}

template<typename T, typename Parse>
std::optional<Page<T>> page(const QByteArray &body, QLatin1String listKey, Parse parse)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(listKey).isArray())
        return std::nullopt;
    Page<T> result;
    const QJsonArray items = object->value(listKey).toArray();
    result.items.reserve(items.size());
    for (const QJsonValue item : items) {
        if (std::optional<T> parsed = parse(item))
            result.items.append(std::move(*parsed));
    }
    result.nextPageUri = text(*object, QLatin1String("next_page_uri"));
    return result;
}

std::optional<TwilioNewSubaccount> accountWithToken(const QJsonValue &value)
{
    std::optional<TwilioAccountInfo> info = account(value);
    if (!info)
        return std::nullopt;
    return TwilioNewSubaccount{
            *info, value.toObject().value(QLatin1String("auth_token")).toString()};
}

} // namespace

QDateTime dateTime(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!result.isValid())
        result = QDateTime::fromString(s, Qt::ISODate);
    return result.toUTC();
}

std::optional<TwilioAccountInfo> account(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    TwilioAccountInfo result;
    result.sid = text(object, QLatin1String("sid"));
    if (result.sid.isEmpty())
        return std::nullopt;
    result.friendlyName = text(object, QLatin1String("friendly_name"));
    result.status = text(object, QLatin1String("status"));
    result.type = text(object, QLatin1String("type"));
    result.ownerAccountSid = text(object, QLatin1String("owner_account_sid"));
    result.dateCreated = dateTime(object.value(QLatin1String("date_created")));
    return result;
}

std::optional<TwilioIncomingNumber> incomingNumber(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    TwilioIncomingNumber result;
    result.sid = text(object, QLatin1String("sid"));
    if (result.sid.isEmpty())
        return std::nullopt;
    result.accountSid = text(object, QLatin1String("account_sid"));
    result.phoneNumber = PhoneAddress::fromNumber(text(object, QLatin1String("phone_number")));
    result.friendlyName = text(object, QLatin1String("friendly_name"));
    result.voiceUrl = text(object, QLatin1String("voice_url"));
    result.smsUrl = text(object, QLatin1String("sms_url"));
    result.voiceApplicationSid = text(object, QLatin1String("voice_application_sid"));
    result.trunkSid = text(object, QLatin1String("trunk_sid"));
    result.status = text(object, QLatin1String("status"));
    result.capabilities = capabilities(object.value(QLatin1String("capabilities")));
    result.dateCreated = dateTime(object.value(QLatin1String("date_created")));
    return result;
}

std::optional<TwilioAvailableNumber> availableNumber(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    TwilioAvailableNumber result;
    result.phoneNumber = PhoneAddress::fromNumber(text(object, QLatin1String("phone_number")));
    if (!result.phoneNumber.isValid())
        return std::nullopt; // nothing to buy without a number
    result.friendlyName = text(object, QLatin1String("friendly_name"));
    result.region = text(object, QLatin1String("region"));
    result.locality = text(object, QLatin1String("locality"));
    result.postalCode = text(object, QLatin1String("postal_code"));
    result.isoCountry = text(object, QLatin1String("iso_country"));
    result.capabilities = capabilities(object.value(QLatin1String("capabilities")));
    return result;
}

std::optional<TwilioAccountInfo> accountFromBody(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    return object ? account(*object) : std::nullopt;
}

std::optional<TwilioNewSubaccount> newSubaccountFromBody(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    return object ? accountWithToken(*object) : std::nullopt;
}

std::optional<TwilioIncomingNumber> incomingNumberFromBody(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    return object ? incomingNumber(*object) : std::nullopt;
}

std::optional<Page<TwilioAccountInfo>> accountPage(const QByteArray &body)
{
    return page<TwilioAccountInfo>(body, QLatin1String("accounts"), account);
}

std::optional<Page<TwilioNewSubaccount>> accountWithTokenPage(const QByteArray &body)
{
    return page<TwilioNewSubaccount>(body, QLatin1String("accounts"), accountWithToken);
}

std::optional<Page<TwilioIncomingNumber>> incomingNumberPage(const QByteArray &body)
{
    return page<TwilioIncomingNumber>(
            body, QLatin1String("incoming_phone_numbers"), incomingNumber);
}

std::optional<Page<TwilioAvailableNumber>> availableNumberPage(const QByteArray &body)
{
    return page<TwilioAvailableNumber>(
            body, QLatin1String("available_phone_numbers"), availableNumber);
}

} // namespace Switchboard::TwilioJson
