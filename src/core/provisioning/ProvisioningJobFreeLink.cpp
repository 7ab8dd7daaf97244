// SPDX-License-Identifier: Apache-2.0
// The first link of the chain: a free Vapi number, once the directory says the assistant has none.
#include "core/provisioning/ProvisioningJob.h"

#include "core/api/VapiClient.h"
#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/DirectorySync.h"
#include "core/provisioning/FreeNumberCap.h"
#include "core/provisioning/FreeSlotLedger.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {

void ProvisioningJob::onVapiClient(VapiClient *client, const QString &error)
{
    if (!client) {
        runWithoutVapi(
                tr("Assistant %1 cannot be checked (the Vapi key cannot be read: %2), and it "
                   "is not known as an assistant of %3.")
                        .arg(m_assistantId, error, m_organization.name),
                tr("The Vapi key cannot be read: %1").arg(error));
        return;
    }
    m_vapi = client;
    // Before anything is recorded, bought or created, the cache of the account is brought up to
    // now (only what changed, shared with the other jobs of a batch): whether the assistant
    // exists, is the organization's, and already has a number is then read from it.
    Q_ASSERT(m_services.directorySync);
    m_services.directorySync->refresh(*m_vapiAccount, *m_vapi, this,
            [this](const QString &refreshError) { onDirectoryFresh(refreshError); });
}

void ProvisioningJob::onDirectoryFresh(const QString &error)
{
    if (!error.isEmpty()) {
        // Not knowing what exists, creating anything could give the assistant a second number.
        finishWithoutRecord(tr("Nothing was done: Vapi could not be asked about assistant %1 "
                               "and its numbers (%2).")
                                    .arg(m_assistantId, error));
        return;
    }
    // Any other id is a mistake, and would spend this customer's money on someone else's
    // assistant.
    const auto assistant = m_services.directory->assistant(m_assistantId);
    if (!assistant || assistant->vapiAccountId != m_vapiAccount->id) {
        refuse(tr("There is no assistant %1 in the Vapi account that serves %2.")
                        .arg(m_assistantId, m_organization.name));
        return;
    }
    if (assistant->organizationId != m_organization.id) {
        const auto owner = assistant->organizationId == 0
                ? std::nullopt
                : m_services.organizations->findById(assistant->organizationId);
        refuse(owner ? tr("Assistant %1 (%2) belongs to %3, not to %4; nothing was done.")
                                .arg(m_assistantId, assistant->name, owner->name,
                                        m_organization.name)
                     : tr("Assistant %1 (%2) is not linked to %3; link it to the organization "
                          "first (Link an assistant in the console, or switchboard-cli assistant "
                          "link).")
                                .arg(m_assistantId, assistant->name, m_organization.name));
        return;
    }
    m_attempt.assistantName = assistant->name;
    if (!beginRecord())
        return;
    m_result.usageBefore = FreeNumberUsage(
            m_services.directory->freeNumberCount(m_vapiAccount->id), m_vapiAccount->freeNumberCap);
    for (const PhoneNumber &number : m_services.directory->numbersOfAssistant(m_assistantId)) {
        if (number.vapiAccountId == m_vapiAccount->id) {
            checkExistingNumber(number);
            return;
        }
    }
    runFreeLink();
}

// A change listing cannot show a deletion: a number the cache still holds is asked about by id
// before "already has a number" is believed (one small request, only on this path).
void ProvisioningJob::checkExistingNumber(const PhoneNumber &cached)
{
    m_vapi->getPhoneNumber(cached.id, this, [this, cached](const ApiResult<PhoneNumber> &result) {
        QString error;
        if (!result && result.error().category != ApiError::Category::NotFound) {
            finish(AttemptOutcome::Failed,
                    tr("Whether the assistant's number %1 still exists could not be checked, so "
                       "nothing was created: %2")
                            .arg(cached.address.displayText(), result.error().toString()));
            return;
        }
        if (result && result.value().assistantId == m_assistantId) {
            PhoneNumber number = result.value();
            number.vapiAccountId = m_vapiAccount->id;
            number.organizationId = cached.organizationId;
            m_result.alreadyHadNumber = true;
            m_result.number = number;
            m_attempt.phoneNumberId = number.id;
            m_attempt.address = number.address.isValid() ? number.address : cached.address;
            if (!m_services.directory->upsertNumber(number).reportTo(&error)) {
                stopOnStorageError(error);
                return;
            }
            finish(AttemptOutcome::Succeeded,
                    tr("The assistant already has %1; nothing was changed.")
                            .arg(m_attempt.address.displayText()));
            return;
        }
        // Deleted, or moved to another assistant, since the cache was written.
        bool written = false;
        if (result) {
            PhoneNumber moved = result.value();
            moved.vapiAccountId = m_vapiAccount->id;
            moved.organizationId = cached.organizationId;
            written = m_services.directory->upsertNumber(moved).reportTo(&error);
        } else {
            written = m_services.directory->removeNumber(cached.id).reportTo(&error);
        }
        if (written) {
            if (auto assistant = m_services.directory->assistant(m_assistantId)) {
                assistant->phoneNumberId.clear();
                written = m_services.directory->upsertAssistant(*assistant).reportTo(&error);
            }
        }
        if (!written) {
            stopOnStorageError(error);
            return;
        }
        runFreeLink();
    });
}

