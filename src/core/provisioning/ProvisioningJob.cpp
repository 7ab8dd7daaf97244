#include "ProvisioningJob.h"

#include "FreeNumberCap.h"

#include "ApiClientProvider.h"
#include "ChainStateReader.h"
#include "DirectoryRefresh.h"
#include "DirectorySync.h"
#include "FreeSlotLedger.h"
#include "PoolNumberCheck.h"
#include "api/VapiClient.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/HistoryStore.h"
#include "storage/ManualTaskStore.h"
#include "storage/NumberPoolStore.h"
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceSettings.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcProvisioning, "switchboard.provisioning")

namespace Switchboard {
namespace {

// Vapi limits a number's name to 40 characters. The name is also the tag the create is found
// again by, after a timeout or a crash, so it ends in a random part; it keeps to letters,
// digits and dashes, which survive every search and URL unchanged.
QString requestTag(const Organization &organization, qint64 attemptId, int sequence)
{
    const QString random = QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
                                   .rightJustified(6, u'0');
    const QString suffix = QStringLiteral("-sb%1-%2-%3").arg(attemptId).arg(sequence).arg(random);
    return organization.slug.left(40 - int(suffix.size())) + suffix;
}

QString describeError(const ApiError &error)
{
    return error.toString();
}

// Twilio's refusal of a trial account's second number: 21404 ("Trial accounts are allowed only
// one Twilio number"); 10002 ("Trial accounts do not support the feature you tried to use") is
// documented for the same case on trial subaccounts.
bool isTrialRefusal(const ApiError &error)
{
    return !error.ambiguous && (error.providerCode == u"21404" || error.providerCode == u"10002");
}

} // namespace

ProvisioningJob::ProvisioningJob(const ProvisioningServices &services, FreeSlotLedger &ledger,
        Organization organization, QString assistantId, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_ledger(ledger)
    , m_organization(std::move(organization))
    , m_assistantId(std::move(assistantId))
{
    m_result.assistantId = m_assistantId;
}

ProvisioningJob::~ProvisioningJob()
{
    if (m_holdsFreeSlot && m_vapiAccount)
        m_ledger.release(m_vapiAccount->id);
}

void ProvisioningJob::start()
{
    m_vapiAccount = m_services.accounts->vapiAccountServing(m_organization.id);
    m_attempt.organizationId = m_organization.id;
    m_attempt.organizationSlug = m_organization.slug;
    m_attempt.assistantId = m_assistantId;
    if (const auto cached = m_services.directory->assistant(m_assistantId))
        m_attempt.assistantName = cached->name;
    if (!m_vapiAccount) {
        runWithoutVapi(tr("%1 has no assistant %2 that Switchboard knows of, and no Vapi account "
                          "serves it to look in.")
                               .arg(m_organization.name, m_assistantId),
                tr("No Vapi account serves this organization; set up the workspace's Vapi "
                   "account first."));
        return;
    }
    m_services.clients->vapiClient(
            *m_vapiAccount, this, [this](VapiClient *client, const QString &clientError) {
                onVapiClient(client, clientError);
            });
}

// Vapi cannot be asked: only an assistant last seen as this organization's is worth a record
// (anything else is a mistaken id, refused), and then nothing can be created or imported, so
// each link records why it could not run and a person gets the task.
void ProvisioningJob::runWithoutVapi(const QString &refusal, const QString &reason)
{
    const auto cached = m_services.directory->assistant(m_assistantId);
    if (!cached || cached->organizationId != m_organization.id) {
        refuse(refusal);
        return;
    }
    if (!beginRecord())
        return;
    if (!skipStep(Strategy::VapiFree, reason) || !skipStep(Strategy::OrganizationTwilio, reason)
            || !skipStep(Strategy::WorkspaceTwilio, reason))
        return;
    runManualLink();
}

bool ProvisioningJob::beginRecord()
{
    m_attempt.startedAt = m_services.clock();
    QString error;
    if (!m_services.history->beginAttempt(m_attempt, &error)) {
        finishWithoutRecord(
                tr("Nothing was done: the attempt could not be recorded. %1").arg(error));
        return false;
    }
    m_result.attemptId = m_attempt.id;
    // Held until the attempt is completed, so that no other start-up takes it for abandoned.
    if (!m_services.leaseHolder.isEmpty()
            && !m_services.history->takeLease(
                    m_attempt.id, m_services.leaseHolder, m_services.clock(), &error)) {
        stopOnStorageError(error);
        return false;
    }
    return true;
}

void ProvisioningJob::refuse(const QString &summary)
{
    m_result.refused = true;
    finishWithoutRecord(summary);
}

void ProvisioningJob::cancel()
{
    m_cancelRequested = true;
}

bool ProvisioningJob::stopIfCancelled()
{
    if (!m_cancelRequested)
        return false;
    finish(AttemptOutcome::Cancelled, tr("Cancelled before a number was assigned."));
    return true;
}

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
                            .arg(cached.address.displayText(), describeError(result.error())));
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
            if (!m_services.directory->upsertNumber(number, &error)) {
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
            written = m_services.directory->upsertNumber(moved, &error);
        } else {
            written = m_services.directory->removeNumber(cached.id, &error);
        }
        if (written) {
            if (auto assistant = m_services.directory->assistant(m_assistantId)) {
                assistant->phoneNumberId.clear();
                written = m_services.directory->upsertAssistant(*assistant, &error);
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
    QString storageError;
    if (outcome.number) {
        if (!rememberNumber(*outcome.number))
            return;
        // Granted over a learned cap, or after a payment gate: the account can hold more.
        if (!m_services.accounts->recordFreeNumberGranted(m_vapiAccount->id,
                    m_services.directory->freeNumberCount(m_vapiAccount->id), now, &storageError)) {
            stopOnStorageError(storageError);
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
        if (!m_services.accounts->recordLearnedCap(
                    m_vapiAccount->id, observed, now, &storageError)) {
            stopOnStorageError(storageError);
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
        if (!m_services.accounts->recordPaymentRequired(m_vapiAccount->id, now, &storageError)) {
            stopOnStorageError(storageError);
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

void ProvisioningJob::runTwilioLink(Strategy strategy)
{
    if (stopIfCancelled())
        return;
    const TwilioLinkState link = readTwilioLink(m_services, strategy, m_organization);
    const LinkDecision decision = ChainPlanner::decideTwilio(strategy, link);
    if (!decision.attempt) {
        if (skipStep(strategy, decision.reason))
            runNextLinkAfter(strategy);
        return;
    }
    m_twilioAccount = link.account;
    if (!beginStep(strategy, decision.reason))
        return;
    m_services.clients->twilioClient(*m_twilioAccount, this,
            [this, strategy](TwilioClient *client, const TwilioCredentials &credentials,
                    const QString &error) {
                onTwilioClient(strategy, client, credentials, error);
            });
}

void ProvisioningJob::onTwilioClient(Strategy strategy, TwilioClient *client,
        const TwilioCredentials &credentials, const QString &error)
{
    if (!client) {
        if (endStep(StepStatus::Failed, tr("The Twilio credentials cannot be read: %1").arg(error)))
            runNextLinkAfter(strategy);
        return;
    }
    m_twilio = client;
    m_twilioCredentials = credentials;
    QString claimError;
    if (const auto claimed = m_services.pool->claimNext(
                m_twilioAccount->id, m_attempt.id, m_services.clock(), &claimError)) {
        importPoolNumber(strategy, *claimed);
        return;
    }
    if (!claimError.isEmpty()) {
        stopOnStorageError(claimError);
        return;
    }
    // The pool emptied since the decision (another job took the last number): buy if allowed.
    const TwilioLinkState link = readTwilioLink(m_services, strategy, m_organization);
    const LinkDecision decision = ChainPlanner::decideTwilio(strategy, link);
    if (!decision.purchase) {
        if (endStep(StepStatus::Failed, decision.reason))
            runNextLinkAfter(strategy);
        return;
    }
    reserveAndBuy(strategy, link);
}

void ProvisioningJob::reserveAndBuy(Strategy strategy, const TwilioLinkState &link)
{
    // The limit is a ceiling, not a hint: a purchase is reserved in the database, atomically
    // with counting the month's purchases, before any number is searched for or bought.
    const QDateTime now = m_services.clock();
    QString error;
    const auto slot = m_services.pool->reservePurchase(m_twilioAccount->id, m_attempt.id,
            m_step->requestTag, link.monthlyPurchaseLimit, startOfMonth(now), now, &error);
    if (!slot) {
        if (!error.isEmpty()) {
            stopOnStorageError(error);
            return;
        }
        if (endStep(StepStatus::Failed,
                    tr("The number pool is used up, and this month's purchase limit (%1) is "
                       "reached, counting purchases in progress.")
                            .arg(link.monthlyPurchaseLimit)))
            runNextLinkAfter(strategy);
        return;
    }
    m_purchaseSlot = slot->id;
    searchAndBuy(strategy, m_organization.preferredAreaCode);
}

void ProvisioningJob::releasePurchaseSlot()
{
    // Only when the purchase definitely did not happen; a failed release keeps the slot
    // counted, which errs on the side of the limit, and reconciliation settles it.
    if (m_purchaseSlot)
        m_services.pool->releasePurchase(*m_purchaseSlot);
    m_purchaseSlot.reset();
}

void ProvisioningJob::searchAndBuy(Strategy strategy, const QString &areaCode)
{
    TwilioAvailableFilter filter;
    filter.areaCode = areaCode;
    m_twilio->availableNumbers(filter, this,
            [this, strategy, areaCode](const ApiResult<QList<TwilioAvailableNumber>> &result) {
                if (!result) {
                    releasePurchaseSlot();
                    if (endStep(StepStatus::Failed, tr("Twilio could not search for numbers."),
                                &result.error()))
                        runNextLinkAfter(strategy);
                    return;
                }
                if (result.value().isEmpty()) {
                    if (!areaCode.isEmpty()) {
                        // None in the preferred area code: take the nearest Twilio offers.
                        searchAndBuy(strategy, {});
                        return;
                    }
                    releasePurchaseSlot();
                    if (endStep(StepStatus::Failed, tr("Twilio has no numbers to buy right now.")))
                        runNextLinkAfter(strategy);
                    return;
                }
                // A random one of the offers: parallel jobs that searched alike rarely collide.
                const QList<TwilioAvailableNumber> &offers = result.value();
                TwilioBuyRequest request;
                request.phoneNumber
                        = offers.at(QRandomGenerator::global()->bounded(int(offers.size())))
                                  .phoneNumber.toString();
                request.friendlyName = m_step->requestTag;
                ++m_purchaseTries;
                m_twilio->buyNumber(request, this,
                        [this, strategy, areaCode](const ApiResult<TwilioIncomingNumber> &bought) {
                            // Sold to someone else between the search and the purchase: search
                            // again.
                            if (!bought && !bought.error().ambiguous
                                    && bought.error().providerCode == u"21422"
                                    && m_purchaseTries < 4) {
                                searchAndBuy(strategy, areaCode);
                                return;
                            }
                            onNumberBought(strategy, bought);
                        });
            });
}

void ProvisioningJob::onNumberBought(
        Strategy strategy, const ApiResult<TwilioIncomingNumber> &result)
{
    if (!result) {
        if (result.error().ambiguous) {
            // It may have been sold: the reservation keeps counting until Twilio is asked
            // (Reconciliation looks for the purchase by its tag).
            m_purchaseSlot.reset();
            if (endStep(StepStatus::Failed, tr("Twilio did not sell the number."), &result.error()))
                finish(AttemptOutcome::Failed,
                        tr("Stopped: it is unknown whether Twilio sold the number."));
            return;
        }
        releasePurchaseSlot();
        if (isTrialRefusal(result.error())) {
            // No purchase from this account can succeed until it is upgraded: say so once,
            // and let the chain skip it from now on.
            QString error;
            if (!m_services.accounts->setTwilioTrial(
                        m_twilioAccount->id, m_services.clock(), &error)) {
                stopOnStorageError(error);
                return;
            }
            if (endStep(StepStatus::Failed,
                        tr("Twilio refused the purchase: this is a trial account, which may own "
                           "only one number. Upgrade the Twilio account (Twilio Console, "
                           "Upgrade); until it is marked upgraded, no number is bought from it."),
                        &result.error()))
                runNextLinkAfter(strategy);
            return;
        }
        if (endStep(StepStatus::Failed, tr("Twilio did not sell the number."), &result.error()))
            runNextLinkAfter(strategy);
        return;
    }
    const TwilioIncomingNumber &bought = result.value();
    const QDateTime boughtAt
            = bought.dateCreated.isValid() ? bought.dateCreated : m_services.clock();
    QString error;
    const bool counted = !m_purchaseSlot
            || m_services.pool->completePurchase(
                    *m_purchaseSlot, bought.phoneNumber, bought.sid, boughtAt, &error);
    m_purchaseSlot.reset();
    const auto pooled = counted ? m_services.pool->addPurchased(m_twilioAccount->id,
                                bought.phoneNumber, bought.sid, m_attempt.id, boughtAt, &error)
                                : std::nullopt;
    if (!pooled) {
        // Bought but not recorded: the reservation still counts it, and the next start finds
        // it in Twilio by its tag and puts it in the pool.
        if (endStep(StepStatus::Failed,
                    tr("The bought number %1 could not be recorded in the pool: %2")
                            .arg(bought.phoneNumber.displayText(), error)))
            finish(AttemptOutcome::Failed, tr("Stopped: the workspace database refused a write."));
        return;
    }
    importPoolNumber(strategy, *pooled);
}

void ProvisioningJob::importPoolNumber(Strategy strategy, const PoolNumber &number)
{
    if (!noteSetAsideNumbers(strategy))
        return;
    // Before Vapi is asked: the number must be in this Twilio account, take voice calls, and
    // have no application or trunk in front of the voice URL Vapi will write.
    PoolNumberCheck::check(*m_twilio, m_twilioAccount->accountSid, number.number, this,
            [this, strategy, number](const PoolCheckResult &checked) {
                onPoolNumberChecked(strategy, number, checked);
            });
}

// The numbers Twilio said (less than a day ago) it cannot use are passed over without asking
// it again; the first time a link meets them, a step of their own says which and why.
bool ProvisioningJob::noteSetAsideNumbers(Strategy strategy)
{
    if (m_setAsideNoted == strategy)
        return true;
    m_setAsideNoted = strategy;
    QString error;
    const QList<PoolNumber> setAside
            = m_services.pool->setAside(m_twilioAccount->id, m_services.clock(), &error);
    if (!error.isEmpty()) {
        stopOnStorageError(error);
        return false;
    }
    if (setAside.isEmpty())
        return true;
    QStringList reasons;
    for (const PoolNumber &number : setAside)
        reasons << tr("%1 (checked %2): %3")
                           .arg(number.number.displayText(),
                                   QLocale::c().toString(number.twilioCheckedAt,
                                           QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                   number.twilioCheckDetail);
    return endStep(StepStatus::Skipped,
                   tr("Passed over %n pool number(s) Twilio said cannot be used; each is asked "
                      "about again after a day, or at once with `switchboard-cli pool check`. %1",
                           nullptr, int(setAside.size()))
                           .arg(reasons.join(QStringLiteral("; "))))
            && beginStep(strategy, tr("Import the next pool number."));
}

void ProvisioningJob::onPoolNumberChecked(
        Strategy strategy, const PoolNumber &number, const PoolCheckResult &checked)
{
    QString error;
    if (checked.answered
            && !m_services.pool->recordCheck(m_twilioAccount->id, number.number, checked.check,
                    checked.detail, checked.twilioSid, m_services.clock(), &error)) {
        stopOnStorageError(error);
        return;
    }
    // Twilio could not be asked (network, 5xx): nothing is marked, and the import goes ahead as
    // it did before checks existed; Vapi asks Twilio about the number itself.
    if (!checked.answered || checked.usable()) {
        sendImport(strategy, number);
        return;
    }
    // Marked above, so the next claim (and the next job, for a day) passes it over.
    if (!m_services.pool->releaseClaim(number.id, &error)) {
        stopOnStorageError(error);
        return;
    }
    if (!endStep(StepStatus::Skipped,
                tr("Pool number %1 was not imported: %2")
                        .arg(number.number.displayText(), checked.detail))
            || !beginStep(strategy, tr("Import the next pool number.")))
        return;
    onTwilioClient(strategy, m_twilio, m_twilioCredentials, {});
}

void ProvisioningJob::sendImport(Strategy strategy, const PoolNumber &number)
{
    VapiTwilioImportRequest request;
    request.number = number.number.toString();
    request.twilioAccountSid = m_twilioAccount->accountSid;
    if (m_twilioAccount->authMode == TwilioAuthMode::ApiKey) {
        request.twilioApiKey = m_twilioCredentials.username;
        request.twilioApiSecret = m_twilioCredentials.secret;
    } else {
        request.twilioAuthToken = m_twilioCredentials.secret;
    }
    request.assistantId = m_assistantId;
    request.name = m_step->requestTag;
    m_vapi->importTwilioNumber(
            request, this, [this, strategy, number](const ApiResult<PhoneNumber> &result) {
                onImported(strategy, number, result);
            });
}

void ProvisioningJob::onImported(
        Strategy strategy, const PoolNumber &number, const ApiResult<PhoneNumber> &result)
{
    if (result) {
        QString error;
        if (!m_services.pool->markImported(
                    number.id, result.value().id, number.twilioSid, &error)) {
            stopOnStorageError(error);
            return;
        }
        PhoneNumber imported = result.value();
        if (!imported.address.isValid()) // an answer that hides digits: the number is known
            imported.address = number.number;
        if (!rememberNumber(imported)
                || !endStep(StepStatus::Succeeded,
                        tr("Twilio number %1 imported into Vapi and assigned.")
                                .arg(number.number.displayText())))
            return;
        finish(AttemptOutcome::Succeeded,
                tr("Assigned the Twilio number %1.").arg(number.number.displayText()), strategy);
        return;
    }
    const ApiError &error = result.error();
    if (error.ambiguous) {
        // Keep the claim: the reconciler decides once Vapi can be asked again.
        if (endStep(StepStatus::Failed,
                    tr("It is unknown whether Vapi imported %1; nothing more was tried.")
                            .arg(number.number.displayText()),
                    &error))
            finish(AttemptOutcome::Failed, tr("Stopped: the outcome of the import is unknown."));
        return;
    }
    // Before the number goes back to the pool, ask Vapi whether it is there after all: an
    // earlier attempt's import may have been applied without its answer, and a number that is
    // in Vapi must never be handed out again.
    const ApiError failure = error;
    // Searched by the digits before the last four: Vapi shows some numbers masked
    // ("1833684XXXX"), and those must turn up too.
    QString prefix = number.number.toString().remove(u'+');
    prefix.chop(4);
    m_vapi->searchPhoneNumbers(prefix, this,
            [this, strategy, number, failure](const ApiResult<QList<PhoneNumber>> &listing) {
                if (!listing) {
                    // Not knowing, keep the claim: the reconciler settles it against a fresh
                    // listing.
                    if (endStep(StepStatus::Failed,
                                tr("Vapi did not import %1, and whether it holds the number "
                                   "could not be checked.")
                                        .arg(number.number.displayText()),
                                &failure))
                        runNextLinkAfter(strategy);
                    return;
                }
                QString error;
                bool maybeThere = false; // listed masked or without its digits
                for (const PhoneNumber &existing : listing.value()) {
                    const PhoneNumber::Match match = existing.matchAddress(number.number);
                    maybeThere = maybeThere
                            || (match == PhoneNumber::Match::Unknown
                                    && existing.provider != NumberProvider::Vapi);
                    if (match != PhoneNumber::Match::Same)
                        continue;
                    if (!m_services.pool->markImported(
                                number.id, existing.id, number.twilioSid, &error)) {
                        stopOnStorageError(error);
                        return;
                    }
                    if (existing.assistantId == m_assistantId) {
                        if (!rememberNumber(existing)
                                || !endStep(StepStatus::Succeeded,
                                        tr("Twilio number %1 was already imported and assigned.")
                                                .arg(number.number.displayText())))
                            return;
                        finish(AttemptOutcome::Succeeded,
                                tr("Assigned the Twilio number %1.")
                                        .arg(number.number.displayText()),
                                strategy);
                        return;
                    }
                    if (endStep(StepStatus::Failed,
                                tr("%1 is already in Vapi for another assistant; it is no longer "
                                   "offered from the pool.")
                                        .arg(number.number.displayText()),
                                &failure))
                        runNextLinkAfter(strategy);
                    return;
                }
                if (maybeThere) {
                    // Vapi lists a number it does not show whole: it may be this one, so it
                    // stays claimed (never offered again) until the reconciler can tell.
                    if (endStep(StepStatus::Failed,
                                tr("Vapi did not import %1, and whether it holds the number "
                                   "could not be checked.")
                                        .arg(number.number.displayText()),
                                &failure))
                        runNextLinkAfter(strategy);
                    return;
                }
                if (!m_services.pool->releaseClaim(number.id, &error)) {
                    stopOnStorageError(error);
                    return;
                }
                if (endStep(StepStatus::Failed,
                            tr("Vapi did not import %1.").arg(number.number.displayText()),
                            &failure))
                    runNextLinkAfter(strategy);
            });
}

void ProvisioningJob::runNextLinkAfter(Strategy strategy)
{
    switch (strategy) {
    case Strategy::VapiFree:
        runTwilioLink(Strategy::OrganizationTwilio);
        return;
    case Strategy::OrganizationTwilio:
        runTwilioLink(Strategy::WorkspaceTwilio);
        return;
    case Strategy::WorkspaceTwilio:
        runManualLink();
        return;
    case Strategy::Manual:
        return;
    }
}

void ProvisioningJob::runManualLink()
{
    if (stopIfCancelled())
        return;
    ManualTask task;
    task.attemptId = m_attempt.id;
    task.organizationId = m_organization.id;
    task.assistantId = m_assistantId;
    task.assistantName = m_attempt.assistantName;
    for (const ProvisioningStep &step : std::as_const(m_result.steps)) {
        task.reasons << toString(step.strategy) + QStringLiteral(": ") + step.reason
                        + (step.providerMessage.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (") + step.providerMessage + u')');
    }
    task.instructions = tr("Give the assistant a number by hand: type an E.164 number or a SIP "
                           "URI, or pick an existing unassigned number. Setting up Twilio for "
                           "the organization or the workspace avoids this next time.");
    QString error;
    if (!m_services.tasks->open(task, &error)) {
        stopOnStorageError(
                tr("No number, and the manual task could not be written: %1").arg(error));
        return;
    }
    m_result.manualTaskId = task.id;
    if (!skipStep(Strategy::Manual, tr("Manual task #%1 opened.").arg(task.id)))
        return;
    finish(AttemptOutcome::ManualQueued,
            tr("No link of the chain could give a number; manual task #%1 carries the reasons.")
                    .arg(task.id),
            Strategy::Manual);
}

bool ProvisioningJob::beginStep(Strategy strategy, const QString &reason)
{
    ProvisioningStep step;
    step.attemptId = m_attempt.id;
    step.sequence = ++m_sequence;
    step.strategy = strategy;
    step.status = StepStatus::InFlight;
    step.reason = reason;
    step.requestTag = requestTag(m_organization, m_attempt.id, step.sequence);
    step.startedAt = m_services.clock();
    QString error;
    if (!m_services.history->recordStep(step, &error)) {
        finish(AttemptOutcome::Failed,
                tr("Stopped before any request: the history could not be written (%1).")
                        .arg(error));
        return false;
    }
    m_step = step;
    Q_EMIT stepRecorded(step);
    return true;
}

bool ProvisioningJob::skipStep(Strategy strategy, const QString &reason)
{
    ProvisioningStep step;
    step.attemptId = m_attempt.id;
    step.sequence = ++m_sequence;
    step.strategy = strategy;
    step.status = StepStatus::Skipped;
    step.reason = reason;
    step.startedAt = m_services.clock();
    step.finishedAt = step.startedAt;
    QString error;
    if (!m_services.history->recordStep(step, &error)) {
        stopOnStorageError(error);
        return false;
    }
    m_result.steps << step;
    Q_EMIT stepRecorded(step);
    return true;
}

bool ProvisioningJob::endStep(StepStatus status, const QString &reason, const ApiError *error)
{
    Q_ASSERT(m_step);
    ProvisioningStep step = *m_step;
    m_step.reset();
    step.status = status;
    step.reason = reason;
    if (error) {
        step.providerCode = error->providerCode.isEmpty() && error->httpStatus
                ? QString::number(error->httpStatus)
                : error->providerCode;
        step.providerMessage = error->toString();
    }
    step.finishedAt = m_services.clock();
    m_result.steps << step;
    QString storageError;
    const bool written = m_services.history->finishStep(step, &storageError);
    Q_EMIT stepRecorded(step);
    if (!written && !m_finished) {
        stopOnStorageError(storageError);
        return false;
    }
    return written;
}

bool ProvisioningJob::rememberNumber(const PhoneNumber &created)
{
    PhoneNumber number = created;
    number.vapiAccountId = m_vapiAccount->id;
    number.organizationId = m_organization.id;
    // What the assistant has is known from here on, even if the cache cannot keep it.
    m_result.number = number;
    m_attempt.phoneNumberId = number.id;
    m_attempt.address = number.address;
    QString error;
    bool written = m_services.directory->upsertNumber(number, &error);
    if (written) {
        if (auto assistant = m_services.directory->assistant(m_assistantId)) {
            assistant->phoneNumberId = number.id;
            written = m_services.directory->upsertAssistant(*assistant, &error);
        }
    }
    if (!written)
        stopOnStorageError(error);
    return written;
}

// The workspace refused a write (a full disk, a read-only file, a lost connection): stop before
// any request that would depend on it. What was in flight stays so in the database, if even
// that cannot be written, and the next start settles it against Vapi and Twilio.
void ProvisioningJob::stopOnStorageError(const QString &error)
{
    if (m_finished)
        return;
    const QString summary
            = tr("Stopped: the workspace could not record a step, so nothing more was done. %1")
                      .arg(error);
    if (m_step) // the link in flight ends with the attempt, if that can still be written
        endStep(StepStatus::Failed, summary);
    if (!m_finished)
        finish(AttemptOutcome::Failed, summary, std::nullopt);
}

void ProvisioningJob::finish(
        AttemptOutcome outcome, const QString &summary, std::optional<Strategy> strategy)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    if (m_step) // a link still in flight ends with the attempt
        endStep(StepStatus::Failed, summary);
    m_attempt.outcome = outcome;
    m_attempt.strategy = strategy;
    m_attempt.summary = summary;
    m_attempt.finishedAt = m_services.clock();
    QString error;
    const bool recorded = m_services.history->finishAttempt(m_attempt, &error);
    if (recorded)
        m_services.history->dropLease(m_attempt.id);
    m_result.outcome = outcome;
    m_result.strategy = strategy;
    m_result.summary = summary;
    if (!recorded) {
        // The outcome is not on record: say so, and never report a success the history lacks.
        qCWarning(lcProvisioning) << "attempt" << m_attempt.id
                                  << "could not be completed:" << error;
        m_result.storageFailed = true;
        m_result.summary += u' '
                + tr("The outcome could not be recorded (%1); the next start settles it.")
                          .arg(error);
    }
    qCInfo(lcProvisioning) << "attempt" << m_attempt.id << "for" << m_assistantId
                           << toString(outcome) << summary;
    Q_EMIT finished(m_result);
    deleteLater();
}

void ProvisioningJob::finishWithoutRecord(const QString &summary)
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    m_result.outcome = AttemptOutcome::Failed;
    m_result.summary = summary;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Switchboard
