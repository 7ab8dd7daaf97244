// SPDX-License-Identifier: Apache-2.0
// World::demo(): the built-in world of `switchboard-sandbox --world demo` and
// `switchboard --sandbox`. docs/SANDBOX.md lists its keys, SIDs and numbers; keep the two in step.
#include "sandbox/world/World.h"

#include <QJsonArray>

namespace Switchboard::Sandbox {
namespace {

QDateTime day(int month, int dayOfMonth, int hour = 9)
{
    return QDateTime(QDate(2026, month, dayOfMonth), QTime(hour, 0), Qt::UTC);
}

AssistantRecord assistant(const QString &id, const QString &name, const QString &firstMessage,
        int month, int dayOfMonth)
{
    AssistantRecord record;
    record.id = id;
    record.createdAt = record.updatedAt = day(month, dayOfMonth);
    record.fields.insert(QStringLiteral("name"), name);
    record.fields.insert(QStringLiteral("firstMessage"), firstMessage);
    record.fields.insert(QStringLiteral("model"),
            QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai")},
                    {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
    record.fields.insert(QStringLiteral("voice"),
            QJsonObject{{QStringLiteral("provider"), QStringLiteral("vapi")},
                    {QStringLiteral("voiceId"), QStringLiteral("Elliot")}});
    return record;
}

VapiNumberRecord freeNumber(const QString &id, const QString &e164, const QString &assistantId,
        const QString &name, int month, int dayOfMonth)
{
    VapiNumberRecord record;
    record.id = id;
    record.provider = QStringLiteral("vapi");
    record.createdAt = record.updatedAt = day(month, dayOfMonth, 10);
    record.fields.insert(QStringLiteral("number"), e164);
    record.fields.insert(QStringLiteral("name"), name);
    if (!assistantId.isEmpty())
        record.fields.insert(QStringLiteral("assistantId"), assistantId);
    return record;
}

QString demoId(char org, int kind, int index)
{
    // 0a0a0a0a-0000-4000-8000-0000000000ac style ids: readable, valid UUIDs.
    return QStringLiteral("%1%1%1%1%1%1%1%1-%2-4000-8000-%3")
            .arg(QLatin1Char(org))
            .arg(kind, 4, 10, QLatin1Char('0'))
            .arg(index, 12, 10, QLatin1Char('0'));
}

IncomingNumberRecord owned(const QString &sid, const QString &e164, int month, int dayOfMonth)
{
    IncomingNumberRecord number;
    number.sid = sid;
    number.phoneNumber = e164;
    number.friendlyName = u'(' + e164.mid(2, 3) + u") " + e164.mid(5, 3) + u'-' + e164.mid(8);
    number.dateCreated = number.dateUpdated = day(month, dayOfMonth, 11);
    return number;
}

} // namespace

World World::demo()
{
    World world;
    world.settings.seed = 2026;
    world.settings.defaultFreeNumberCap = 10;
    world.settings.unavailableAreaCodes = {QStringLiteral("212")};
    world.idCounter = 0;

    // Acme Dental: 3 of its 10 free numbers used.
    VapiOrgRecord acme;
    acme.name = QStringLiteral("Acme Dental");
    acme.apiKey = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");
    acme.orgId = demoId('a', 0, 1);
    const QStringList acmeNames{QStringLiteral("Front Desk"), QStringLiteral("After Hours"),
            QStringLiteral("Billing"), QStringLiteral("Recall Reminders")};
    for (int i = 0; i < acmeNames.size(); ++i) {
        acme.assistants.append(assistant(demoId('a', 1, i + 1), acmeNames.at(i),
                QStringLiteral("Thank you for calling Acme Dental."), 1, 5 + i));
    }
    for (int i = 0; i < 3; ++i) {
        acme.phoneNumbers.append(freeNumber(demoId('a', 2, i + 1),
                QStringLiteral("+1415555500") + QString::number(i), acme.assistants.at(i).id,
                acmeNames.at(i), 1, 6 + i));
    }
    world.vapiOrgs.append(acme);

    // Brightside Realty: 7 free numbers against a cap of 5. It took them while Vapi allowed 10
    // per account and is past its cap now that the limit is 5: a new free number fails.
    VapiOrgRecord brightside;
    brightside.name = QStringLiteral("Brightside Realty");
    brightside.apiKey = QStringLiteral("b2b2b2b2-0000-4000-8000-000000000002");
    brightside.orgId = demoId('b', 0, 2);
    brightside.freeNumberCap = 5;
    for (int i = 0; i < 8; ++i) {
        brightside.assistants.append(
                assistant(demoId('b', 1, i + 1), QStringLiteral("Listing Line %1").arg(i + 1),
                        QStringLiteral("Brightside Realty, how can I help?"), 2, 1 + i));
    }
    for (int i = 0; i < 7; ++i) {
        brightside.phoneNumbers.append(freeNumber(demoId('b', 2, i + 1),
                QStringLiteral("+1512555500") + QString::number(i), brightside.assistants.at(i).id,
                QStringLiteral("Listing Line %1").arg(i + 1), 2, 2 + i));
    }
    world.vapiOrgs.append(brightside);

    // Copperline Logistics: no free numbers; one number imported from its own Twilio subaccount.
    VapiOrgRecord copperline;
    copperline.name = QStringLiteral("Copperline Logistics");
    copperline.apiKey = QStringLiteral("c3c3c3c3-0000-4000-8000-000000000003");
    copperline.orgId = demoId('c', 0, 3);
    copperline.assistants.append(assistant(demoId('c', 1, 1), QStringLiteral("Dispatch"),
            QStringLiteral("Copperline dispatch."), 3, 2));
    copperline.assistants.append(assistant(demoId('c', 1, 2), QStringLiteral("Driver Support"),
            QStringLiteral("Copperline driver support."), 3, 3));
    const QString agencySid = QStringLiteral("ACc4b2af4722ee54e317672875b2d8cf49");
    const QString copperlineSid = QStringLiteral("AC9fe647f33f6b99e3030ad8503063d4b5");
    const QString copperlineToken = QStringLiteral("46ca7f593180019ee82dd99d32a867f6");
    VapiNumberRecord imported;
    imported.id = demoId('c', 2, 1);
    imported.provider = QStringLiteral("twilio");
    imported.createdAt = imported.updatedAt = day(3, 4, 10);
    imported.fields.insert(QStringLiteral("number"), QStringLiteral("+12065550100"));
    imported.fields.insert(QStringLiteral("twilioAccountSid"), copperlineSid);
    imported.fields.insert(QStringLiteral("smsEnabled"), true);
    imported.fields.insert(QStringLiteral("name"), QStringLiteral("Dispatch"));
    imported.fields.insert(QStringLiteral("assistantId"), copperline.assistants.at(0).id);
    imported.twilioAuthToken = copperlineToken;
    copperline.phoneNumbers.append(imported);
    world.vapiOrgs.append(copperline);

    // The agency's own ("workspace") Twilio account, with an API key and two numbers.
    TwilioAccountRecord agency;
    agency.sid = agencySid;
    agency.authToken = QStringLiteral("b188d1c1385425e20737b4a99c9d0c7a");
    agency.friendlyName = QStringLiteral("Switchboard Agency");
    agency.dateCreated = agency.dateUpdated = day(1, 2);
    TwilioKeyRecord agencyKey;
    agencyKey.sid = QStringLiteral("SKd944b30b8cfbe9c8e67c4e19a75688bc");
    agencyKey.secret = QStringLiteral("6ef207dac7905d65416176e3b59b7fd5");
    agencyKey.friendlyName = QStringLiteral("switchboard");
    agencyKey.dateCreated = day(1, 2);
    agency.apiKeys.append(agencyKey);
    agency.numbers.append(owned(QStringLiteral("PN00000000000000000000000000000a01"),
            QStringLiteral("+13125550100"), 1, 3));
    agency.numbers.append(owned(QStringLiteral("PN00000000000000000000000000000a02"),
            QStringLiteral("+13125550101"), 1, 3));
    world.twilioAccounts.append(agency);

    // Copperline's subaccount of the agency account, with its own key.
    TwilioAccountRecord copperlineTwilio;
    copperlineTwilio.sid = copperlineSid;
    copperlineTwilio.authToken = copperlineToken;
    copperlineTwilio.friendlyName = QStringLiteral("Copperline Logistics");
    copperlineTwilio.ownerAccountSid = agencySid;
    copperlineTwilio.dateCreated = copperlineTwilio.dateUpdated = day(3, 1);
    TwilioKeyRecord copperlineKey;
    copperlineKey.sid = QStringLiteral("SKefb962905c3e8c383b7981f4faf6c1be");
    copperlineKey.secret = QStringLiteral("6b31794a515a63e63eb34fdbca1a2660");
    copperlineKey.friendlyName = QStringLiteral("switchboard");
    copperlineKey.dateCreated = day(3, 1);
    copperlineTwilio.apiKeys.append(copperlineKey);
    IncomingNumberRecord dispatch = owned(QStringLiteral("PN00000000000000000000000000000c01"),
            QStringLiteral("+12065550100"), 3, 4);
    dispatch.settings.insert(QStringLiteral("voice_url"), world.settings.vapiVoiceUrl);
    dispatch.settings.insert(QStringLiteral("sms_url"), world.settings.vapiSmsUrl);
    copperlineTwilio.numbers.append(dispatch);
    copperlineTwilio.numbers.append(owned(QStringLiteral("PN00000000000000000000000000000c02"),
            QStringLiteral("+12065550101"), 3, 4));
    world.twilioAccounts.append(copperlineTwilio);

    InventoryRule local;
    local.areaCodes = {QStringLiteral("206"), QStringLiteral("212"), QStringLiteral("303"),
            QStringLiteral("305"), QStringLiteral("312"), QStringLiteral("415"),
            QStringLiteral("512"), QStringLiteral("617")};
    local.count = 40;
    world.inventoryRules.append(local);
    InventoryRule tollFree;
    tollFree.type = QStringLiteral("toll-free");
    tollFree.areaCodes = {QStringLiteral("833"), QStringLiteral("844")};
    tollFree.count = 20;
    world.inventoryRules.append(tollFree);
    return world;
}

} // namespace Switchboard::Sandbox
