// SPDX-License-Identifier: Apache-2.0
// WorldReader, continued: the Twilio half of a world file, and the checks across accounts.
#include "sandbox/world/WorldReader.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"

#include <QJsonArray>

namespace Switchboard::Sandbox {
namespace {

QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString dotted(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

const QStringList incomingNumberSettings{QStringLiteral("voice_url"),
        QStringLiteral("voice_method"), QStringLiteral("voice_fallback_url"),
        QStringLiteral("voice_fallback_method"), QStringLiteral("voice_caller_id_lookup"),
        QStringLiteral("voice_application_sid"), QStringLiteral("trunk_sid"),
        QStringLiteral("voice_receive_mode"), QStringLiteral("sms_url"),
        QStringLiteral("sms_method"), QStringLiteral("sms_fallback_url"),
        QStringLiteral("sms_fallback_method"), QStringLiteral("sms_application_sid"),
        QStringLiteral("status_callback"), QStringLiteral("status_callback_method"),
        QStringLiteral("api_version"), QStringLiteral("emergency_status"),
        QStringLiteral("emergency_address_sid"), QStringLiteral("address_sid"),
        QStringLiteral("identity_sid"), QStringLiteral("bundle_sid")};

} // namespace

bool WorldReader::readTwilioAccount(
        const QJsonObject &object, const QString &path, TwilioAccountRecord *account)
{
    if (!checkKeys(object, path,
                {QStringLiteral("sid"), QStringLiteral("authToken"), QStringLiteral("friendlyName"),
                        QStringLiteral("ownerAccountSid"), QStringLiteral("status"),
                        QStringLiteral("type"), QStringLiteral("dateCreated"),
                        QStringLiteral("dateUpdated"), QStringLiteral("apiKeys"),
                        QStringLiteral("incomingPhoneNumbers")}))
        return false;
    if (!readString(object, QStringLiteral("sid"), path, &account->sid, true)
            || !readString(object, QStringLiteral("authToken"), path, &account->authToken, true)
            || !readString(
                    object, QStringLiteral("friendlyName"), path, &account->friendlyName, false)
            || !readString(object, QStringLiteral("ownerAccountSid"), path,
                    &account->ownerAccountSid, false)
            || !readString(object, QStringLiteral("status"), path, &account->status, false)
            || !readString(object, QStringLiteral("type"), path, &account->type, false)
            || !readDate(object, QStringLiteral("dateCreated"), path, &account->dateCreated)
            || !readDate(object, QStringLiteral("dateUpdated"), path, &account->dateUpdated))
        return false;
    if (!Validation::isTwilioSid(account->sid, TwilioSidKind::Account))
        return fail(dotted(path, QStringLiteral("sid")),
                QStringLiteral("must be AC followed by 32 hexadecimal digits"));
    if (!QStringList{
                QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("closed")}
                    .contains(account->status))
        return fail(dotted(path, QStringLiteral("status")),
                QStringLiteral("must be active, suspended or closed"));
    if (account->type != QLatin1String("Full") && account->type != QLatin1String("Trial"))
        return fail(dotted(path, QStringLiteral("type")), QStringLiteral("must be Full or Trial"));
    if (account->friendlyName.isEmpty())
        account->friendlyName = account->sid;

    QJsonArray keys;
    if (!readObjectArray(object, QStringLiteral("apiKeys"), path, &keys))
        return false;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString keyPath = at(dotted(path, QStringLiteral("apiKeys")), i);
        const QJsonObject keyObject = keys.at(i).toObject();
        TwilioKeyRecord key;
        if (!checkKeys(keyObject, keyPath,
                    {QStringLiteral("sid"), QStringLiteral("secret"),
                            QStringLiteral("friendlyName"), QStringLiteral("dateCreated")})
                || !readString(keyObject, QStringLiteral("sid"), keyPath, &key.sid, true)
                || !readString(keyObject, QStringLiteral("secret"), keyPath, &key.secret, true)
                || !readString(keyObject, QStringLiteral("friendlyName"), keyPath,
                        &key.friendlyName, false)
                || !readDate(keyObject, QStringLiteral("dateCreated"), keyPath, &key.dateCreated))
            return false;
        if (!Validation::isTwilioSid(key.sid, TwilioSidKind::ApiKey))
            return fail(dotted(keyPath, QStringLiteral("sid")),
                    QStringLiteral("must be SK followed by 32 hexadecimal digits"));
        account->apiKeys.append(key);
    }
    QJsonArray numbers;
    if (!readObjectArray(object, QStringLiteral("incomingPhoneNumbers"), path, &numbers))
        return false;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        IncomingNumberRecord number;
        if (!readIncomingNumber(numbers.at(i),
                    at(dotted(path, QStringLiteral("incomingPhoneNumbers")), i), &number))
            return false;
        account->numbers.append(number);
    }
    return true;
}

