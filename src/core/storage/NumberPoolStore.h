// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PoolNumber.h"
#include "core/domain/WorkspaceEvent.h"
#include "core/storage/WriteResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

class QSqlQuery;

namespace Switchboard {

class WorkspaceDatabase;

// A purchase Switchboard is making, or made, in a Twilio account: it counts against the
// account's monthly limit from the moment it is reserved, before the number is searched for.
struct PurchaseSlot
{
    qint64 id = 0;
    qint64 twilioAccountId = 0;
    qint64 attemptId = 0;
    QString requestTag; // the FriendlyName the purchase carries, to find it again
    QDateTime reservedAt;
};

// Numbers a Twilio account owns and offers to the provisioning chain. A number is claimed by
// one attempt at a time: claimNext() reserves it atomically, so two batches (or two consoles on
// one team database) never hand the same number out twice. A number is in one pool of the
// workspace only (a unique index): one customer's number never rings another's assistant.
//
// Purchases are counted in purchase slots: reservePurchase() takes one atomically with counting
// the month's purchases, so no number of batches, processes or consoles can buy past a limit.
class NumberPoolStore : public QObject
{
    Q_OBJECT

public:
    explicit NumberPoolStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    QList<PoolNumber> numbers(qint64 twilioAccountId, QString *error = nullptr) const;
    // Available numbers the chain may take at `now` (invalid: the clock's now): those Twilio
    // said less than a day ago it cannot use (setAside()) are not counted.
    int availableCount(
            qint64 twilioAccountId, const QDateTime &now = {}, QString *error = nullptr) const;
    // Adds numbers not yet in the pool (*addedCount: how many were new), each with its event.
    // A failure keeps the numbers added before it: a caller that needs all or nothing wraps
    // this in a transaction.
    WriteResult add(
            qint64 twilioAccountId, const QList<PhoneAddress> &numbers, int *addedCount = nullptr);
    // NotFound when the number is not in the pool.
    WriteResult remove(qint64 poolNumberId);
    // Removes the number only while it is available (not claimed by a job, not in Vapi), in one
    // statement: NotFound when it is not (taken meanwhile, or gone).
    WriteResult removeIfAvailable(qint64 poolNumberId);
    // A number Switchboard bought for an attempt: in the pool, reserved by that attempt.
    std::optional<PoolNumber> addPurchased(qint64 twilioAccountId, const PhoneAddress &number,
            const QString &twilioSid, qint64 attemptId, const QDateTime &when,
            QString *error = nullptr);
    // A number Switchboard bought whose attempt did not get to use it (found again after a
    // crash): available in the pool, with Twilio's purchase date.
    WriteResult adoptPurchased(qint64 twilioAccountId, const PhoneAddress &number,
            const QString &twilioSid, const QDateTime &boughtAt);
    // How many purchases count against the account's limit since `since`: made, or reserved
    // and not yet known to have failed.
    int purchasesSince(
            qint64 twilioAccountId, const QDateTime &since, QString *error = nullptr) const;

    // Reserves a purchase for an attempt if fewer than `limit` count since `since`; the count
    // and the reservation are one atomic step on both back-ends. nullopt when the limit is
    // reached, or on a database error (*error set; empty when it is only the limit).
    std::optional<PurchaseSlot> reservePurchase(qint64 twilioAccountId, qint64 attemptId,
            const QString &requestTag, int limit, const QDateTime &since, const QDateTime &now,
            QString *error = nullptr);
    // The purchase definitely did not happen: the slot no longer counts (done also when it was
    // settled already).
    WriteResult releasePurchase(qint64 slotId);
    // The purchase happened: the slot counts from Twilio's date on. NotFound: no such slot.
    WriteResult completePurchase(qint64 slotId, const PhoneAddress &number,
            const QString &twilioSid, const QDateTime &boughtAt);
    // A purchase found in Twilio that had no slot (bought twice by one request): it counts too.
    WriteResult recordPurchase(qint64 twilioAccountId, const PhoneAddress &number,
            const QString &twilioSid, const QDateTime &boughtAt);
    // Reserved purchases whose attempt is no longer in flight: their outcome is unknown until
    // Twilio is asked (Reconciliation). They keep counting meanwhile. A purchase a person makes
    // in a console has no attempt: it is left to that console until a quarter of an hour
    // before `now`.
    QList<PurchaseSlot> unsettledPurchases(const QDateTime &now, QString *error = nullptr) const;

    // Reserves the oldest available number for an attempt, or nullopt when none is left. A
    // number set aside at `now` (see setAside()) is passed over.
    std::optional<PoolNumber> claimNext(qint64 twilioAccountId, qint64 attemptId,
            const QDateTime &now = {}, QString *error = nullptr);
    // Puts a reserved number back (the import failed in a way that left nothing in Vapi); done
    // also when it was not reserved any more.
    WriteResult releaseClaim(qint64 poolNumberId);
    // NotFound when the number is no longer in the pool.
    WriteResult markImported(
            qint64 poolNumberId, const QString &vapiPhoneNumberId, const QString &twilioSid);
    // A number that left Vapi (released, deleted) is available again; done also when the pool
    // does not hold it.
    WriteResult markAvailable(qint64 twilioAccountId, const PhoneAddress &number);
    // What Twilio said about a pool number when it was asked (PoolNumberCheck): the mark, in
    // plain words, and when; with the number's PN… when Twilio gave it. A number the pool does
    // not hold changes nothing (and is done).
    WriteResult recordCheck(qint64 twilioAccountId, const PhoneAddress &number,
            PoolNumber::TwilioCheck check, const QString &detail, const QString &twilioSid,
            const QDateTime &when);
    // Available numbers Twilio said less than a day before `now` it cannot use (not in the
    // account, no voice, routed elsewhere): the chain passes them over, without asking Twilio
    // again on every job, until the mark is a day old or someone checks again.
    QList<PoolNumber> setAside(
            qint64 twilioAccountId, const QDateTime &now, QString *error = nullptr) const;
    // The numbers an attempt holds (claimed or bought for it, not yet settled).
    QList<PoolNumber> claimsOf(qint64 attemptId, QString *error = nullptr) const;
    // Claims whose attempt is no longer in flight: left by an import whose outcome was unknown.
    QList<PoolNumber> claimsOfFinishedAttempts(QString *error = nullptr) const;

Q_SIGNALS:
    void changed();

private:
    // changed(), once the change is committed (WorkspaceDatabase::whenCommitted).
    void announceChange();
    // Runs an UPDATE or DELETE of one row; changed() when it did.
    WriteResult changeOne(QSqlQuery &query, const QString &notFound);
    WriteResult removeRecorded(
            qint64 poolNumberId, const QString &condition, const QString &notFound);
    WorkspaceEvent poolEvent(EventKind kind, qint64 twilioAccountId, const PhoneAddress &number,
            const QString &summary) const;
    QString poolName(qint64 twilioAccountId) const;

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
