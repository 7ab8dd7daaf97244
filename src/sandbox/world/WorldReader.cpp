// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/WorldReader.h"

#include "sandbox/world/IdGenerator.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"

#include <QJsonArray>

#include <cmath>

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

} // namespace

WorldReader::WorldReader(std::optional<quint64> seedOverride)
    : m_seedOverride(seedOverride)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

bool WorldReader::fail(const QString &path, const QString &message)
{
    m_error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    return false;
}

bool WorldReader::checkKeys(
        const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(dotted(path, it.key()),
                    QStringLiteral("unknown property; the known ones here are ")
                            + known.join(QStringLiteral(", ")));
    }
    return true;
}

bool WorldReader::readString(const QJsonObject &object, const QString &key, const QString &path,
        QString *out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(dotted(path, key), QStringLiteral("missing; it is required"));
        return true;
    }
    if (!value.isString())
        return fail(dotted(path, key), QStringLiteral("must be a string"));
    *out = value.toString();
    if (required && out->isEmpty())
        return fail(dotted(path, key), QStringLiteral("must not be empty"));
    return true;
}

bool WorldReader::readInt(const QJsonObject &object, const QString &key, const QString &path,
        int *out, int minimum, int maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1e300);
    // The range first: a double beyond qint64 has no integer to compare with (undefined
    // behaviour, found by fuzz/fuzz_world_file).
    if (!value.isDouble() || number < minimum || number > maximum || std::trunc(number) != number)
        return fail(dotted(path, key),
                QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
    *out = int(number);
    return true;
}

bool WorldReader::readUnsigned(
        const QJsonObject &object, const QString &key, const QString &path, quint64 *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    bool ok = false;
    quint64 number = 0;
    // Below 2^64 and whole; converting a larger double is undefined behaviour (found by
    // fuzz/fuzz_world_file with a seed of 50 digits).
    const double asDouble = value.toDouble();
    if (value.isDouble() && asDouble >= 0 && asDouble < 18446744073709551616.0
            && std::trunc(asDouble) == asDouble) {
        number = quint64(asDouble);
        ok = true;
    } else if (value.isString()) {
        number = value.toString().toULongLong(&ok);
    }
    if (!ok)
        return fail(dotted(path, key), QStringLiteral("must be a whole number of at least 0"));
    *out = number;
    return true;
}

bool WorldReader::readDate(
        const QJsonObject &object, const QString &key, const QString &path, QDateTime *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = m_now;
        return true;
    }
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        return fail(dotted(path, key),
                QStringLiteral(
                        "must be an ISO 8601 date and time such as 2026-01-31T09:30:00.000Z"));
    *out = time.toUTC();
    return true;
}

bool WorldReader::readObjectArray(
        const QJsonObject &object, const QString &key, const QString &path, QJsonArray *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = {};
        return true;
    }
    if (!value.isArray())
        return fail(dotted(path, key), QStringLiteral("must be an array"));
    *out = value.toArray();
    return true;
}

QString WorldReader::newUuid()
{
    return IdGenerator::uuid(m_world.settings.seed, m_world.idCounter++);
}

QString WorldReader::newSid(const QString &prefix)
{
    return IdGenerator::sid(prefix, m_world.settings.seed, m_world.idCounter++);
}