bool WorldReader::readIncomingNumber(
        const QJsonValue &value, const QString &path, IncomingNumberRecord *number)
{
    // "+14155550100" is short for a number with no settings.
    const QJsonObject object = value.isString()
            ? QJsonObject{{QStringLiteral("phoneNumber"), value.toString()}}
            : value.toObject();
    QStringList known{QStringLiteral("sid"), QStringLiteral("phoneNumber"),
            QStringLiteral("friendlyName"), QStringLiteral("type"), QStringLiteral("dateCreated"),
            QStringLiteral("dateUpdated"), QStringLiteral("capabilities")};
    known.append(incomingNumberSettings);
    QString e164Text;
    if (!checkKeys(object, path, known)
            || !readString(object, QStringLiteral("sid"), path, &number->sid, false)
            || !readString(object, QStringLiteral("phoneNumber"), path, &e164Text, true)
            || !readString(
                    object, QStringLiteral("friendlyName"), path, &number->friendlyName, false)
            || !readString(object, QStringLiteral("type"), path, &number->type, false)
            || !readDate(object, QStringLiteral("dateCreated"), path, &number->dateCreated)
            || !readDate(object, QStringLiteral("dateUpdated"), path, &number->dateUpdated))
        return false;
    QString why;
    const PhoneAddress address = PhoneAddress::fromNumber(e164Text, {}, &why);
    if (!address.isValid())
        return fail(dotted(path, QStringLiteral("phoneNumber")), why);
    number->phoneNumber = address.toString();
    if (m_numbersInUse.contains(number->phoneNumber))
        return fail(dotted(path, QStringLiteral("phoneNumber")),
                number->phoneNumber + QStringLiteral(" is owned twice; a number has one owner"));
    m_numbersInUse.insert(number->phoneNumber);
    if (number->sid.isEmpty())
        number->sid = newSid(QStringLiteral("PN"));
    else if (!Validation::isTwilioSid(number->sid, TwilioSidKind::PhoneNumber))
        return fail(dotted(path, QStringLiteral("sid")),
                QStringLiteral("must be PN followed by 32 hexadecimal digits"));
    if (number->friendlyName.isEmpty()) {
        const QString digits = number->phoneNumber;
        number->friendlyName = digits.startsWith(u"+1") && digits.size() == 12
                ? u'(' + digits.mid(2, 3) + u") " + digits.mid(5, 3) + u'-' + digits.mid(8)
                : digits;
    }
    if (!QStringList{QStringLiteral("local"), QStringLiteral("toll-free"), QStringLiteral("mobile")}
                    .contains(number->type))
        return fail(dotted(path, QStringLiteral("type")),
                QStringLiteral("must be local, toll-free or mobile"));
    for (const QString &setting : incomingNumberSettings) {
        if (object.contains(setting))
            number->settings.insert(setting, object.value(setting));
    }
    // Twilio holds at most one of the two: "Setting a voice_application_sid will automatically
    // delete your trunk_sid and vice versa".
    const auto isSet = [&object](const char *key) {
        return !object.value(QLatin1String(key)).toString().isEmpty();
    };
    if (isSet("voice_application_sid") && isSet("trunk_sid"))
        return fail(path,
                QStringLiteral("has both voice_application_sid and trunk_sid; Twilio keeps one "
                               "of them at most"));
    if (object.contains(QStringLiteral("capabilities"))) {
        const QString capabilitiesPath = dotted(path, QStringLiteral("capabilities"));
        const QJsonValue value = object.value(QStringLiteral("capabilities"));
        if (!value.isObject())
            return fail(capabilitiesPath,
                    QStringLiteral("must be an object such as {\"voice\": false}"));
        const QJsonObject capabilities = value.toObject();
        if (!checkKeys(capabilities, capabilitiesPath,
                    {QStringLiteral("voice"), QStringLiteral("sms"), QStringLiteral("mms"),
                            QStringLiteral("fax")}))
            return false;
        for (const auto &[key, flag] :
                {std::pair{"voice", &number->voice}, std::pair{"sms", &number->sms},
                        std::pair{"mms", &number->mms}, std::pair{"fax", &number->fax}}) {
            const QJsonValue v = capabilities.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isBool())
                return fail(dotted(capabilitiesPath, QLatin1String(key)),
                        QStringLiteral("must be true or false"));
            *flag = v.toBool();
        }
    }
    return true;
}

