// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/World.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace Switchboard::Sandbox {

// The live world of a running sandbox, with the indexes the routes need. Every change goes
// through here and ends with notifyChanged(), which a --state file listens to.
// Record pointers handed out stay valid until the next record of the same kind is added.
class SandboxState : public QObject
{
    Q_OBJECT

public:
    explicit SandboxState(World world = {}, QObject *parent = nullptr);

    const World &world() const { return m_world; }
    void setWorld(World world);
    // Counts setWorld() calls: caches of record renderings compare it.
    quint64 generation() const { return m_generation; }

    // Seeding (tests, the command line). A Vapi account gets a fresh orgId, which is returned;
    // freeNumberCap -1 means the world's default. A Twilio account with ownerAccountSid is a
    // subaccount of that account. Owned numbers must be E.164.
    QString addVapiAccount(const QString &apiKey, int freeNumberCap = -1, const QString &name = {});
    void addTwilioAccount(const QString &sid, const QString &authToken,
            const QStringList &ownedNumbers = {}, const QString &ownerAccountSid = {});
    void addTwilioApiKey(const QString &accountSid, const QString &keySid, const QString &secret);

    VapiOrgRecord *vapiOrgByKey(const QString &apiKey);
    VapiOrgRecord *vapiOrg(const QString &orgId);
    const VapiOrgRecord *vapiOrg(const QString &orgId) const;
    TwilioAccountRecord *twilioAccount(const QString &sid);
    const TwilioAccountRecord *twilioAccount(const QString &sid) const;
    // The account an API key (SK…) belongs to; *key receives the key.
    TwilioAccountRecord *twilioAccountOfKey(const QString &keySid, const TwilioKeyRecord **key);
    // The Twilio account that owns a number, or nullptr.
    TwilioAccountRecord *twilioOwnerOf(const QString &e164);

    int freeNumberCap(const VapiOrgRecord &org) const;
    int freeNumberCount(const VapiOrgRecord &org) const;
    // "activating", "active" or a fixed status, as of now.
    QString vapiNumberStatus(const VapiNumberRecord &number) const;

    // Changes that keep the indexes right.
    VapiNumberRecord &addVapiNumber(VapiOrgRecord &org, VapiNumberRecord number);
    VapiNumberRecord removeVapiNumber(VapiOrgRecord &org, qsizetype index);
    void replaceVapiNumber(VapiOrgRecord &org, qsizetype index, VapiNumberRecord number);
    IncomingNumberRecord &addIncomingNumber(
            TwilioAccountRecord &account, IncomingNumberRecord number);
    IncomingNumberRecord removeIncomingNumber(TwilioAccountRecord &account, qsizetype index);
    TwilioAccountRecord &addSubaccount(TwilioAccountRecord account);

    // Twilio's inventory (what AvailablePhoneNumbers searches), numbers in use included; and
    // whether a number is in use: owned by a Twilio account or a free Vapi number.
    const QList<InventoryNumber> &inventory() const { return m_inventory; }
    const InventoryNumber *inventoryEntry(const QString &e164) const;
    bool isNumberInUse(const QString &e164) const;
    // Whether a SIP URI (lower case) is taken in a region.
    bool isSipUriTaken(const QString &region, const QString &sipUri) const;

    // Fresh ids from the seed, and a clock that never returns the same millisecond twice (so
    // createdAt filters and sort orders are total).
    QString newUuid();
    QString newSid(const QString &prefix);
    QString newSecret();
    QDateTime now();

    void notifyChanged();

Q_SIGNALS:
    void changed();

private:
    void reindex();
    void indexVapiNumber(const VapiOrgRecord &org, const VapiNumberRecord &number, bool add);

    World m_world;
    QHash<QString, qsizetype> m_orgByKey;
    QHash<QString, qsizetype> m_orgById;
    QHash<QString, qsizetype> m_twilioBySid;
    QHash<QString, QString> m_twilioOwnerByNumber;
    QSet<QString> m_freeVapiNumbers;
    QHash<QString, int> m_freeCountByOrg; // orgId → numbers with provider "vapi"
    QSet<QString> m_sipUris; // "region|uri"
    QList<InventoryNumber> m_inventory;
    QHash<QString, qsizetype> m_inventoryIndex;
    QDateTime m_lastTime;
    quint64 m_generation = 0;
};

} // namespace Switchboard::Sandbox