std::optional<World> WorldReader::read(const QJsonObject &json)
{
    m_world = World();
    if (!checkKeys(json, {},
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("seed"),
                        QStringLiteral("idCounter"), QStringLiteral("settings"),
                        QStringLiteral("vapi"), QStringLiteral("twilio")}))
        return std::nullopt;
    int version = 1;
    if (!readInt(json, QStringLiteral("version"), {}, &version, 1, 1))
        return std::nullopt;
    if (!readUnsigned(json, QStringLiteral("seed"), {}, &m_world.settings.seed)
            || !readUnsigned(json, QStringLiteral("idCounter"), {}, &m_world.idCounter))
        return std::nullopt;
    if (m_seedOverride)
        m_world.settings.seed = *m_seedOverride;
    if (json.contains(QStringLiteral("settings"))
            && !readSettings(
                    json.value(QStringLiteral("settings")).toObject(), QStringLiteral("settings")))
        return std::nullopt;

    const QJsonObject vapi = json.value(QStringLiteral("vapi")).toObject();
    if (!checkKeys(vapi, QStringLiteral("vapi"), {QStringLiteral("accounts")}))
        return std::nullopt;
    QJsonArray orgs;
    if (!readObjectArray(vapi, QStringLiteral("accounts"), QStringLiteral("vapi"), &orgs))
        return std::nullopt;
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        VapiOrgRecord org;
        if (!readVapiOrg(orgs.at(i).toObject(), at(QStringLiteral("vapi.accounts"), i), &org))
            return std::nullopt;
        m_world.vapiOrgs.append(org);
    }

    const QJsonObject twilio = json.value(QStringLiteral("twilio")).toObject();
    if (!checkKeys(twilio, QStringLiteral("twilio"),
                {QStringLiteral("accounts"), QStringLiteral("inventory")}))
        return std::nullopt;
    QJsonArray accounts;
    if (!readObjectArray(twilio, QStringLiteral("accounts"), QStringLiteral("twilio"), &accounts))
        return std::nullopt;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        TwilioAccountRecord account;
        if (!readTwilioAccount(
                    accounts.at(i).toObject(), at(QStringLiteral("twilio.accounts"), i), &account))
            return std::nullopt;
        m_world.twilioAccounts.append(account);
    }
    if (twilio.contains(QStringLiteral("inventory"))
            && !readInventory(twilio.value(QStringLiteral("inventory")).toObject(),
                    QStringLiteral("twilio.inventory")))
        return std::nullopt;
    if (!checkAcrossAccounts())
        return std::nullopt;
    return m_world;
}

bool WorldReader::readSettings(const QJsonObject &object, const QString &path)
{
    WorldSettings &settings = m_world.settings;
    if (!checkKeys(object, path,
                {QStringLiteral("activationDelayMs"), QStringLiteral("defaultFreeNumberCap"),
                        QStringLiteral("defaultAreaCode"), QStringLiteral("unavailableAreaCodes"),
                        QStringLiteral("vapiVoiceUrl"), QStringLiteral("vapiSmsUrl"),
                        QStringLiteral("fullPaginationMetadata"),
                        QStringLiteral("maskListedNumbers")}))
        return false;
    for (const auto &[key, flag] :
            {std::pair{QStringLiteral("fullPaginationMetadata"), &settings.fullPaginationMetadata},
                    std::pair{QStringLiteral("maskListedNumbers"), &settings.maskListedNumbers}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isBool())
            return fail(dotted(path, key), QStringLiteral("must be true or false"));
        *flag = value.toBool();
    }
    if (!readInt(object, QStringLiteral("activationDelayMs"), path, &settings.activationDelayMs, 0,
                86400000)
            || !readInt(object, QStringLiteral("defaultFreeNumberCap"), path,
                    &settings.defaultFreeNumberCap, 0, 1000000)
            || !readString(object, QStringLiteral("defaultAreaCode"), path,
                    &settings.defaultAreaCode, false)
            || !readString(
                    object, QStringLiteral("vapiVoiceUrl"), path, &settings.vapiVoiceUrl, false)
            || !readString(object, QStringLiteral("vapiSmsUrl"), path, &settings.vapiSmsUrl, false))
        return false;
    if (!Validation::isAreaCode(settings.defaultAreaCode))
        return fail(dotted(path, QStringLiteral("defaultAreaCode")),
                QStringLiteral("must be three digits, not starting with 0 or 1, such as 415"));
    const QJsonArray unavailable = object.value(QStringLiteral("unavailableAreaCodes")).toArray();
    for (qsizetype i = 0; i < unavailable.size(); ++i) {
        if (!Validation::isAreaCode(unavailable.at(i).toString()))
            return fail(at(dotted(path, QStringLiteral("unavailableAreaCodes")), i),
                    QStringLiteral("must be three digits, not starting with 0 or 1, such as 212"));
        settings.unavailableAreaCodes.append(unavailable.at(i).toString());
    }
    return true;
}

