// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

class SandboxState;
struct IncomingNumberRecord;
struct VapiNumberRecord;
struct VapiOrgRecord;

// What Vapi checks and does beyond a phone-number body's schema: the free-number cap, US area
// codes, SIP URIs unique per region, and Twilio imports verified against the sandbox's own
// Twilio side, whose number then gets Vapi's voice (and SMS) URL.
class PhoneNumberRules
{
public:
    explicit PhoneNumberRules(SandboxState &state);

    // The body has passed the whitelist. Returns the 201 response or the error.
    HttpResponse create(VapiOrgRecord &org, const QJsonObject &body);
    // Applies a whitelisted PATCH body to org.phoneNumbers[index]; returns the 200 or the error.
    HttpResponse update(VapiOrgRecord &org, qsizetype index, const QJsonObject &body);

private:
    HttpResponse createFree(VapiOrgRecord &org, const QJsonObject &body);
    HttpResponse importFromTwilio(VapiOrgRecord &org, const QJsonObject &body);
    // What is wrong with the discriminated objects a body may carry (fallbackDestination by
    // its type, hooks by their event), as Vapi's nested validation words it.
    static QStringList checkNestedObjects(const QJsonObject &body);
    // The error for an assistantId that names no assistant of the org; empty when fine.
    QString checkAssistant(const VapiOrgRecord &org, const QJsonObject &body) const;
    // The error for a SIP URI that is malformed, of the wrong region or taken; empty when fine.
    QString checkSipUri(const VapiOrgRecord &org, const QString &sipUri, QString *canonical) const;
    // A free number in the area code, or empty when there is none left.
    QString allocateFreeNumber(const QString &areaCode);
    // A free number in any area code with stock (the world's default first).
    QString allocateAnyFreeNumber();
    bool hasFreeStock(const QString &areaCode) const;
    // Up to `count` area codes with stock, a different choice on each call.
    QStringList areaCodesWithStock(int count);
    // "This area code is currently not available. Hint: Try one of 562, 662, 716."
    QString areaCodeUnavailableMessage();
    // Checks the Twilio credentials and ownership of an import; the owned number or nullptr
    // and the error message.
    IncomingNumberRecord *verifyImport(const QString &e164, const QString &accountSid,
            const VapiNumberRecord &credentials, QString *message);
    void configureTwilioNumber(IncomingNumberRecord &number, bool smsEnabled);
    HttpResponse respond(
            int status, const VapiOrgRecord &org, const VapiNumberRecord &number) const;

    // Whether an area code is a US one: libphonenumber's answer, remembered.
    bool isUsAreaCode(const QString &areaCode);

    SandboxState &m_state;
    QHash<QString, bool> m_usAreaCodes;
    QHash<QString, int> m_nextFreeLine; // area code → where the last search for a free line ended
    int m_hintRotation = 0; // which area codes the next "not available" answer suggests
};

} // namespace Switchboard::Sandbox
