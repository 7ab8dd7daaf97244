// SPDX-License-Identifier: Apache-2.0
// The Twilio links of the chain: the organization's own account, then the workspace's; a pool
// number first, a purchase within the month's limit after.
#include "core/provisioning/ProvisioningJob.h"

#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/ChainStateReader.h"
#include "core/provisioning/PoolNumberCheck.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {
namespace {

// Twilio's refusal of a trial account's second number: 21404 ("Trial accounts are allowed only
// one Twilio number"); 10002 ("Trial accounts do not support the feature you tried to use") is
// documented for the same case on trial subaccounts.
bool isTrialRefusal(const ApiError &error)
{
    return !error.ambiguous && (error.providerCode == u"21404" || error.providerCode == u"10002");
}

} // namespace

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
    if (m_purchaseSlot) {
        if (const WriteResult released = m_services.pool->releasePurchase(*m_purchaseSlot);
                !released)
            qCWarning(lcProvisioning)
                    << "purchase slot" << *m_purchaseSlot
                    << "keeps counting until reconciliation:" << released.message();
    }
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
            if (const WriteResult marked
                    = m_services.accounts->setTwilioTrial(m_twilioAccount->id, m_services.clock());
                    !marked) {
                stopOnStorageError(marked.message());
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
            || m_services.pool
                       ->completePurchase(*m_purchaseSlot, bought.phoneNumber, bought.sid, boughtAt)
                       .reportTo(&error);
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
            && !m_services.pool
                        ->recordCheck(m_twilioAccount->id, number.number, checked.check,
                                checked.detail, checked.twilioSid, m_services.clock())
                        .reportTo(&error)) {
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
    if (!m_services.pool->releaseClaim(number.id).reportTo(&error)) {
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
        if (!m_services.pool->markImported(number.id, result.value().id, number.twilioSid)
                        .reportTo(&error)) {
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
                const auto moveOn = [this, strategy, &failure](const QString &reason) {
                    if (endStep(StepStatus::Failed, reason, &failure))
                        runNextLinkAfter(strategy);
                };
                const QString unknown = tr("Vapi did not import %1, and whether it holds the "
                                           "number could not be checked.")
                                                .arg(number.number.displayText());
                if (!listing) {
                    // Not knowing, keep the claim: the reconciler settles it against a fresh
                    // listing.
                    moveOn(unknown);
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
                    if (!m_services.pool->markImported(number.id, existing.id, number.twilioSid)
                                    .reportTo(&error)) {
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
                    moveOn(tr("%1 is already in Vapi for another assistant; it is no longer "
                              "offered from the pool.")
                                    .arg(number.number.displayText()));
                    return;
                }
                if (maybeThere) {
                    // Vapi lists a number it does not show whole: it may be this one, so it
                    // stays claimed (never offered again) until the reconciler can tell.
                    moveOn(unknown);
                    return;
                }
                if (!m_services.pool->releaseClaim(number.id).reportTo(&error)) {
                    stopOnStorageError(error);
                    return;
                }
                moveOn(tr("Vapi did not import %1.").arg(number.number.displayText()));
            });
}

} // namespace Switchboard