bool WorldReader::readVapiOrg(const QJsonObject &object, const QString &path, VapiOrgRecord *org)
{
    if (!checkKeys(object, path,
                {QStringLiteral("name"), QStringLiteral("apiKey"), QStringLiteral("orgId"),
                        QStringLiteral("region"), QStringLiteral("freeNumberCap"),
                        QStringLiteral("paymentMethod"), QStringLiteral("assistants"),
                        QStringLiteral("phoneNumbers")}))
        return false;
    if (!readString(object, QStringLiteral("name"), path, &org->name, false)
            || !readString(object, QStringLiteral("apiKey"), path, &org->apiKey, true)
            || !readString(object, QStringLiteral("orgId"), path, &org->orgId, false)
            || !readString(object, QStringLiteral("region"), path, &org->region, false)
            || !readInt(
                    object, QStringLiteral("freeNumberCap"), path, &org->freeNumberCap, 0, 1000000))
        return false;
    const QJsonValue paymentMethod = object.value(QStringLiteral("paymentMethod"));
    if (!paymentMethod.isUndefined() && !paymentMethod.isBool())
        return fail(dotted(path, QStringLiteral("paymentMethod")),
                QStringLiteral("must be true or false"));
    org->paymentMethod = paymentMethod.toBool(true);
    if (org->orgId.isEmpty())
        org->orgId = newUuid();
    else if (!Validation::isVapiId(org->orgId))
        return fail(dotted(path, QStringLiteral("orgId")),
                QStringLiteral(
                        "must be a UUID such as 0a0a0a0a-0000-4000-8000-000000000001, or left "
                        "out to have one drawn from the seed"));
    if (org->region != QLatin1String("us") && org->region != QLatin1String("eu"))
        return fail(
                dotted(path, QStringLiteral("region")), QStringLiteral("must be \"us\" or \"eu\""));

    QJsonArray assistants;
    if (!readObjectArray(object, QStringLiteral("assistants"), path, &assistants))
        return false;
    for (qsizetype i = 0; i < assistants.size(); ++i) {
        AssistantRecord assistant;
        if (!readAssistant(assistants.at(i).toObject(),
                    at(dotted(path, QStringLiteral("assistants")), i), &assistant))
            return false;
        org->assistants.append(assistant);
    }
    QJsonArray numbers;
    if (!readObjectArray(object, QStringLiteral("phoneNumbers"), path, &numbers))
        return false;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        VapiNumberRecord number;
        if (!readVapiNumber(numbers.at(i), at(dotted(path, QStringLiteral("phoneNumbers")), i),
                    *org, &number))
            return false;
        org->phoneNumbers.append(number);
    }
    return true;
}

bool WorldReader::readAssistant(
        const QJsonObject &object, const QString &path, AssistantRecord *assistant)
{
    if (!readString(object, QStringLiteral("id"), path, &assistant->id, false)
            || !readDate(object, QStringLiteral("createdAt"), path, &assistant->createdAt)
            || !readDate(object, QStringLiteral("updatedAt"), path, &assistant->updatedAt))
        return false;
    if (assistant->id.isEmpty())
        assistant->id = newUuid();
    else if (!Validation::isVapiId(assistant->id))
        return fail(
                dotted(path, QStringLiteral("id")), QStringLiteral("must be a UUID, or left out"));
    assistant->fields = object;
    for (const char *key : {"id", "orgId", "createdAt", "updatedAt"})
        assistant->fields.remove(QLatin1String(key));
    return true;
}

