// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/DirectorySync.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"

#include <QSet>
#include <QTimer>

namespace Switchboard {

struct DirectorySync::Round
{
    std::chrono::steady_clock::time_point startedAt = std::chrono::steady_clock::now();
    VapiAccount account;
    QPointer<VapiClient> client;
    QList<Waiter> waiters;
    bool everything = false;
    int pending = 0;
    QString error;
    std::optional<QList<Assistant>> assistants;
    std::optional<QList<PhoneNumber>> numbers;
};

DirectorySync::DirectorySync(DirectoryStore &directory, OrganizationStore &organizations,
        const AccountStore &accounts, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_organizations(organizations)
    , m_accountStore(accounts)
    , m_clock(std::move(clock))
{ }

DirectorySync::~DirectorySync() = default;

void DirectorySync::refresh(
        const VapiAccount &account, VapiClient &client, QObject *context, Done done, Depth depth)
{
    Q_ASSERT(context);
    AccountState &state = m_accounts[account.id];
    // Deletions show only in a full listing, and only in one that starts after the request.
    if (depth == Depth::Changes) {
        const auto now = std::chrono::steady_clock::now();
        const auto freshFor = std::chrono::milliseconds(FreshForMs);
        if (state.current && now - state.current->startedAt <= freshFor) {
            state.current->waiters.append(Waiter{context, std::move(done)});
            return;
        }
        if (!state.inFlight && state.freshSince && now - *state.freshSince <= freshFor) {
            QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
            return;
        }
    }
    state.waiting.append(Waiter{context, std::move(done)});
    state.everythingWanted = state.everythingWanted || depth == Depth::Everything;
    scheduleRound(account, client);
}

void DirectorySync::scheduleRound(const VapiAccount &account, VapiClient &client)
{
    AccountState &state = m_accounts[account.id];
    if (state.inFlight)
        return; // the next round starts when this one ends, and serves whoever waits
    // From the event loop: callers that ask in the same turn share the round, and no callback
    // runs inside refresh().
    state.inFlight = true;
    QTimer::singleShot(0, this, [this, account, client = QPointer<VapiClient>(&client)] {
        if (client) {
            startRound(account, *client);
            return;
        }
        auto round = std::make_shared<Round>();
        round->account = account;
        round->waiters = std::exchange(m_accounts[account.id].waiting, {});
        endRound(round, tr("The Vapi client of %1 went away.").arg(account.label));
    });
}

void DirectorySync::startRound(const VapiAccount &account, VapiClient &client)
{
    AccountState &state = m_accounts[account.id];
    auto round = std::make_shared<Round>();
    round->account = account;
    round->client = &client;
    round->waiters = std::exchange(state.waiting, {});
    state.current = round;
    round->everything = state.everythingWanted || !state.fullListingAt.isValid();
    state.everythingWanted = false;
    ++m_rounds;
    if (round->everything)
        listEverything(round);
    else
        listChanges(round);
}

void DirectorySync::listEverything(const std::shared_ptr<Round> &round)
{
    ++m_fullListings;
    round->everything = true;
    round->client->listAssistants(this, [this, round](const ApiResult<QList<Assistant>> &listed) {
        if (!listed) {
            endRound(round, listed.error().toString());
            return;
        }
        round->assistants = listed.value();
        round->client->listAllPhoneNumbers(
                this, [this, round](const ApiResult<QList<PhoneNumber>> &numbers) {
                    if (!numbers) {
                        endRound(round, numbers.error().toString());
                        return;
                    }
                    round->numbers = numbers.value();
                    QList<Assistant> assistants = *round->assistants;
                    linkToOrganizations(
                            round->account, m_organizations, m_accountStore, assistants);
                    QHash<QString, QString> numberOfAssistant;
                    for (const PhoneNumber &number : std::as_const(*round->numbers)) {
                        if (!number.assistantId.isEmpty())
                            numberOfAssistant.insert(number.assistantId, number.id);
                    }
                    for (Assistant &assistant : assistants)
                        assistant.phoneNumberId = numberOfAssistant.value(assistant.id);
                    QString error;
                    if (!m_directory.replaceAssistants(round->account.id, assistants)
                                    .reportTo(&error)
                            || !m_directory.replaceNumbers(round->account.id, *round->numbers)
                                        .reportTo(&error)) {
                        endRound(round,
                                tr("the workspace could not keep the listing: %1").arg(error));
                        return;
                    }
                    noteFullListing(round->account.id, assistants, *round->numbers);
                    endRound(round, {});
                });
    });
}

void DirectorySync::listChanges(const std::shared_ptr<Round> &round)
{
    const AccountState &state = m_accounts[round->account.id];
    const auto since = [](const QDateTime &mark) {
        // An account that held nothing has no mark: everything since the epoch is what it holds.
        return mark.isValid() ? mark.addMSecs(-ChangeMarginMs)
                              : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    };
    // Both at once: a round costs one round trip.
    round->pending = 2;
    auto arrived = [this, round](const QString &error) {
        if (!error.isEmpty() && round->error.isEmpty())
            round->error = error;
        if (--round->pending > 0)
            return;
        if (!round->error.isEmpty()) {
            endRound(round, round->error);
            return;
        }
        writeChanges(round);
    };
    round->client->listAssistantsChangedSince(since(state.assistantsMark), this,
            [round, arrived](const ApiResult<QList<Assistant>> &listed) {
                if (listed)
                    round->assistants = listed.value();
                arrived(listed ? QString() : listed.error().toString());
            });
    round->client->listPhoneNumbersChangedSince(since(state.numbersMark), this,
            [round, arrived](const ApiResult<QList<PhoneNumber>> &listed) {
                if (listed)
                    round->numbers = listed.value();
                arrived(listed ? QString() : listed.error().toString());
            });
}

void DirectorySync::writeChanges(const std::shared_ptr<Round> &round)
{
    // GET /assistant has no pages: a full answer may have left some out, so list everything.
    if (round->assistants->size() >= 1000) {
        listEverything(round);
        return;
    }
    const qint64 accountId = round->account.id;
    QString error;
    // Numbers first. A round sees again what changed within the margin: what the cache already
    // holds as it is costs a read, not a write.
    QHash<QString, QString> assignedTo; // assistant id → the number now routed to it
    QSet<QString> movedAway; // assistants a number left: whether they keep another is read back
    for (const PhoneNumber &changed : std::as_const(*round->numbers)) {
        const std::optional<PhoneNumber> before = m_directory.number(changed.id, &error);
        if (!error.isEmpty())
            break;
        if (before && before->vapiAccountId != accountId)
            continue; // another account's id: never let one account's listing move it
        if (!changed.assistantId.isEmpty())
            assignedTo.insert(changed.assistantId, changed.id);
        if (before && before->updatedAt == changed.updatedAt
                && before->assistantId == changed.assistantId && before->status == changed.status)
            continue;
        PhoneNumber number = changed;
        number.vapiAccountId = accountId;
        if (before) {
            if (number.organizationId == 0)
                number.organizationId = before->organizationId;
            if (before->assistantId != number.assistantId && !before->assistantId.isEmpty())
                movedAway.insert(before->assistantId);
        }
        if (!m_directory.upsertNumber(number).reportTo(&error))
            break;
    }
    QList<Assistant> changedAssistants = *round->assistants;
    linkToOrganizations(round->account, m_organizations, m_accountStore, changedAssistants);
    QHash<QString, Assistant> toWrite;
    for (const Assistant &assistant : std::as_const(changedAssistants)) {
        if (!error.isEmpty())
            break;
        const std::optional<Assistant> cached = m_directory.assistant(assistant.id, &error);
        if (cached && cached->vapiAccountId != accountId)
            continue;
        Assistant updated = assistant;
        updated.phoneNumberId = cached ? cached->phoneNumberId : QString();
        const bool same = cached && cached->updatedAt == assistant.updatedAt
                && cached->organizationId == assistant.organizationId;
        if (!same || !cached)
            toWrite.insert(updated.id, updated);
        if (!cached)
            movedAway.insert(updated.id); // new here: read its numbers back
    }
    // Which number each assistant has now: the one routed to it, else (a number left it) one it
    // still has, if any.
    const auto cachedAssistant = [&](const QString &id) -> std::optional<Assistant> {
        if (toWrite.contains(id))
            return toWrite.value(id);
        std::optional<Assistant> cached = m_directory.assistant(id, &error);
        if (!cached || cached->vapiAccountId != accountId)
            return std::nullopt;
        return cached;
    };
    for (auto it = assignedTo.cbegin(); error.isEmpty() && it != assignedTo.cend(); ++it) {
        std::optional<Assistant> assistant = cachedAssistant(it.key());
        if (assistant && assistant->phoneNumberId != it.value()) {
            assistant->phoneNumberId = it.value();
            toWrite.insert(assistant->id, *assistant);
        }
    }
    for (const QString &id : std::as_const(movedAway)) {
        if (!error.isEmpty() || assignedTo.contains(id))
            continue;
        std::optional<Assistant> assistant = cachedAssistant(id);
        if (!assistant)
            continue;
        QString kept;
        for (const PhoneNumber &number : m_directory.numbersOfAssistant(id, &error)) {
            if (number.vapiAccountId == accountId)
                kept = number.id;
        }
        if (error.isEmpty() && (assistant->phoneNumberId != kept || toWrite.contains(id))) {
            assistant->phoneNumberId = kept;
            toWrite.insert(id, *assistant);
        }
    }
    for (auto it = toWrite.cbegin(); error.isEmpty() && it != toWrite.cend(); ++it)
        (void)m_directory.upsertAssistant(it.value()).reportTo(&error);
    if (!error.isEmpty()) {
        endRound(round, tr("the workspace could not keep the listing: %1").arg(error));
        return;
    }
    AccountState &state = m_accounts[accountId];
    for (const Assistant &assistant : std::as_const(*round->assistants))
        advance(state.assistantsMark, assistant.updatedAt);
    for (const PhoneNumber &number : std::as_const(*round->numbers))
        advance(state.numbersMark, number.updatedAt);
    endRound(round, {});
}

void DirectorySync::endRound(const std::shared_ptr<Round> &round, const QString &error)
{
    {
        AccountState &state = m_accounts[round->account.id];
        if (state.current == round)
            state.current.reset();
        if (error.isEmpty())
            state.freshSince = round->startedAt;
    }
    for (const Waiter &waiter : std::as_const(round->waiters)) {
        if (waiter.context)
            waiter.done(error);
    }
    // Looked up after the callbacks: one of them may have asked about another account.
    AccountState &state = m_accounts[round->account.id];
    state.inFlight = false;
    if (state.waiting.isEmpty())
        return;
    if (round->client) {
        scheduleRound(round->account, *round->client);
        return;
    }
    // Nobody can be asked: everyone still waiting hears so.
    const QList<Waiter> waiting = std::exchange(state.waiting, {});
    for (const Waiter &waiter : waiting) {
        if (waiter.context)
            waiter.done(tr("The Vapi client of %1 went away.").arg(round->account.label));
    }
}

void DirectorySync::noteFullListing(
        qint64 vapiAccountId, const QList<Assistant> &assistants, const QList<PhoneNumber> &numbers)
{
    AccountState &state = m_accounts[vapiAccountId];
    state.fullListingAt = m_clock();
    state.assistantsMark = {};
    state.numbersMark = {};
    for (const Assistant &assistant : assistants)
        advance(state.assistantsMark, assistant.updatedAt);
    for (const PhoneNumber &number : numbers)
        advance(state.numbersMark, number.updatedAt);
}

QDateTime DirectorySync::lastFullListing(qint64 vapiAccountId) const
{
    return m_accounts.value(vapiAccountId).fullListingAt;
}

void DirectorySync::linkToOrganizations(const VapiAccount &account,
        const OrganizationStore &organizations, const AccountStore &accounts,
        QList<Assistant> &assistants)
{
    QHash<QString, qint64> organizationOfSlug;
    for (const Organization &organization : organizations.list())
        organizationOfSlug.insert(organization.slug, organization.id);
    const qint64 unlinkedOwner = ownerOfUnlinked(account, accounts);
    for (Assistant &assistant : assistants) {
        assistant.vapiAccountId = account.id;
        assistant.organizationId = organizationOfSlug.value(
                assistant.metadata.value(DirectoryRefresh::metadataKey()).toString());
        if (assistant.organizationId == 0)
            assistant.organizationId = unlinkedOwner;
    }
}

qint64 DirectorySync::ownerOfUnlinked(const VapiAccount &account, const AccountStore &accounts)
{
    if (account.vapiOrgId.isEmpty())
        return account.organizationId; // compared with nothing (VapiAccountSharing)
    QString error;
    const QList<VapiAccount> all = accounts.vapiAccounts(&error);
    if (!error.isEmpty())
        return 0; // unknown: nobody's until the next listing, rather than the wrong customer's
    qint64 firstId = account.id;
    qint64 owner = account.organizationId;
    for (const VapiAccount &other : all) {
        if (other.vapiOrgId == account.vapiOrgId && other.id < firstId) {
            firstId = other.id;
            owner = other.organizationId;
        }
    }
    return owner;
}

void DirectorySync::advance(QDateTime &mark, const QDateTime &seen)
{
    if (seen.isValid() && (!mark.isValid() || seen > mark))
        mark = seen;
}

} // namespace Switchboard