bool WorldReader::readInventory(const QJsonObject &object, const QString &path)
{
    if (!checkKeys(object, path, {QStringLiteral("generate"), QStringLiteral("numbers")}))
        return false;
    QJsonArray rules;
    if (!readObjectArray(object, QStringLiteral("generate"), path, &rules))
        return false;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rulePath = at(dotted(path, QStringLiteral("generate")), i);
        const QJsonObject ruleObject = rules.at(i).toObject();
        InventoryRule rule;
        if (!checkKeys(ruleObject, rulePath,
                    {QStringLiteral("country"), QStringLiteral("type"), QStringLiteral("areaCodes"),
                            QStringLiteral("count")})
                || !readString(
                        ruleObject, QStringLiteral("country"), rulePath, &rule.country, false)
                || !readString(ruleObject, QStringLiteral("type"), rulePath, &rule.type, false)
                || !readInt(ruleObject, QStringLiteral("count"), rulePath, &rule.count, 1, 1000))
            return false;
        if (rule.country != QLatin1String("US"))
            return fail(dotted(rulePath, QStringLiteral("country")),
                    QStringLiteral(
                            "generated inventory is US only; list other countries' numbers under "
                            "twilio.inventory.numbers"));
        if (rule.type != QLatin1String("local") && rule.type != QLatin1String("toll-free"))
            return fail(dotted(rulePath, QStringLiteral("type")),
                    QStringLiteral("must be local or toll-free"));
        const QJsonArray areaCodes = ruleObject.value(QStringLiteral("areaCodes")).toArray();
        if (areaCodes.isEmpty())
            return fail(dotted(rulePath, QStringLiteral("areaCodes")),
                    QStringLiteral("must list at least one area code, such as [\"415\"]"));
        for (qsizetype j = 0; j < areaCodes.size(); ++j) {
            const QString code = areaCodes.at(j).toString();
            if (!Validation::isAreaCode(code))
                return fail(at(dotted(rulePath, QStringLiteral("areaCodes")), j),
                        QStringLiteral(
                                "must be three digits, not starting with 0 or 1, such as \"415\""));
            rule.areaCodes.append(code);
        }
        m_world.inventoryRules.append(rule);
    }
    QJsonArray numbers;
    if (!readObjectArray(object, QStringLiteral("numbers"), path, &numbers))
        return false;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString numberPath = at(dotted(path, QStringLiteral("numbers")), i);
        const QJsonObject numberObject = numbers.at(i).isString()
                ? QJsonObject{{QStringLiteral("phoneNumber"), numbers.at(i).toString()}}
                : numbers.at(i).toObject();
        InventoryNumber number;
        QString e164Text;
        if (!readString(numberObject, QStringLiteral("phoneNumber"), numberPath, &e164Text, true))
            return false;
        QString why;
        const PhoneAddress address = PhoneAddress::fromNumber(e164Text, {}, &why);
        if (!address.isValid())
            return fail(dotted(numberPath, QStringLiteral("phoneNumber")), why);
        number.phoneNumber = address.toString();
        number.isoCountry = address.regionCode();
        for (const auto &[key, field] : {std::pair{"isoCountry", &number.isoCountry},
                     std::pair{"type", &number.type}, std::pair{"region", &number.region},
                     std::pair{"locality", &number.locality},
                     std::pair{"rateCenter", &number.rateCenter}, std::pair{"lata", &number.lata},
                     std::pair{"postalCode", &number.postalCode},
                     std::pair{"addressRequirements", &number.addressRequirements}}) {
            if (!readString(numberObject, QLatin1String(key), numberPath, field, false))
                return false;
        }
        if (numberObject.contains(QStringLiteral("latitude"))
                && numberObject.contains(QStringLiteral("longitude"))) {
            number.latitude = numberObject.value(QStringLiteral("latitude")).toDouble();
            number.longitude = numberObject.value(QStringLiteral("longitude")).toDouble();
            number.hasLocation = true;
        }
        const QJsonObject capabilities
                = numberObject.value(QStringLiteral("capabilities")).toObject();
        number.voice = capabilities.value(QStringLiteral("voice")).toBool(true);
        number.sms = capabilities.value(QStringLiteral("sms")).toBool(true);
        number.mms = capabilities.value(QStringLiteral("mms")).toBool(true);
        number.fax = capabilities.value(QStringLiteral("fax")).toBool(false);
        m_world.inventoryNumbers.append(number);
    }
    return true;
}