void ProvisioningJob::runFreeLink()
{
    if (stopIfCancelled())
        return;
    const ChainState state
            = readChainState(m_services, m_organization, m_ledger.inFlight(m_vapiAccount->id));
    const LinkDecision decision = ChainPlanner::decideFree(state);
    if (!decision.attempt && state.usage.level() == FreeNumberUsage::Level::Full
            && state.freeNumbersInFlight == 0 && !m_listedEverything) {
        // Moving on costs money. Numbers deleted in the dashboard do not show in a change
        // listing, so the cap is believed only after a full listing of less than a minute ago.
        const QDateTime listed = m_services.directorySync->lastFullListing(m_vapiAccount->id);
        if (!listed.isValid() || listed.secsTo(m_services.clock()) > FullListingTrustSeconds) {
            m_listedEverything = true;
            m_services.directorySync->refresh(
                    *m_vapiAccount, *m_vapi, this,
                    [this](const QString &error) {
                        if (!error.isEmpty())
                            qCInfo(lcProvisioning) << "the cap could not be confirmed:" << error;
                        runFreeLink();
                    },
                    DirectorySync::Depth::Everything);
            return;
        }
    }
    if (!decision.attempt) {
        if (skipStep(Strategy::VapiFree, decision.reason))
            runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (!beginStep(Strategy::VapiFree, decision.reason))
        return;
    VapiFreeNumberRequest request;
    request.assistantId = m_assistantId;
    request.name = m_step->requestTag;
    request.nameIsUnique = true;
    if (m_organization.preferSip)
        request.sipUri
                = ChainPlanner::sipUriFor(m_organization, m_vapiAccount->region, m_assistantId);
    else
        request.areaCode = m_organization.preferredAreaCode.isEmpty()
                ? m_services.settings->defaultAreaCode()
                : m_organization.preferredAreaCode;
    m_ledger.acquire(m_vapiAccount->id);
    m_holdsFreeSlot = true;
    auto *tries = new FreeNumberTries(*m_vapi, request, m_organization.freeAreaCodes, this);
    tries->start([this, tries](const FreeNumberTries::Outcome &outcome) {
        tries->deleteLater();
        onFreeNumberOutcome(outcome);
    });
}

void ProvisioningJob::onFreeNumberOutcome(const FreeNumberTries::Outcome &outcome)
{
    m_ledger.release(m_vapiAccount->id);
    m_holdsFreeSlot = false;
    // One try is the usual case; several are told, code by code, in the step.
    const QString trail = outcome.tries.size() > 1 ? u' ' + outcome.trail() : QString();
    const QDateTime now = m_services.clock();
    if (outcome.number) {
        if (!rememberNumber(*outcome.number))
            return;
        // Granted over a learned cap, or after a payment gate: the account can hold more.
        if (const WriteResult granted
                = m_services.accounts->recordFreeNumberGranted(m_vapiAccount->id,
                        m_services.directory->freeNumberCount(m_vapiAccount->id), now);
                !granted) {
            stopOnStorageError(granted.message());
            return;
        }
        if (!endStep(StepStatus::Succeeded,
                    tr("Free Vapi number %1 created and assigned.")
                                    .arg(outcome.number->address.displayText())
                            + trail))
            return;
        finish(AttemptOutcome::Succeeded,
                tr("Assigned the free Vapi number %1.").arg(m_result.number.address.displayText()),
                Strategy::VapiFree);
        return;
    }
    const ApiError &error = outcome.error;
    if (error.category == ApiError::Category::LimitReached) {
        // Vapi's real cap is what the account holds now; remember it, with the date.
        const int observed = m_services.directory->freeNumberCount(m_vapiAccount->id);
        if (const WriteResult learned
                = m_services.accounts->recordLearnedCap(m_vapiAccount->id, observed, now);
                !learned) {
            stopOnStorageError(learned.message());
            return;
        }
        if (endStep(StepStatus::Failed,
                    tr("Vapi refused another free number: the account's cap is %1. The cap is "
                       "now set to what Vapi allows; it is asked again in %2 days, or when "
                       "you check it again.")
                                    .arg(observed)
                                    .arg(FreeNumberCap::RecheckAfterDays)
                            + trail,
                    &error))
            runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (error.category == ApiError::Category::PaymentRequired) {
        // Not a cap: the customer's step. The cap stays; free numbers resume once they take it.
        if (const WriteResult gated
                = m_services.accounts->recordPaymentRequired(m_vapiAccount->id, now);
                !gated) {
            stopOnStorageError(gated.message());
            return;
        }
        VapiAccount account = *m_vapiAccount;
        account.paymentRequiredAt = now;
        if (endStep(StepStatus::Failed, FreeNumberCap::paymentText(account) + trail, &error))
            runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (error.ambiguous) {
        // The client could not tell whether the number was made: going on could make a second.
        endStep(StepStatus::Failed,
                tr("It is unknown whether Vapi created the number; nothing more was tried. "
                   "Provisioning again finds it if it exists.")
                        + trail,
                &error);
        finish(AttemptOutcome::Failed,
                tr("Stopped: the outcome of the free-number request is unknown."));
        return;
    }
    if (error.category == ApiError::Category::AreaCodeUnavailable) {
        const QString reason = m_organization.freeAreaCodes == FreeAreaCodes::OwnOnly
                ? tr("Vapi has no free number in area code %1, and %2 takes free numbers from "
                     "its own area code only.")
                          .arg(outcome.tries.constFirst().areaCode, m_organization.name)
                : tr("Vapi had no free number in any area code tried.");
        if (endStep(StepStatus::Failed, reason + u' ' + outcome.trail(), &error))
            runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (endStep(StepStatus::Failed, tr("Vapi did not create a free number.") + trail, &error))
        runNextLinkAfter(Strategy::VapiFree);
}

} // namespace Switchboard
