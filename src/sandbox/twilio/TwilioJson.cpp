// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioJson.h"

#include "sandbox/world/Inventory.h"

#include <QLocale>

namespace Switchboard::Sandbox::TwilioJson {
namespace {

const QString apiRoot = QStringLiteral("/2010-04-01/Accounts/");

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString date(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

QString accountUri(const QString &accountSid)
{
    return apiRoot + accountSid + QStringLiteral(".json");
}

QJsonObject account(const TwilioAccountRecord &account, bool withAuthToken)
{
    const QString base = apiRoot + account.sid + u'/';
    QJsonObject subresources;
    for (const char *name : {"addresses", "available_phone_numbers", "calls",
                 "incoming_phone_numbers", "keys", "messages"}) {
        QString resource = QString::fromLatin1(name);
        QString path;
        for (const QString &word :
                resource.split(u'_')) // incoming_phone_numbers: IncomingPhoneNumbers
            path += word.left(1).toUpper() + word.mid(1);
        subresources.insert(resource, QString(base + path + QStringLiteral(".json")));
    }
    return QJsonObject{
            {QStringLiteral("auth_token"),
                    withAuthToken ? QJsonValue(account.authToken) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("date_created"), date(account.dateCreated)},
            {QStringLiteral("date_updated"), date(account.dateUpdated)},
            {QStringLiteral("friendly_name"), account.friendlyName},
            {QStringLiteral("owner_account_sid"), account.mainAccountSid()},
            {QStringLiteral("sid"), account.sid},
            {QStringLiteral("status"), account.status},
            {QStringLiteral("subresource_uris"), subresources},
            {QStringLiteral("type"), account.type},
            {QStringLiteral("uri"), accountUri(account.sid)},
    };
}

QJsonObject incomingNumber(const QString &accountSid, const IncomingNumberRecord &number)
{
    // Defaults for what was never set: null for optional SIDs and URLs, Twilio's defaults for
    // methods and enums (the schema does not let enums be null).
    QJsonObject object{
            {QStringLiteral("account_sid"), accountSid},
            {QStringLiteral("address_sid"), QJsonValue::Null},
            {QStringLiteral("address_requirements"), QStringLiteral("none")},
            {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
            {QStringLiteral("beta"), false},
            {QStringLiteral("capabilities"),
                    QJsonObject{{QStringLiteral("voice"), number.voice},
                            {QStringLiteral("sms"), number.sms},
                            {QStringLiteral("mms"), number.mms},
                            {QStringLiteral("fax"), number.fax}}},
            {QStringLiteral("date_created"), date(number.dateCreated)},
            {QStringLiteral("date_updated"), date(number.dateUpdated)},
            {QStringLiteral("friendly_name"), orNull(number.friendlyName)},
            {QStringLiteral("identity_sid"), QJsonValue::Null},
            {QStringLiteral("phone_number"), number.phoneNumber},
            {QStringLiteral("origin"), QStringLiteral("twilio")},
            {QStringLiteral("sid"), number.sid},
            {QStringLiteral("sms_application_sid"), QJsonValue::Null},
            {QStringLiteral("sms_fallback_method"), QStringLiteral("POST")},
            {QStringLiteral("sms_fallback_url"), QJsonValue::Null},
            {QStringLiteral("sms_method"), QStringLiteral("POST")},
            {QStringLiteral("sms_url"), QJsonValue::Null},
            {QStringLiteral("status_callback"), QJsonValue::Null},
            {QStringLiteral("status_callback_method"), QStringLiteral("POST")},
            {QStringLiteral("trunk_sid"), QJsonValue::Null},
            {QStringLiteral("uri"),
                    QString(apiRoot + accountSid + QStringLiteral("/IncomingPhoneNumbers/")
                            + number.sid + QStringLiteral(".json"))},
            {QStringLiteral("voice_receive_mode"), QStringLiteral("voice")},
            {QStringLiteral("voice_application_sid"), QJsonValue::Null},
            {QStringLiteral("voice_caller_id_lookup"), false},
            {QStringLiteral("voice_fallback_method"), QStringLiteral("POST")},
            {QStringLiteral("voice_fallback_url"), QJsonValue::Null},
            {QStringLiteral("voice_method"), QStringLiteral("POST")},
            {QStringLiteral("voice_url"), QJsonValue::Null},
            {QStringLiteral("emergency_status"), QStringLiteral("Inactive")},
            {QStringLiteral("emergency_address_sid"), QJsonValue::Null},
            {QStringLiteral("emergency_address_status"), QStringLiteral("unregistered")},
            {QStringLiteral("bundle_sid"), QJsonValue::Null},
            {QStringLiteral("status"), QStringLiteral("in-use")},
            {QStringLiteral("type"), number.type},
    };
    for (auto it = number.settings.constBegin(); it != number.settings.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject availableNumber(const InventoryNumber &number)
{
    QJsonObject object{
            {QStringLiteral("friendly_name"), Inventory::friendlyName(number.phoneNumber)},
            {QStringLiteral("phone_number"), number.phoneNumber},
            {QStringLiteral("lata"), orNull(number.lata)},
            {QStringLiteral("locality"), orNull(number.locality)},
            {QStringLiteral("rate_center"), orNull(number.rateCenter)},
            {QStringLiteral("latitude"),
                    number.hasLocation ? QJsonValue(number.latitude)
                                       : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("longitude"),
                    number.hasLocation ? QJsonValue(number.longitude)
                                       : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("region"), orNull(number.region)},
            {QStringLiteral("postal_code"), orNull(number.postalCode)},
            {QStringLiteral("iso_country"), number.isoCountry},
            {QStringLiteral("address_requirements"), number.addressRequirements},
            {QStringLiteral("beta"), false},
            // The live spelling, not the spec's example: "SMS" and "MMS" upper case on
            // AvailablePhoneNumbers (twilio/twilio-node#553, #833; twilio/twilio-php#783).
            // Whether "fax" comes along varies between reports; it is sent, lower case.
            {QStringLiteral("capabilities"),
                    QJsonObject{{QStringLiteral("voice"), number.voice},
                            {QStringLiteral("SMS"), number.sms},
                            {QStringLiteral("MMS"), number.mms},
                            {QStringLiteral("fax"), number.fax}}},
    };
    return object;
}

} // namespace Switchboard::Sandbox::TwilioJson
