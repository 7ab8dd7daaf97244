// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/VapiTypes.h"
#include "core/domain/Assistant.h"
#include "core/domain/PhoneNumber.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Switchboard {

// Vapi's JSON, read leniently (unknown fields ignored, optional ones may be missing, an item
// without an id is skipped) and written strictly (only properties the OpenAPI schema allows).
namespace VapiJson {

std::optional<Assistant> assistant(const QJsonValue &value);
std::optional<PhoneNumber> phoneNumber(const QJsonValue &value);

std::optional<Assistant> assistantFromBody(const QByteArray &body);
std::optional<PhoneNumber> phoneNumberFromBody(const QByteArray &body);
std::optional<QList<Assistant>> assistantList(const QByteArray &body);

// One page of GET /phone-number (a bare array, or the {results, metadata} envelope some
// versions send) or of GET /v2/phone-number.
struct PhoneNumberPage
{
    QList<PhoneNumber> items;
    int itemCount = 0; // items in the answer, including unreadable ones
    // From metadata; false without it. PaginationMeta requires only itemsPerPage, totalItems
    // and currentPage (hasNextPage and totalPages are optional): any of them saying there is
    // more makes it true, so a listing is never cut short by a field the answer left out.
    bool hasNextPage = false;
    bool hasMetadata = false;
    // Whether the metadata held anything to page on (totals or hasNextPage); without it the
    // client falls back to "a full page means there may be more".
    bool metadataTellsMore = false;
};
std::optional<PhoneNumberPage> phoneNumberPage(const QByteArray &body);
// The orgId of the first object of a list (a bare array or a {results} envelope): the Vapi
// account the key that listed it reaches. Empty for an empty list (or an object without one);
// nullopt when the body is not a list.
std::optional<QString> firstOrgId(const QByteArray &body);

// CreateAssistantDTO: name, firstMessage, metadata, plus the caller's extra fields.
QJsonObject createAssistantBody(const VapiAssistantDraft &draft);
// UpdateAssistantDTO: only the fields that are set.
QJsonObject updateAssistantBody(const VapiAssistantPatch &patch);
// CreateVapiPhoneNumberDTO: provider "vapi", numberDesiredAreaCode or sipUri, assistantId, name.
QJsonObject createFreeNumberBody(const VapiFreeNumberRequest &request);
// CreateTwilioPhoneNumberDTO: provider "twilio", number, twilioAccountSid, the auth token or the
// API key and secret, smsEnabled (always sent: Vapi's default is true), assistantId, name.
QJsonObject importTwilioBody(const VapiTwilioImportRequest &request);
// Update<Provider>PhoneNumberDTO: provider always; assistantId as a string, or null to unassign.
QJsonObject updatePhoneNumberBody(const VapiPhoneNumberPatch &patch);

QDateTime dateTime(const QJsonValue &value);

} // namespace VapiJson
} // namespace Switchboard