bool WorldReader::readVapiNumber(const QJsonValue &value, const QString &path,
        const VapiOrgRecord &org, VapiNumberRecord *number)
{
    // "+14155555000" is short for a free Vapi number.
    QJsonObject object = value.isString()
            ? QJsonObject{{QStringLiteral("provider"), QStringLiteral("vapi")},
                    {QStringLiteral("number"), value.toString()}}
            : value.toObject();
    number->provider = QStringLiteral("vapi");
    QString status;
    QDateTime activatesAt;
    if (!readString(object, QStringLiteral("id"), path, &number->id, false)
            || !readString(object, QStringLiteral("provider"), path, &number->provider, false)
            || !readString(object, QStringLiteral("status"), path, &status, false)
            || !readDate(object, QStringLiteral("createdAt"), path, &number->createdAt)
            || !readDate(object, QStringLiteral("updatedAt"), path, &number->updatedAt)
            || !readString(object, QStringLiteral("twilioAuthToken"), path,
                    &number->twilioAuthToken, false)
            || !readString(
                    object, QStringLiteral("twilioApiKey"), path, &number->twilioApiKey, false)
            || !readString(object, QStringLiteral("twilioApiSecret"), path,
                    &number->twilioApiSecret, false))
        return false;
    if (object.contains(QStringLiteral("activatesAt"))
            && !readDate(object, QStringLiteral("activatesAt"), path, &number->activatesAt))
        return false;
    if (number->id.isEmpty())
        number->id = newUuid();
    else if (!Validation::isVapiId(number->id))
        return fail(
                dotted(path, QStringLiteral("id")), QStringLiteral("must be a UUID, or left out"));
    if (status == QLatin1String("blocked"))
        number->fixedStatus = status;
    else if (!status.isEmpty() && status != QLatin1String("active")
            && status != QLatin1String("activating"))
        return fail(dotted(path, QStringLiteral("status")),
                QStringLiteral("must be active, activating or blocked"));

    QString e164Text = object.value(QStringLiteral("number")).toString();
    const QString sipText = object.value(QStringLiteral("sipUri")).toString();
    if (number->provider == QLatin1String("vapi")) {
        if (e164Text.isEmpty() == sipText.isEmpty())
            return fail(path,
                    QStringLiteral("a free Vapi number needs either \"number\" (E.164) or "
                                   "\"sipUri\" (sip:<user>@sip.vapi.ai)"));
    } else if (number->provider == QLatin1String("twilio")) {
        if (e164Text.isEmpty()
                || !Validation::isTwilioSid(
                        object.value(QStringLiteral("twilioAccountSid")).toString(),
                        TwilioSidKind::Account))
            return fail(path,
                    QStringLiteral("an imported Twilio number needs \"number\" (E.164) and "
                                   "\"twilioAccountSid\" (AC + 32 hex digits)"));
    } else {
        return fail(dotted(path, QStringLiteral("provider")),
                QStringLiteral(
                        "must be \"vapi\" or \"twilio\"; the sandbox has no other providers"));
    }
    QString why;
    if (!e164Text.isEmpty()) {
        const PhoneAddress address = PhoneAddress::fromNumber(e164Text, {}, &why);
        if (!address.isValid())
            return fail(dotted(path, QStringLiteral("number")), why);
        object.insert(QStringLiteral("number"), address.toString());
    }
    if (!sipText.isEmpty()) {
        const PhoneAddress address = PhoneAddress::fromSipUri(sipText, &why);
        const QString host = org.region == QLatin1String("eu") ? QStringLiteral("sip.eu.vapi.ai")
                                                               : QStringLiteral("sip.vapi.ai");
        if (!address.isValid() || address.sipHost() != host)
            return fail(dotted(path, QStringLiteral("sipUri")),
                    QStringLiteral("must look like sip:<user>@") + host);
        object.insert(QStringLiteral("sipUri"), address.toString());
    }
    number->fields = object;
    for (const char *key : {"id", "orgId", "provider", "status", "createdAt", "updatedAt",
                 "activatesAt", "twilioAuthToken", "twilioApiKey", "twilioApiSecret"})
        number->fields.remove(QLatin1String(key));
    return true;
}

} // namespace Switchboard::Sandbox
