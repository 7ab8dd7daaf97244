// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiResult.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/ProvisioningAttempt.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/AttemptLease.h"
#include "core/provisioning/ProvisioningServices.h"
#include "core/storage/NumberPoolStore.h"

#include <QList>
#include <QObject>

namespace Switchboard {

class VapiClient;

// At start-up: completes what a crash or a killed process left unfinished, in three passes over
// lists read once at the start, so that it always ends (nothing it does can put an item back on
// a list it is working through):
// 1. Attempts left in flight: asks Vapi whether the number was made (by the tag the create
//    carried, or by the assistant it routes to). If so the attempt succeeded after all; if not
//    its steps failed. Either way the pool numbers it held are settled against that listing:
//    imported if Vapi has them, available again if not. An attempt whose APIs cannot be reached
//    stays in flight for the next start.
// 2. Pool numbers still claimed by finished attempts (an import whose outcome was unknown) are
//    settled against fresh listings of every Vapi account.
// 3. Purchases reserved by attempts that are no longer in flight are looked up in Twilio by the
//    tag they carried: a number found is put in the pool with Twilio's purchase date, and counts
//    against the month's limit; a purchase not found after PurchaseSettleDelay no longer counts
//    (until then a request still on its way could make it).
class Reconciliation : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int succeeded = 0; // the number had been made
        int failed = 0; // nothing had been made
        int pending = 0; // could not be checked now
        int busy = 0; // another live process or console is working on them
        int purchasesFound = 0; // bought numbers put in the pool
        int purchasesReleased = 0; // reservations that were never bought
    };

    static constexpr int PurchaseSettleDelaySeconds = 600;

    Reconciliation(const ProvisioningServices &services, QObject *parent = nullptr);

    void start();
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const Switchboard::Reconciliation::Summary &summary);

private:
    void next();
    void refreshNextAccount();
    void settleStaleClaims();
    void settleNextPurchase();
    void onVapiClient(VapiClient *client, const QString &error);
    void onNumbers(const ApiResult<QList<PhoneNumber>> &result);
    void settleClaims(const QList<PhoneNumber> &inVapi, const QStringList &tags) const;
    void completeSucceeded(const PhoneNumber &found);
    void completeFailed(const QString &reason);
    bool recordSettled(QList<ProvisioningStep> steps);
    void leavePending(const QString &reason);
    void finish();

    ProvisioningServices m_services;
    QList<ProvisioningAttempt> m_attempts;
    QList<VapiAccount> m_accountsToRefresh;
    QList<PurchaseSlot> m_purchases;
    bool m_refreshFailed = false;
    ProvisioningAttempt m_current;
    qint64 m_vapiAccountId = 0;
    Summary m_summary;
    bool m_finished = false;
};

} // namespace Switchboard
