// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/SandboxState.h"

#include "sandbox/world/IdGenerator.h"
#include "sandbox/world/Inventory.h"

namespace Switchboard::Sandbox {

SandboxState::SandboxState(World world, QObject *parent)
    : QObject(parent)
    , m_world(std::move(world))
{
    reindex();
}

void SandboxState::setWorld(World world)
{
    ++m_generation;
    m_world = std::move(world);
    reindex();
}

void SandboxState::reindex()
{
    m_orgByKey.clear();
    m_orgById.clear();
    m_twilioBySid.clear();
    m_twilioOwnerByNumber.clear();
    m_freeVapiNumbers.clear();
    m_freeCountByOrg.clear();
    m_sipUris.clear();
    for (qsizetype i = 0; i < m_world.vapiOrgs.size(); ++i) {
        const VapiOrgRecord &org = m_world.vapiOrgs.at(i);
        m_orgByKey.insert(org.apiKey, i);
        m_orgById.insert(org.orgId, i);
        for (const VapiNumberRecord &number : org.phoneNumbers)
            indexVapiNumber(org, number, true);
    }
    for (qsizetype i = 0; i < m_world.twilioAccounts.size(); ++i) {
        const TwilioAccountRecord &account = m_world.twilioAccounts.at(i);
        m_twilioBySid.insert(account.sid, i);
        for (const IncomingNumberRecord &number : account.numbers)
            m_twilioOwnerByNumber.insert(number.phoneNumber, account.sid);
    }
    m_inventory = Inventory::expand(m_world.inventoryRules, m_world.inventoryNumbers);
    m_inventoryIndex.clear();
    for (qsizetype i = 0; i < m_inventory.size(); ++i)
        m_inventoryIndex.insert(m_inventory.at(i).phoneNumber, i);
}

void SandboxState::indexVapiNumber(
        const VapiOrgRecord &org, const VapiNumberRecord &number, bool add)
{
    if (number.provider != QLatin1String("vapi"))
        return;
    const QString e164 = number.number();
    const QString sip = number.sipUri();
    m_freeCountByOrg[org.orgId] += add ? 1 : -1;
    if (add) {
        if (!e164.isEmpty())
            m_freeVapiNumbers.insert(e164);
        if (!sip.isEmpty())
            m_sipUris.insert(org.region + u'|' + sip);
    } else {
        m_freeVapiNumbers.remove(e164);
        m_sipUris.remove(org.region + u'|' + sip);
    }
}

QString SandboxState::addVapiAccount(const QString &apiKey, int freeNumberCap, const QString &name)
{
    Q_ASSERT_X(!m_orgByKey.contains(apiKey), "SandboxState::addVapiAccount", "duplicate key");
    VapiOrgRecord org;
    org.apiKey = apiKey;
    org.orgId = newUuid();
    org.freeNumberCap = freeNumberCap;
    org.name = name;
    m_orgByKey.insert(org.apiKey, m_world.vapiOrgs.size());
    m_orgById.insert(org.orgId, m_world.vapiOrgs.size());
    m_world.vapiOrgs.append(org);
    notifyChanged();
    return org.orgId;
}

void SandboxState::addTwilioAccount(const QString &sid, const QString &authToken,
        const QStringList &ownedNumbers, const QString &ownerAccountSid)
{
    Q_ASSERT_X(!m_twilioBySid.contains(sid), "SandboxState::addTwilioAccount", "duplicate SID");
    TwilioAccountRecord account;
    account.sid = sid;
    account.authToken = authToken;
    account.ownerAccountSid = ownerAccountSid;
    account.friendlyName = sid;
    account.dateCreated = account.dateUpdated = now();
    m_twilioBySid.insert(sid, m_world.twilioAccounts.size());
    m_world.twilioAccounts.append(account);
    TwilioAccountRecord &added = m_world.twilioAccounts.last();
    for (const QString &e164 : ownedNumbers) {
        IncomingNumberRecord number;
        number.sid = newSid(QStringLiteral("PN"));
        number.phoneNumber = e164;
        number.friendlyName = Inventory::friendlyName(e164);
        if (const InventoryNumber *entry = inventoryEntry(e164))
            number.type = entry->type;
        number.dateCreated = number.dateUpdated = now();
        addIncomingNumber(added, number);
    }
    notifyChanged();
}

void SandboxState::addTwilioApiKey(
        const QString &accountSid, const QString &keySid, const QString &secret)
{
    TwilioAccountRecord *account = twilioAccount(accountSid);
    Q_ASSERT_X(account, "SandboxState::addTwilioApiKey", "unknown account");
    if (!account)
        return;
    TwilioKeyRecord key;
    key.sid = keySid;
    key.secret = secret;
    key.friendlyName = keySid;
    key.dateCreated = now();
    account->apiKeys.append(key);
    notifyChanged();
}

VapiOrgRecord *SandboxState::vapiOrgByKey(const QString &apiKey)
{
    const auto it = m_orgByKey.constFind(apiKey);
    return it == m_orgByKey.constEnd() ? nullptr : &m_world.vapiOrgs[*it];
}

VapiOrgRecord *SandboxState::vapiOrg(const QString &orgId)
{
    const auto it = m_orgById.constFind(orgId);
    return it == m_orgById.constEnd() ? nullptr : &m_world.vapiOrgs[*it];
}

const VapiOrgRecord *SandboxState::vapiOrg(const QString &orgId) const
{
    const auto it = m_orgById.constFind(orgId);
    return it == m_orgById.constEnd() ? nullptr : &m_world.vapiOrgs.at(*it);
}

TwilioAccountRecord *SandboxState::twilioAccount(const QString &sid)
{
    const auto it = m_twilioBySid.constFind(sid);
    return it == m_twilioBySid.constEnd() ? nullptr : &m_world.twilioAccounts[*it];
}

const TwilioAccountRecord *SandboxState::twilioAccount(const QString &sid) const
{
    const auto it = m_twilioBySid.constFind(sid);
    return it == m_twilioBySid.constEnd() ? nullptr : &m_world.twilioAccounts.at(*it);
}

TwilioAccountRecord *SandboxState::twilioAccountOfKey(
        const QString &keySid, const TwilioKeyRecord **key)
{
    for (TwilioAccountRecord &account : m_world.twilioAccounts) {
        for (const TwilioKeyRecord &candidate : account.apiKeys) {
            if (candidate.sid == keySid) {
                if (key)
                    *key = &candidate;
                return &account;
            }
        }
    }
    return nullptr;
}

TwilioAccountRecord *SandboxState::twilioOwnerOf(const QString &e164)
{
    const auto it = m_twilioOwnerByNumber.constFind(e164);
    return it == m_twilioOwnerByNumber.constEnd() ? nullptr : twilioAccount(*it);
}

int SandboxState::freeNumberCap(const VapiOrgRecord &org) const
{
    return org.freeNumberCap >= 0 ? org.freeNumberCap : m_world.settings.defaultFreeNumberCap;
}

int SandboxState::freeNumberCount(const VapiOrgRecord &org) const
{
    return m_freeCountByOrg.value(org.orgId);
}

QString SandboxState::vapiNumberStatus(const VapiNumberRecord &number) const
{
    if (!number.fixedStatus.isEmpty())
        return number.fixedStatus;
    if (number.activatesAt.isValid() && QDateTime::currentDateTimeUtc() < number.activatesAt)
        return QStringLiteral("activating");
    return QStringLiteral("active");
}

VapiNumberRecord &SandboxState::addVapiNumber(VapiOrgRecord &org, VapiNumberRecord number)
{
    indexVapiNumber(org, number, true);
    org.phoneNumbers.append(std::move(number));
    return org.phoneNumbers.last();
}

VapiNumberRecord SandboxState::removeVapiNumber(VapiOrgRecord &org, qsizetype index)
{
    VapiNumberRecord removed = org.phoneNumbers.takeAt(index);
    indexVapiNumber(org, removed, false);
    return removed;
}

void SandboxState::replaceVapiNumber(VapiOrgRecord &org, qsizetype index, VapiNumberRecord number)
{
    indexVapiNumber(org, org.phoneNumbers.at(index), false);
    indexVapiNumber(org, number, true);
    org.phoneNumbers[index] = std::move(number);
}

IncomingNumberRecord &SandboxState::addIncomingNumber(
        TwilioAccountRecord &account, IncomingNumberRecord number)
{
    m_twilioOwnerByNumber.insert(number.phoneNumber, account.sid);
    account.numbers.append(std::move(number));
    return account.numbers.last();
}

IncomingNumberRecord SandboxState::removeIncomingNumber(
        TwilioAccountRecord &account, qsizetype index)
{
    IncomingNumberRecord removed = account.numbers.takeAt(index);
    m_twilioOwnerByNumber.remove(removed.phoneNumber);
    return removed;
}

TwilioAccountRecord &SandboxState::addSubaccount(TwilioAccountRecord account)
{
    m_twilioBySid.insert(account.sid, m_world.twilioAccounts.size());
    m_world.twilioAccounts.append(std::move(account));
    return m_world.twilioAccounts.last();
}

const InventoryNumber *SandboxState::inventoryEntry(const QString &e164) const
{
    const auto it = m_inventoryIndex.constFind(e164);
    return it == m_inventoryIndex.constEnd() ? nullptr : &m_inventory.at(*it);
}

bool SandboxState::isNumberInUse(const QString &e164) const
{
    return m_twilioOwnerByNumber.contains(e164) || m_freeVapiNumbers.contains(e164);
}

bool SandboxState::isSipUriTaken(const QString &region, const QString &sipUri) const
{
    return m_sipUris.contains(region + u'|' + sipUri);
}

QString SandboxState::newUuid()
{
    return IdGenerator::uuid(m_world.settings.seed, m_world.idCounter++);
}

QString SandboxState::newSid(const QString &prefix)
{
    return IdGenerator::sid(prefix, m_world.settings.seed, m_world.idCounter++);
}

QString SandboxState::newSecret()
{
    return IdGenerator::secret(m_world.settings.seed, m_world.idCounter++);
}

QDateTime SandboxState::now()
{
    QDateTime time = QDateTime::currentDateTimeUtc();
    if (m_lastTime.isValid() && time <= m_lastTime)
        time = m_lastTime.addMSecs(1);
    m_lastTime = time;
    return time;
}

void SandboxState::notifyChanged()
{
    Q_EMIT changed();
}

} // namespace Switchboard::Sandbox
