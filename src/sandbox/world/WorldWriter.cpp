// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/WorldWriter.h"

#include <QJsonArray>

namespace Switchboard::Sandbox::WorldWriter {
namespace {

QJsonValue date(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

// Seeds and counters beyond 2^53 would lose digits as JSON numbers.
QJsonValue bigNumber(quint64 value)
{
    if (value < (quint64(1) << 53))
        return QJsonValue(qint64(value));
    return QJsonValue(QString::number(value));
}

QJsonObject settings(const WorldSettings &settings)
{
    return QJsonObject{
            {QStringLiteral("activationDelayMs"), settings.activationDelayMs},
            {QStringLiteral("defaultFreeNumberCap"), settings.defaultFreeNumberCap},
            {QStringLiteral("defaultAreaCode"), settings.defaultAreaCode},
            {QStringLiteral("unavailableAreaCodes"),
                    QJsonArray::fromStringList(settings.unavailableAreaCodes)},
            {QStringLiteral("vapiVoiceUrl"), settings.vapiVoiceUrl},
            {QStringLiteral("vapiSmsUrl"), settings.vapiSmsUrl},
            {QStringLiteral("fullPaginationMetadata"), settings.fullPaginationMetadata},
            {QStringLiteral("maskListedNumbers"), settings.maskListedNumbers},
    };
}

QJsonObject vapiOrg(const VapiOrgRecord &org)
{
    QJsonArray assistants;
    for (const AssistantRecord &assistant : org.assistants) {
        QJsonObject object = assistant.fields;
        object.insert(QStringLiteral("id"), assistant.id);
        object.insert(QStringLiteral("createdAt"), date(assistant.createdAt));
        object.insert(QStringLiteral("updatedAt"), date(assistant.updatedAt));
        assistants.append(object);
    }
    QJsonArray numbers;
    for (const VapiNumberRecord &number : org.phoneNumbers) {
        QJsonObject object = number.fields;
        object.insert(QStringLiteral("id"), number.id);
        object.insert(QStringLiteral("provider"), number.provider);
        object.insert(QStringLiteral("createdAt"), date(number.createdAt));
        object.insert(QStringLiteral("updatedAt"), date(number.updatedAt));
        if (number.activatesAt.isValid())
            object.insert(QStringLiteral("activatesAt"), date(number.activatesAt));
        if (!number.fixedStatus.isEmpty())
            object.insert(QStringLiteral("status"), number.fixedStatus);
        if (!number.twilioAuthToken.isEmpty())
            object.insert(QStringLiteral("twilioAuthToken"), number.twilioAuthToken);
        if (!number.twilioApiKey.isEmpty())
            object.insert(QStringLiteral("twilioApiKey"), number.twilioApiKey);
        if (!number.twilioApiSecret.isEmpty())
            object.insert(QStringLiteral("twilioApiSecret"), number.twilioApiSecret);
        numbers.append(object);
    }
    QJsonObject object{
            {QStringLiteral("name"), org.name},
            {QStringLiteral("apiKey"), org.apiKey},
            {QStringLiteral("orgId"), org.orgId},
            {QStringLiteral("region"), org.region},
            {QStringLiteral("assistants"), assistants},
            {QStringLiteral("phoneNumbers"), numbers},
    };
    if (org.freeNumberCap >= 0)
        object.insert(QStringLiteral("freeNumberCap"), org.freeNumberCap);
    if (!org.paymentMethod)
        object.insert(QStringLiteral("paymentMethod"), false);
    return object;
}

QJsonObject twilioAccount(const TwilioAccountRecord &account)
{
    QJsonArray keys;
    for (const TwilioKeyRecord &key : account.apiKeys) {
        keys.append(QJsonObject{
                {QStringLiteral("sid"), key.sid},
                {QStringLiteral("secret"), key.secret},
                {QStringLiteral("friendlyName"), key.friendlyName},
                {QStringLiteral("dateCreated"), date(key.dateCreated)},
        });
    }
    QJsonArray numbers;
    for (const IncomingNumberRecord &number : account.numbers) {
        QJsonObject object = number.settings;
        object.insert(QStringLiteral("sid"), number.sid);
        object.insert(QStringLiteral("phoneNumber"), number.phoneNumber);
        object.insert(QStringLiteral("friendlyName"), number.friendlyName);
        object.insert(QStringLiteral("type"), number.type);
        object.insert(QStringLiteral("dateCreated"), date(number.dateCreated));
        object.insert(QStringLiteral("dateUpdated"), date(number.dateUpdated));
        if (!number.voice || !number.sms || !number.mms || number.fax)
            object.insert(QStringLiteral("capabilities"),
                    QJsonObject{{QStringLiteral("voice"), number.voice},
                            {QStringLiteral("sms"), number.sms},
                            {QStringLiteral("mms"), number.mms},
                            {QStringLiteral("fax"), number.fax}});
        numbers.append(object);
    }
    QJsonObject object{
            {QStringLiteral("sid"), account.sid},
            {QStringLiteral("authToken"), account.authToken},
            {QStringLiteral("friendlyName"), account.friendlyName},
            {QStringLiteral("status"), account.status},
            {QStringLiteral("type"), account.type},
            {QStringLiteral("dateCreated"), date(account.dateCreated)},
            {QStringLiteral("dateUpdated"), date(account.dateUpdated)},
            {QStringLiteral("apiKeys"), keys},
            {QStringLiteral("incomingPhoneNumbers"), numbers},
    };
    if (account.isSubaccount())
        object.insert(QStringLiteral("ownerAccountSid"), account.ownerAccountSid);
    return object;
}

QJsonObject inventory(const World &world)
{
    QJsonArray rules;
    for (const InventoryRule &rule : world.inventoryRules) {
        rules.append(QJsonObject{
                {QStringLiteral("country"), rule.country},
                {QStringLiteral("type"), rule.type},
                {QStringLiteral("areaCodes"), QJsonArray::fromStringList(rule.areaCodes)},
                {QStringLiteral("count"), rule.count},
        });
    }
    QJsonArray numbers;
    for (const InventoryNumber &number : world.inventoryNumbers) {
        QJsonObject object{
                {QStringLiteral("phoneNumber"), number.phoneNumber},
                {QStringLiteral("isoCountry"), number.isoCountry},
                {QStringLiteral("type"), number.type},
                {QStringLiteral("region"), number.region},
                {QStringLiteral("locality"), number.locality},
                {QStringLiteral("rateCenter"), number.rateCenter},
                {QStringLiteral("lata"), number.lata},
                {QStringLiteral("postalCode"), number.postalCode},
                {QStringLiteral("addressRequirements"), number.addressRequirements},
                {QStringLiteral("capabilities"),
                        QJsonObject{{QStringLiteral("voice"), number.voice},
                                {QStringLiteral("sms"), number.sms},
                                {QStringLiteral("mms"), number.mms},
                                {QStringLiteral("fax"), number.fax}}},
        };
        if (number.hasLocation) {
            object.insert(QStringLiteral("latitude"), number.latitude);
            object.insert(QStringLiteral("longitude"), number.longitude);
        }
        numbers.append(object);
    }
    return QJsonObject{{QStringLiteral("generate"), rules}, {QStringLiteral("numbers"), numbers}};
}

} // namespace

QJsonObject write(const World &world)
{
    QJsonArray orgs;
    for (const VapiOrgRecord &org : world.vapiOrgs)
        orgs.append(vapiOrg(org));
    QJsonArray accounts;
    for (const TwilioAccountRecord &account : world.twilioAccounts)
        accounts.append(twilioAccount(account));
    return QJsonObject{
            {QStringLiteral("format"), QStringLiteral("switchboard-sandbox-world")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("seed"), bigNumber(world.settings.seed)},
            {QStringLiteral("idCounter"), bigNumber(world.idCounter)},
            {QStringLiteral("settings"), settings(world.settings)},
            {QStringLiteral("vapi"), QJsonObject{{QStringLiteral("accounts"), orgs}}},
            {QStringLiteral("twilio"),
                    QJsonObject{{QStringLiteral("accounts"), accounts},
                            {QStringLiteral("inventory"), inventory(world)}}},
    };
}

} // namespace Switchboard::Sandbox::WorldWriter
