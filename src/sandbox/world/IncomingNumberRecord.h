// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard::Sandbox {

// A number a Twilio account owns (an IncomingPhoneNumber).
struct IncomingNumberRecord
{
    QString sid; // PN…
    QString phoneNumber; // E.164
    QString friendlyName;
    QString type = QStringLiteral("local"); // "local", "toll-free", "mobile"
    QDateTime dateCreated;
    QDateTime dateUpdated;
    // capabilities{voice, sms, mms, fax}: what the number can do (a bought number has what the
    // inventory said; a world file may say otherwise, such as a number without voice).
    bool voice = true;
    bool sms = true;
    bool mms = true;
    bool fax = false;
    // The settable properties under their JSON names (voice_url, voice_method, sms_url, …);
    // an absent key is reported with Twilio's default.
    QJsonObject settings;
};

} // namespace Switchboard::Sandbox
