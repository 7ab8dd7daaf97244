// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/PoolNumber.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Switchboard {

struct ApiError;

// Releasing a number, as the console and the CLI do it:
//
// 1. releaseFromVapi deletes the number from Vapi. A number from a Twilio pool goes back to its
//    pool (available, no Vapi id): Twilio still owns it and bills it every month.
// 2. Only with the user's consent (a confirmation in the console, a flag in the CLI),
//    releaseOnTwilio releases that pool number on Twilio (DELETE IncomingPhoneNumbers/{PN}),
//    which stops the bill, and takes it out of the pool.
//
// Each action that reached a service is recorded in the history as an event (EventLog), written
// after the call: what was released, where, by whom, and what the service said when it refused.
class NumberRelease : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // what happened, or why nothing did, in plain words
        // After a release from Vapi: the pool number now available again, which may be
        // released on Twilio as well; nullopt for a number of no pool.
        std::optional<PoolNumber> poolNumber;
        QString poolName; // "the organization's Twilio account" / "the workspace's …"
    };
    using Finished = std::function<void(const Outcome &)>;

    explicit NumberRelease(const ProvisioningServices &services, QObject *parent = nullptr);

    // `done` runs once, later (never inside the call).
    void releaseFromVapi(const PhoneNumber &number, const Finished &done);
    // `number` must still be an available number of its pool: one a job took meanwhile is
    // left alone.
    void releaseOnTwilio(const PoolNumber &number, const Finished &done);

    // The pool number that holds `number` (by its Vapi id, else by its address), if any.
    std::optional<PoolNumber> poolNumberOf(const PhoneNumber &number) const;

private:
    struct Record
    {
        qint64 organizationId = 0;
        QString assistantId;
        QString assistantName;
        PhoneAddress address;
        QString phoneNumberId;
        Strategy strategy = Strategy::Manual;
        bool onTwilio = false; // released on Twilio, not from Vapi
        bool ok = false;
        QString reason;
        QString summary;
    };
    // Writes the action into the history; returns an empty string, or why it could not.
    QString record(const Record &entry, const ApiError *error) const;
    void finishLater(const Finished &done, Outcome outcome);
    void onDeletedFromVapi(const PhoneNumber &number, const ApiError *error, const Finished &done);
    void deleteOnTwilio(const PoolNumber &number, const QString &sid, class TwilioClient *client,
            const Finished &done);
    void onDeletedOnTwilio(const PoolNumber &number, const ApiError *error, const Finished &done);
    Strategy poolStrategy(const PoolNumber &number) const;
    qint64 poolOrganization(const PoolNumber &number) const;

    ProvisioningServices m_services;
};

} // namespace Switchboard
