// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Assistant.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/VapiAccount.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

class AccountStore;
class DirectoryStore;
class OrganizationStore;
class VapiClient;

// Keeps the workspace's cache (DirectoryStore) of each Vapi account fresh for the chain, at a
// cost that follows what changes in the account, not how much it holds.
//
// The first round for an account lists everything (assistants and numbers); after that a round
// asks Vapi only for what was created or changed since the newest `updatedAt` seen, less
// ChangeMargin (GET /v2/phone-number?updatedAtGe=…, GET /assistant?updatedAtGe=…). A caller that
// asks while a round is in flight is served by the next one, which starts after it asked: every
// caller sees Vapi as it was at most FreshForMs before its request, and a batch of many jobs
// shares rounds.
//
// What the change listing cannot show is a deletion: a number deleted in the dashboard stays in
// the cache until the next full listing. The chain checks the two places where that would
// matter (an assistant that seems to have a number; a cap that seems reached) before it acts.
class DirectorySync : public QObject
{
    Q_OBJECT

public:
    // Vapi's listings are assumed to show a change within this long of its updatedAt (replicas,
    // clocks of different servers); a round asks again for everything changed in that margin.
    static constexpr int ChangeMarginMs = 2000;
    // A round that began at most this long before a request serves it: the jobs of a batch
    // share rounds, and a batch keeps to the product's request rate instead of spending half of
    // it on listings. It widens the window in which a number assigned in the dashboard goes
    // unseen from one round trip to this plus one round trip (docs/ARCHITECTURE.md).
    static constexpr int FreshForMs = 1000;

    enum class Depth {
        Changes, // what changed since the last round (a full listing if there was none)
        Everything, // a full listing, for what changes cannot show (deletions)
    };

    // `error` is empty when the cache is fresh; otherwise why Vapi could not be listed or the
    // cache not written.
    using Done = std::function<void(const QString &error)>;

    DirectorySync(DirectoryStore &directory, OrganizationStore &organizations,
            const AccountStore &accounts, std::function<QDateTime()> clock,
            QObject *parent = nullptr);
    ~DirectorySync() override;

    // Brings the cache of `account` up to a moment after this call. `done` runs once, in the
    // event loop, unless `context` is destroyed first.
    void refresh(const VapiAccount &account, VapiClient &client, QObject *context, Done done,
            Depth depth = Depth::Changes);

    // A full listing was written to the cache by someone else (DirectoryRefresh): later rounds
    // ask only for changes since it.
    void noteFullListing(qint64 vapiAccountId, const QList<Assistant> &assistants,
            const QList<PhoneNumber> &numbers);
    // When the last full listing of the account arrived (local clock); invalid if none.
    QDateTime lastFullListing(qint64 vapiAccountId) const;

    // Which organization each assistant belongs to, from the link in its metadata; a white-label
    // customer's own account holds only its assistants. Sets vapiAccountId too.
    static void linkToOrganizations(const VapiAccount &account,
            const OrganizationStore &organizations, const AccountStore &accounts,
            QList<Assistant> &assistants);
    // The organization an assistant without the link belongs to, listed through `account`:
    // its white-label customer's; none for the workspace's account. When several organizations'
    // keys reach one Vapi account (they share it, confirmed in the wizard or the CLI), whoever
    // lists it: the one that registered the account first (the oldest row), so that a second
    // customer never takes over the first one's assistants, nor provisions them under its own
    // policy, and the cache does not change hands with each listing.
    static qint64 ownerOfUnlinked(const VapiAccount &account, const AccountStore &accounts);

    // For tests and benchmarks: rounds run, and of them full listings.
    int rounds() const { return m_rounds; }
    int fullListings() const { return m_fullListings; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct Round;
    struct AccountState
    {
        QDateTime fullListingAt;
        QDateTime numbersMark; // Vapi's clock: the newest updatedAt seen
        QDateTime assistantsMark;
        bool inFlight = false; // a round is scheduled or running
        std::shared_ptr<Round> current; // the running one
        // When the last round that answered began: it serves requests for FreshForMs.
        std::optional<std::chrono::steady_clock::time_point> freshSince;
        bool everythingWanted = false;
        QList<Waiter> waiting; // for the next round
    };

    void scheduleRound(const VapiAccount &account, VapiClient &client);
    void startRound(const VapiAccount &account, VapiClient &client);
    void listEverything(const std::shared_ptr<Round> &round);
    void listChanges(const std::shared_ptr<Round> &round);
    void writeChanges(const std::shared_ptr<Round> &round);
    void endRound(const std::shared_ptr<Round> &round, const QString &error);
    static void advance(QDateTime &mark, const QDateTime &seen);

    DirectoryStore &m_directory;
    OrganizationStore &m_organizations;
    const AccountStore &m_accountStore;
    std::function<QDateTime()> m_clock;
    QHash<qint64, AccountState> m_accounts;
    int m_rounds = 0;
    int m_fullListings = 0;
};

} // namespace Switchboard
