// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/AccountSpec.h"

#include "sandbox/world/SandboxState.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"

namespace Switchboard::Sandbox {

std::optional<AccountSpec> AccountSpec::parseVapi(const QString &text, QString *error)
{
    AccountSpec spec;
    spec.kind = Kind::Vapi;
    const qsizetype colon = text.lastIndexOf(u':');
    spec.keyOrSid = colon < 0 ? text : text.left(colon);
    if (colon >= 0) {
        bool ok = false;
        spec.freeNumberCap = text.mid(colon + 1).toInt(&ok);
        if (!ok || spec.freeNumberCap < 0) {
            // The key is a secret: the message names the option, not its value.
            *error = QStringLiteral("--vapi-account: the cap after the last ':' must be a whole "
                                    "number of at least 0, as in KEY:10");
            return std::nullopt;
        }
    }
    if (spec.keyOrSid.trimmed().isEmpty()) {
        *error = QStringLiteral("--vapi-account needs the private API key, as in KEY or KEY:10");
        return std::nullopt;
    }
    return spec;
}

std::optional<AccountSpec> AccountSpec::parseTwilio(const QString &text, QString *error)
{
    AccountSpec spec;
    spec.kind = Kind::Twilio;
    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(1).isEmpty()) {
        *error = QStringLiteral("--twilio-account %1: write SID:TOKEN or SID:TOKEN:+E164,+E164")
                         .arg(parts.value(0));
        return std::nullopt;
    }
    spec.keyOrSid = parts.at(0);
    spec.token = parts.at(1);
    if (!Validation::isTwilioSid(spec.keyOrSid, TwilioSidKind::Account)) {
        *error = QStringLiteral(
                "--twilio-account %1: the SID must be AC followed by 32 hexadecimal digits")
                         .arg(spec.keyOrSid);
        return std::nullopt;
    }
    if (parts.size() == 3) {
        for (const QString &number : parts.at(2).split(u',', Qt::SkipEmptyParts)) {
            QString why;
            const PhoneAddress address = PhoneAddress::fromNumber(number, {}, &why);
            if (!address.isValid()) {
                *error = QStringLiteral("--twilio-account %1: owned number %2")
                                 .arg(spec.keyOrSid, why);
                return std::nullopt;
            }
            spec.numbers.append(address.toString());
        }
    }
    return spec;
}

bool AccountSpec::addTo(SandboxState &state, QString *error) const
{
    if (kind == Kind::Vapi) {
        if (state.vapiOrgByKey(keyOrSid)) {
            *error = QStringLiteral("--vapi-account: another Vapi account already has this key");
            return false;
        }
        state.addVapiAccount(keyOrSid, freeNumberCap);
        return true;
    }
    if (state.twilioAccount(keyOrSid)) {
        *error = QStringLiteral("--twilio-account %1: this account is already in the world")
                         .arg(keyOrSid);
        return false;
    }
    for (const QString &number : numbers) {
        if (state.isNumberInUse(number)) {
            *error = QStringLiteral("--twilio-account %1: %2 is already owned or used")
                             .arg(keyOrSid, number);
            return false;
        }
    }
    state.addTwilioAccount(keyOrSid, token, numbers);
    return true;
}

} // namespace Switchboard::Sandbox