bool WorldReader::checkAcrossAccounts()
{
    QSet<QString> keys;
    QSet<QString> orgIds;
    for (qsizetype i = 0; i < m_world.vapiOrgs.size(); ++i) {
        const VapiOrgRecord &org = m_world.vapiOrgs.at(i);
        const QString path = at(QStringLiteral("vapi.accounts"), i);
        if (keys.contains(org.apiKey))
            return fail(dotted(path, QStringLiteral("apiKey")),
                    QStringLiteral(
                            "another Vapi account has the same key; every key belongs to one org"));
        if (orgIds.contains(org.orgId))
            return fail(dotted(path, QStringLiteral("orgId")),
                    QStringLiteral("another Vapi account has the same orgId"));
        keys.insert(org.apiKey);
        orgIds.insert(org.orgId);
    }
    QSet<QString> sids;
    for (const TwilioAccountRecord &account : m_world.twilioAccounts)
        sids.insert(account.sid);
    if (sids.size() != m_world.twilioAccounts.size())
        return fail(QStringLiteral("twilio.accounts"),
                QStringLiteral("two accounts have the same sid"));
    for (qsizetype i = 0; i < m_world.twilioAccounts.size(); ++i) {
        const TwilioAccountRecord &account = m_world.twilioAccounts.at(i);
        if (!account.isSubaccount())
            continue;
        const auto parent = std::find_if(m_world.twilioAccounts.cbegin(),
                m_world.twilioAccounts.cend(), [&](const TwilioAccountRecord &candidate) {
                    return candidate.sid == account.ownerAccountSid;
                });
        if (parent == m_world.twilioAccounts.cend() || parent->isSubaccount())
            return fail(dotted(at(QStringLiteral("twilio.accounts"), i),
                                QStringLiteral("ownerAccountSid")),
                    QStringLiteral("must be the sid of a main account listed in twilio.accounts"));
    }
    return true;
}

} // namespace Switchboard::Sandbox
