// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiResult.h"
#include "core/api/TwilioClient.h"
#include "core/domain/Assistant.h"
#include "core/domain/PoolNumber.h"
#include "core/provisioning/ChainPlanner.h"
#include "core/provisioning/FreeNumberTries.h"
#include "core/provisioning/ProvisioningResult.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QObject>

namespace Switchboard {

class FreeSlotLedger;
struct PoolCheckResult;
class VapiClient;

// One run of the chain for one assistant. Every link is recorded before its network call and
// completed after it; the job finishes exactly once: finish() (the attempt recorded) or
// finishWithoutRecord() (refused before anything was written), each guarded by m_finished,
// both emitting finished() through deliver(), after which it deletes itself. cancel() stops it at
// the next link, never in the middle of a create (cutting a create short would leave its outcome
// unknown).
class ProvisioningJob : public QObject
{
    Q_OBJECT

public:
    // How old a full listing may be for a reached cap to be believed without another.
    static constexpr int FullListingTrustSeconds = 60;

    ProvisioningJob(const ProvisioningServices &services, FreeSlotLedger &ledger,
            Organization organization, QString assistantId,
            AttemptOrigin origin = AttemptOrigin::Request, QObject *parent = nullptr);
    ~ProvisioningJob() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Organization &organization() const { return m_organization; }
    const QString &assistantId() const { return m_assistantId; }
    AttemptOrigin origin() const { return m_attempt.origin; }

Q_SIGNALS:
    // A link was recorded (skipped, started or completed): for a live step-by-step view.
    void stepRecorded(const Switchboard::ProvisioningStep &step);
    void finished(const Switchboard::ProvisioningResult &result);

private:
    // The request: the assistant must be the organization's, in the account that serves it
    void onVapiClient(VapiClient *client, const QString &error);
    void onDirectoryFresh(const QString &error);
    void checkExistingNumber(const PhoneNumber &cached);
    bool beginRecord(); // false: the job has finished
    void refuse(const QString &summary);
    void runWithoutVapi(const QString &refusal, const QString &reason);

    // The chain
    void runFreeLink();
    void onFreeNumberOutcome(const FreeNumberTries::Outcome &outcome);
    void runTwilioLink(Strategy strategy);
    void onTwilioClient(Strategy strategy, TwilioClient *client,
            const TwilioCredentials &credentials, const QString &error);
    void reserveAndBuy(Strategy strategy, const TwilioLinkState &link);
    void searchAndBuy(Strategy strategy, const QString &areaCode);
    void releasePurchaseSlot();
    void onNumberBought(Strategy strategy, const ApiResult<TwilioIncomingNumber> &result);
    void importPoolNumber(Strategy strategy, const PoolNumber &number);
    // Pool numbers: Twilio is asked before each import (PoolNumberCheck); a number it says
    // cannot be used is marked, skipped with the reason, and the next one is taken.
    bool noteSetAsideNumbers(Strategy strategy);
    void onPoolNumberChecked(
            Strategy strategy, const PoolNumber &number, const PoolCheckResult &checked);
    void sendImport(Strategy strategy, const PoolNumber &number);
    void onImported(
            Strategy strategy, const PoolNumber &number, const ApiResult<PhoneNumber> &result);
    void runNextLinkAfter(Strategy strategy);
    void runManualLink();

    // Recording
    // Each returns false when the workspace refused the write; the job has then finished, and
    // nothing that depends on the write (a request to Vapi or Twilio) may follow.
    bool beginStep(Strategy strategy, const QString &reason);
    bool skipStep(Strategy strategy, const QString &reason);
    bool endStep(StepStatus status, const QString &reason, const ApiError *error = nullptr);
    bool rememberNumber(const PhoneNumber &created);
    void stopOnStorageError(const QString &error);
    void finish(AttemptOutcome outcome, const QString &summary,
            std::optional<Strategy> strategy = std::nullopt);
    void closeWaitingTask();
    void finishWithoutRecord(const QString &summary);
    void deliver();
    bool stopIfCancelled();

    ProvisioningServices m_services;
    FreeSlotLedger &m_ledger;
    Organization m_organization;
    QString m_assistantId;
    ProvisioningAttempt m_attempt;
    ProvisioningResult m_result;
    std::optional<ProvisioningStep> m_step; // the link in flight
    int m_sequence = 0;
    std::optional<VapiAccount> m_vapiAccount;
    VapiClient *m_vapi = nullptr;
    TwilioClient *m_twilio = nullptr;
    TwilioCredentials m_twilioCredentials;
    std::optional<TwilioAccount> m_twilioAccount;
    bool m_holdsFreeSlot = false;
    int m_purchaseTries = 0;
    std::optional<qint64> m_purchaseSlot; // reserved, not yet known to be bought
    std::optional<Strategy> m_setAsideNoted; // the link whose passed-over numbers are recorded
    bool m_listedEverything = false; // the cap was confirmed by a full listing
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace Switchboard
