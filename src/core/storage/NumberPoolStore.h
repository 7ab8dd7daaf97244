#pragma once

#include "domain/PoolNumber.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace Switchboard {

class WorkspaceDatabase;

// Numbers a Twilio account owns and offers to the provisioning chain. A number is claimed by
// one attempt at a time: claimNext() reserves it atomically, so two batches (or two consoles on
// one team database) never hand the same number out twice.
class NumberPoolStore : public QObject
{
    Q_OBJECT

public:
    explicit NumberPoolStore(WorkspaceDatabase &database, QObject *parent = nullptr);

    QList<PoolNumber> numbers(qint64 twilioAccountId, QString *error = nullptr) const;
    int availableCount(qint64 twilioAccountId, QString *error = nullptr) const;
    // Adds numbers not yet in the pool; returns how many were new, or -1 on a database error.
    int add(qint64 twilioAccountId, const QList<PhoneAddress> &numbers, QString *error = nullptr);
    bool remove(qint64 poolNumberId, QString *error = nullptr);
    // A number Switchboard bought for an attempt: in the pool, reserved by that attempt.
    std::optional<PoolNumber> addPurchased(qint64 twilioAccountId, const PhoneAddress &number,
            const QString &twilioSid, qint64 attemptId, const QDateTime &when,
            QString *error = nullptr);
    // How many numbers Switchboard bought for the account since `since`.
    int purchasesSince(
            qint64 twilioAccountId, const QDateTime &since, QString *error = nullptr) const;

    // Reserves the oldest available number for an attempt, or nullopt when none is left.
    std::optional<PoolNumber> claimNext(
            qint64 twilioAccountId, qint64 attemptId, QString *error = nullptr);
    // Puts a reserved number back (the import failed in a way that left nothing in Vapi).
    bool releaseClaim(qint64 poolNumberId, QString *error = nullptr);
    bool markImported(qint64 poolNumberId, const QString &vapiPhoneNumberId,
            const QString &twilioSid, QString *error = nullptr);
    // A number that left Vapi (released, deleted) is available again.
    bool markAvailable(
            qint64 twilioAccountId, const PhoneAddress &number, QString *error = nullptr);
    std::optional<PoolNumber> reservedBy(qint64 attemptId, QString *error = nullptr) const;
    // Claims whose attempt is no longer in flight: left by an import whose outcome was unknown.
    QList<PoolNumber> claimsOfFinishedAttempts(QString *error = nullptr) const;

Q_SIGNALS:
    void changed();

private:
    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
