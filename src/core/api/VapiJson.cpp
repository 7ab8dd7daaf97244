// SPDX-License-Identifier: Apache-2.0
#include "core/api/VapiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::VapiJson {
namespace {

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

std::optional<QJsonValue> document(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

// A number as Vapi sends it: usually E.164, sometimes digits without the "+" (legacy numbers),
// and in listings sometimes masked ("+165****8621"): then *unreadable receives the text, and
// the address is unknown (never a guess).
PhoneAddress addressOf(const QJsonObject &object, QString *unreadable)
{
    const QString number = text(object, QLatin1String("number")).trimmed();
    if (!number.isEmpty() && !PhoneAddress::isMasked(number)) {
        PhoneAddress address = PhoneAddress::parse(number);
        if (!address.isValid() && !number.startsWith(u'+') && !number.startsWith(u"sip:"))
            address = PhoneAddress::fromNumber(u'+' + number);
        if (address.isValid())
            return address;
    }
    const QString sipUri = text(object, QLatin1String("sipUri")).trimmed();
    if (!sipUri.isEmpty()) {
        PhoneAddress address = PhoneAddress::fromSipUri(sipUri);
        if (address.isValid())
            return address;
    }
    *unreadable = number;
    return {};
}

} // namespace

QDateTime dateTime(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(s, Qt::ISODate);
    return result.toUTC();
}

std::optional<Assistant> assistant(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Assistant result;
    result.id = text(object, QLatin1String("id"));
    if (result.id.isEmpty())
        return std::nullopt;
    result.name = text(object, QLatin1String("name"));
    result.metadata = object.value(QLatin1String("metadata")).toObject();
    result.createdAt = dateTime(object.value(QLatin1String("createdAt")));
    result.updatedAt = dateTime(object.value(QLatin1String("updatedAt")));
    return result;
}

std::optional<PhoneNumber> phoneNumber(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    PhoneNumber result;
    result.id = text(object, QLatin1String("id"));
    if (result.id.isEmpty())
        return std::nullopt;
    result.provider = numberProviderFromString(text(object, QLatin1String("provider")));
    result.address = addressOf(object, &result.maskedNumber);
    result.status = numberStatusFromString(text(object, QLatin1String("status")));
    result.assistantId = text(object, QLatin1String("assistantId")); // null: unassigned
    result.twilioAccountSid = text(object, QLatin1String("twilioAccountSid"));
    result.name = text(object, QLatin1String("name"));
    result.createdAt = dateTime(object.value(QLatin1String("createdAt")));
    result.updatedAt = dateTime(object.value(QLatin1String("updatedAt")));
    return result;
}

std::optional<Assistant> assistantFromBody(const QByteArray &body)
{
    const std::optional<QJsonValue> value = document(body);
    return value ? assistant(*value) : std::nullopt;
}

std::optional<PhoneNumber> phoneNumberFromBody(const QByteArray &body)
{
    const std::optional<QJsonValue> value = document(body);
    return value ? phoneNumber(*value) : std::nullopt;
}

std::optional<QList<Assistant>> assistantList(const QByteArray &body)
{
    const std::optional<QJsonValue> value = document(body);
    if (!value)
        return std::nullopt;
    QJsonArray items;
    if (value->isArray())
        items = value->toArray();
    else if (value->toObject().value(QLatin1String("results")).isArray())
        items = value->toObject().value(QLatin1String("results")).toArray();
    else
        return std::nullopt;
    QList<Assistant> result;
    result.reserve(items.size());
    for (const QJsonValue item : items) {
        if (std::optional<Assistant> parsed = assistant(item))
            result.append(std::move(*parsed));
    }
    return result;
}

std::optional<QString> firstOrgId(const QByteArray &body)
{
    const std::optional<QJsonValue> value = document(body);
    if (!value)
        return std::nullopt;
    const QJsonValue items
            = value->isArray() ? *value : value->toObject().value(QLatin1String("results"));
    if (!items.isArray())
        return std::nullopt;
    const QJsonArray list = items.toArray();
    if (list.isEmpty())
        return QString();
    return list.first().toObject().value(QLatin1String("orgId")).toString();
}

std::optional<PhoneNumberPage> phoneNumberPage(const QByteArray &body)
{
    const std::optional<QJsonValue> value = document(body);
    if (!value)
        return std::nullopt;
    PhoneNumberPage page;
    QJsonArray items;
    if (value->isArray()) {
        items = value->toArray();
    } else {
        const QJsonObject object = value->toObject();
        if (!object.value(QLatin1String("results")).isArray())
            return std::nullopt;
        items = object.value(QLatin1String("results")).toArray();
        const QJsonValue metadata = object.value(QLatin1String("metadata"));
        if (metadata.isObject()) {
            const QJsonObject meta = metadata.toObject();
            page.hasMetadata = true;
            const QJsonValue next = meta.value(QLatin1String("hasNextPage"));
            const QJsonValue current = meta.value(QLatin1String("currentPage"));
            const QJsonValue perPage = meta.value(QLatin1String("itemsPerPage"));
            const QJsonValue totalItems = meta.value(QLatin1String("totalItems"));
            const QJsonValue totalPages = meta.value(QLatin1String("totalPages"));
            if (next.isBool()) {
                page.metadataTellsMore = true;
                page.hasNextPage = page.hasNextPage || next.toBool();
            }
            if (current.isDouble() && totalPages.isDouble()) {
                page.metadataTellsMore = true;
                page.hasNextPage = page.hasNextPage || totalPages.toDouble() > current.toDouble();
            }
            // The required fields: the items up to this page against the total.
            if (current.isDouble() && perPage.isDouble() && totalItems.isDouble()
                    && perPage.toDouble() > 0) {
                page.metadataTellsMore = true;
                page.hasNextPage = page.hasNextPage
                        || current.toDouble() * perPage.toDouble() < totalItems.toDouble();
            }
        }
    }
    page.itemCount = int(items.size());
    page.items.reserve(items.size());
    for (const QJsonValue item : items) {
        if (std::optional<PhoneNumber> parsed = phoneNumber(item))
            page.items.append(std::move(*parsed));
    }
    return page;
}

QJsonObject createAssistantBody(const VapiAssistantDraft &draft)
{
    QJsonObject body = draft.extra;
    if (!draft.name.isEmpty())
        body.insert(QLatin1String("name"), draft.name);
    if (!draft.firstMessage.isEmpty())
        body.insert(QLatin1String("firstMessage"), draft.firstMessage);
    if (!draft.metadata.isEmpty())
        body.insert(QLatin1String("metadata"), draft.metadata);
    return body;
}

QJsonObject updateAssistantBody(const VapiAssistantPatch &patch)
{
    QJsonObject body;
    if (patch.name)
        body.insert(QLatin1String("name"), *patch.name);
    if (patch.metadata)
        body.insert(QLatin1String("metadata"), *patch.metadata);
    return body;
}

QJsonObject createFreeNumberBody(const VapiFreeNumberRequest &request)
{
    QJsonObject body{{QLatin1String("provider"), QStringLiteral("vapi")}};
    if (!request.areaCode.isEmpty())
        body.insert(QLatin1String("numberDesiredAreaCode"), request.areaCode);
    if (!request.sipUri.isEmpty())
        body.insert(QLatin1String("sipUri"), request.sipUri);
    if (!request.assistantId.isEmpty())
        body.insert(QLatin1String("assistantId"), request.assistantId);
    if (!request.name.isEmpty())
        body.insert(QLatin1String("name"), request.name);
    return body;
}

QJsonObject importTwilioBody(const VapiTwilioImportRequest &request)
{
    QJsonObject body{{QLatin1String("provider"), QStringLiteral("twilio")},
            {QLatin1String("number"), request.number},
            {QLatin1String("twilioAccountSid"), request.twilioAccountSid},
            {QLatin1String("smsEnabled"), request.smsEnabled}};
    if (!request.twilioAuthToken.isEmpty()) {
        body.insert(QLatin1String("twilioAuthToken"), request.twilioAuthToken);
    } else {
        body.insert(QLatin1String("twilioApiKey"), request.twilioApiKey);
        body.insert(QLatin1String("twilioApiSecret"), request.twilioApiSecret);
    }
    if (!request.assistantId.isEmpty())
        body.insert(QLatin1String("assistantId"), request.assistantId);
    if (!request.name.isEmpty())
        body.insert(QLatin1String("name"), request.name);
    return body;
}

QJsonObject updatePhoneNumberBody(const VapiPhoneNumberPatch &patch)
{
    QJsonObject body{{QLatin1String("provider"), patch.provider}};
    if (patch.assistantId) {
        if (patch.assistantId->isEmpty()) // null (or empty): unassign
            body.insert(QLatin1String("assistantId"), QJsonValue::Null);
        else
            body.insert(QLatin1String("assistantId"), *patch.assistantId);
    }
    if (patch.name)
        body.insert(QLatin1String("name"), *patch.name);
    return body;
}

} // namespace Switchboard::VapiJson
