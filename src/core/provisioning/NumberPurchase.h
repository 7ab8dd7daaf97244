// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/TwilioTypes.h"
#include "core/domain/PhoneAddress.h"
#include "core/domain/TwilioAccount.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Switchboard {

class TwilioClient;

// A Twilio number bought by a person, for an organization's pool (issue 17: "search and buy a
// Twilio number for an organization … within the purchase limit, recorded"):
//   target()  which Twilio account pays, and its monthly limit: the organization's own account,
//             else the workspace's (which serves organizations without one);
//   search()  what Twilio offers in an area code (at most 30, voice-enabled);
//   buy()     the number chosen: a purchase slot is reserved first, atomically with counting the
//             month's purchases (NumberPoolStore::reservePurchase), so no number of consoles can
//             buy past the limit; then Twilio sells it, tagged to be found again; then it is
//             recorded (NumberPurchased, with who) and put in the pool, free for the chain.
// An answer that leaves unknown whether Twilio sold the number keeps the slot counting; the
// next start asks Twilio by the tag and settles it (Reconciliation). Each callback runs once,
// later, never inside the call.
class NumberPurchase : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        TwilioAccount account;
        QString payer; // "Acme Dental's Twilio account", "the workspace's Twilio account"
        int monthlyLimit = 0;
        int boughtThisMonth = 0; // made or in progress
    };
    struct Outcome
    {
        bool ok = false;
        QString message; // what happened, or why nothing did, in plain words
        PhoneAddress number;
    };
    using Offers = std::function<void(const QList<TwilioAvailableNumber> &, const QString &error)>;
    using Finished = std::function<void(const Outcome &)>;

    explicit NumberPurchase(const ProvisioningServices &services, QObject *parent = nullptr);
    ~NumberPurchase() override;

    // nullopt with *why when nothing can be bought for the organization (0: the workspace): no
    // Twilio account, buying off, or this month's limit reached.
    std::optional<Target> target(qint64 organizationId, QString *why) const;
    void search(qint64 organizationId, const QString &areaCode, const Offers &done);
    void buy(qint64 organizationId, const PhoneAddress &number, const Finished &done);
    const ProvisioningServices &services() const { return m_services; }

private:
    void withClient(qint64 organizationId, QString *why,
            const std::function<void(TwilioClient *, const Target &)> &use,
            const std::function<void(const QString &)> &fail);
    void recordBought(const Target &target, qint64 slotId, const TwilioIncomingNumber &bought,
            const Finished &done) const;

    ProvisioningServices m_services;
};

} // namespace Switchboard
