#include "ProvisioningJob.h"

#include "ApiClientProvider.h"
#include "ChainStateReader.h"
#include "FreeSlotLedger.h"
#include "api/VapiClient.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/HistoryStore.h"
#include "storage/ManualTaskStore.h"
#include "storage/NumberPoolStore.h"
#include "storage/WorkspaceSettings.h"

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

} // namespace

ProvisioningJob::ProvisioningJob(const ProvisioningServices &services, FreeSlotLedger &ledger,
        Organization organization, QString assistantId, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_ledger(ledger)
    , m_organization(std::move(organization))
    , m_assistantId(std::move(assistantId))
{ }

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
    m_attempt.startedAt = m_services.clock();

    QString error;
    if (!m_services.history->beginAttempt(m_attempt, &error)) {
        finishWithoutRecord(error);
        return;
    }
    m_result.attemptId = m_attempt.id;
    if (!m_vapiAccount) {
        // Without Vapi nothing can be created or imported: record why each link could not run.
        const QString reason = tr("No Vapi account serves this organization; set up the "
                                  "workspace's Vapi account first.");
        skipStep(Strategy::VapiFree, reason);
        skipStep(Strategy::OrganizationTwilio, reason);
        skipStep(Strategy::WorkspaceTwilio, reason);
        runManualLink();
        return;
    }
    m_services.clients->vapiClient(
            *m_vapiAccount, this, [this](VapiClient *client, const QString &clientError) {
                onVapiClient(client, clientError);
            });
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
        const QString reason = tr("The Vapi key cannot be read: %1").arg(error);
        skipStep(Strategy::VapiFree, reason);
        skipStep(Strategy::OrganizationTwilio, reason);
        skipStep(Strategy::WorkspaceTwilio, reason);
        runManualLink();
        return;
    }
    m_vapi = client;
    // Fresh numbers first: they say whether the assistant already has one, and how many free
    // numbers the account really holds.
    m_vapi->listAllPhoneNumbers(
            this, [this](const ApiResult<QList<PhoneNumber>> &result) { onNumbersListed(result); });
}

void ProvisioningJob::onNumbersListed(const ApiResult<QList<PhoneNumber>> &result)
{
    if (!result) {
        // Not knowing what exists, creating anything could give the assistant a second number.
        finish(AttemptOutcome::Failed,
                tr("Vapi's numbers could not be listed, so nothing was created: %1")
                        .arg(describeError(result.error())));
        return;
    }
    const QList<PhoneNumber> &numbers = result.value();
    m_services.directory->replaceNumbers(m_vapiAccount->id, numbers);

    const int free = int(std::count_if(
            numbers.cbegin(), numbers.cend(), [](const PhoneNumber &n) { return n.isFree(); }));
    m_result.usageBefore = FreeNumberUsage(free, m_vapiAccount->freeNumberCap);

    for (const PhoneNumber &number : std::as_const(numbers)) {
        if (number.assistantId == m_assistantId) {
            m_result.alreadyHadNumber = true;
            m_result.number = number;
            m_attempt.phoneNumberId = number.id;
            m_attempt.address = number.address;
            finish(AttemptOutcome::Succeeded,
                    tr("The assistant already has %1; nothing was changed.")
                            .arg(number.address.displayText()));
            return;
        }
    }
    runFreeLink();
}

void ProvisioningJob::runFreeLink()
{
    if (stopIfCancelled())
        return;
    const ChainState state
            = readChainState(m_services, m_organization, m_ledger.inFlight(m_vapiAccount->id));
    const LinkDecision decision = ChainPlanner::decideFree(state);
    if (!decision.attempt) {
        skipStep(Strategy::VapiFree, decision.reason);
        runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (!beginStep(Strategy::VapiFree, decision.reason))
        return;
    VapiFreeNumberRequest request;
    request.assistantId = m_assistantId;
    request.name = m_step->requestTag;
    if (m_organization.preferSip)
        request.sipUri
                = ChainPlanner::sipUriFor(m_organization, m_vapiAccount->region, m_assistantId);
    else
        request.areaCode = m_organization.preferredAreaCode.isEmpty()
                ? m_services.settings->defaultAreaCode()
                : m_organization.preferredAreaCode;
    m_ledger.acquire(m_vapiAccount->id);
    m_holdsFreeSlot = true;
    m_vapi->createFreeNumber(request, this,
            [this](const ApiResult<PhoneNumber> &result) { onFreeNumberCreated(result); });
}

void ProvisioningJob::onFreeNumberCreated(const ApiResult<PhoneNumber> &result)
{
    m_ledger.release(m_vapiAccount->id);
    m_holdsFreeSlot = false;
    if (result) {
        rememberNumber(result.value());
        endStep(StepStatus::Succeeded,
                tr("Free Vapi number %1 created and assigned.")
                        .arg(result.value().address.displayText()));
        finish(AttemptOutcome::Succeeded,
                tr("Assigned the free Vapi number %1.").arg(m_result.number.address.displayText()),
                Strategy::VapiFree);
        return;
    }
    const ApiError &error = result.error();
    if (error.category == ApiError::Category::LimitReached) {
        // Vapi's real cap is what the account holds now; remember it, with the date.
        const int observed = m_services.directory->freeNumberCount(m_vapiAccount->id);
        m_services.accounts->recordObservedCap(m_vapiAccount->id, observed, m_services.clock());
        endStep(StepStatus::Failed,
                tr("Vapi refused another free number: the account's cap is %1. The cap is now "
                   "set to what Vapi allows.")
                        .arg(observed),
                &error);
        runNextLinkAfter(Strategy::VapiFree);
        return;
    }
    if (error.ambiguous) {
        // The client could not tell whether the number was made: going on could make a second.
        endStep(StepStatus::Failed,
                tr("It is unknown whether Vapi created the number; nothing more was tried. "
                   "Provisioning again finds it if it exists."),
                &error);
        finish(AttemptOutcome::Failed,
                tr("Stopped: the outcome of the free-number request is unknown."));
        return;
    }
    endStep(StepStatus::Failed, tr("Vapi did not create a free number."), &error);
    runNextLinkAfter(Strategy::VapiFree);
}

void ProvisioningJob::runTwilioLink(Strategy strategy)
{
    if (stopIfCancelled())
        return;
    const TwilioLinkState link = readTwilioLink(m_services, strategy, m_organization);
    const LinkDecision decision = ChainPlanner::decideTwilio(strategy, link);
    if (!decision.attempt) {
        skipStep(strategy, decision.reason);
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
        endStep(StepStatus::Failed, tr("The Twilio credentials cannot be read: %1").arg(error));
        runNextLinkAfter(strategy);
        return;
    }
    m_twilio = client;
    m_twilioCredentials = credentials;
    if (const auto claimed = m_services.pool->claimNext(m_twilioAccount->id, m_attempt.id)) {
        importPoolNumber(strategy, *claimed);
        return;
    }
    // The pool emptied since the decision (another job took the last number): buy if allowed.
    const TwilioLinkState link = readTwilioLink(m_services, strategy, m_organization);
    const LinkDecision decision = ChainPlanner::decideTwilio(strategy, link);
    if (!decision.purchase) {
        endStep(StepStatus::Failed, decision.reason);
        runNextLinkAfter(strategy);
        return;
    }
    searchAndBuy(strategy, m_organization.preferredAreaCode);
}

void ProvisioningJob::searchAndBuy(Strategy strategy, const QString &areaCode)
{
    TwilioAvailableFilter filter;
    filter.areaCode = areaCode;
    m_twilio->availableNumbers(filter, this,
            [this, strategy, areaCode](const ApiResult<QList<TwilioAvailableNumber>> &result) {
                if (!result) {
                    endStep(StepStatus::Failed, tr("Twilio could not search for numbers."),
                            &result.error());
                    runNextLinkAfter(strategy);
                    return;
                }
                if (result.value().isEmpty()) {
                    if (!areaCode.isEmpty()) {
                        // None in the preferred area code: take the nearest Twilio offers.
                        searchAndBuy(strategy, {});
                        return;
                    }
                    endStep(StepStatus::Failed, tr("Twilio has no numbers to buy right now."));
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
        endStep(StepStatus::Failed, tr("Twilio did not sell the number."), &result.error());
        if (result.error().ambiguous) {
            finish(AttemptOutcome::Failed,
                    tr("Stopped: it is unknown whether Twilio sold the number."));
            return;
        }
        runNextLinkAfter(strategy);
        return;
    }
    const TwilioIncomingNumber &bought = result.value();
    const auto pooled = m_services.pool->addPurchased(
            m_twilioAccount->id, bought.phoneNumber, bought.sid, m_attempt.id, m_services.clock());
    if (!pooled) {
        endStep(StepStatus::Failed,
                tr("The bought number %1 could not be recorded in the pool.")
                        .arg(bought.phoneNumber.displayText()));
        finish(AttemptOutcome::Failed, tr("Stopped: the workspace database refused a write."));
        return;
    }
    importPoolNumber(strategy, *pooled);
}

void ProvisioningJob::importPoolNumber(Strategy strategy, const PoolNumber &number)
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
        m_services.pool->markImported(number.id, result.value().id, number.twilioSid);
        rememberNumber(result.value());
        endStep(StepStatus::Succeeded,
                tr("Twilio number %1 imported into Vapi and assigned.")
                        .arg(number.number.displayText()));
        finish(AttemptOutcome::Succeeded,
                tr("Assigned the Twilio number %1.").arg(number.number.displayText()), strategy);
        return;
    }
    const ApiError &error = result.error();
    if (error.ambiguous) {
        // Keep the claim: the reconciler decides once Vapi can be asked again.
        endStep(StepStatus::Failed,
                tr("It is unknown whether Vapi imported %1; nothing more was tried.")
                        .arg(number.number.displayText()),
                &error);
        finish(AttemptOutcome::Failed, tr("Stopped: the outcome of the import is unknown."));
        return;
    }
    // Before the number goes back to the pool, ask Vapi whether it is there after all: an
    // earlier attempt's import may have been applied without its answer, and a number that is
    // in Vapi must never be handed out again.
    const ApiError failure = error;
    m_vapi->listAllPhoneNumbers(
            this, [this, strategy, number, failure](const ApiResult<QList<PhoneNumber>> &listing) {
                if (!listing) {
                    // Not knowing, keep the claim: the reconciler settles it against a fresh
                    // listing.
                    endStep(StepStatus::Failed,
                            tr("Vapi did not import %1, and whether it holds the number could not "
                               "be checked.")
                                    .arg(number.number.displayText()),
                            &failure);
                    runNextLinkAfter(strategy);
                    return;
                }
                for (const PhoneNumber &existing : listing.value()) {
                    if (existing.address != number.number)
                        continue;
                    m_services.pool->markImported(number.id, existing.id, number.twilioSid);
                    if (existing.assistantId == m_assistantId) {
                        rememberNumber(existing);
                        endStep(StepStatus::Succeeded,
                                tr("Twilio number %1 was already imported and assigned.")
                                        .arg(number.number.displayText()));
                        finish(AttemptOutcome::Succeeded,
                                tr("Assigned the Twilio number %1.")
                                        .arg(number.number.displayText()),
                                strategy);
                        return;
                    }
                    endStep(StepStatus::Failed,
                            tr("%1 is already in Vapi for another assistant; it is no longer "
                               "offered from the pool.")
                                    .arg(number.number.displayText()),
                            &failure);
                    runNextLinkAfter(strategy);
                    return;
                }
                m_services.pool->releaseClaim(number.id);
                endStep(StepStatus::Failed,
                        tr("Vapi did not import %1.").arg(number.number.displayText()), &failure);
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
        skipStep(Strategy::Manual, tr("The manual task could not be written: %1").arg(error));
        finish(AttemptOutcome::Failed, tr("No number, and the manual task could not be written."));
        return;
    }
    m_result.manualTaskId = task.id;
    skipStep(Strategy::Manual, tr("Manual task #%1 opened.").arg(task.id));
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

void ProvisioningJob::skipStep(Strategy strategy, const QString &reason)
{
    ProvisioningStep step;
    step.attemptId = m_attempt.id;
    step.sequence = ++m_sequence;
    step.strategy = strategy;
    step.status = StepStatus::Skipped;
    step.reason = reason;
    step.startedAt = m_services.clock();
    step.finishedAt = step.startedAt;
    m_services.history->recordStep(step);
    m_result.steps << step;
    Q_EMIT stepRecorded(step);
}

void ProvisioningJob::endStep(StepStatus status, const QString &reason, const ApiError *error)
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
    m_services.history->finishStep(step);
    m_result.steps << step;
    Q_EMIT stepRecorded(step);
}

void ProvisioningJob::rememberNumber(const PhoneNumber &created)
{
    PhoneNumber number = created;
    number.vapiAccountId = m_vapiAccount->id;
    number.organizationId = m_organization.id;
    m_services.directory->upsertNumber(number);
    if (auto assistant = m_services.directory->assistant(m_assistantId)) {
        assistant->phoneNumberId = number.id;
        m_services.directory->upsertAssistant(*assistant);
    }
    m_result.number = number;
    m_attempt.phoneNumberId = number.id;
    m_attempt.address = number.address;
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
    if (!m_services.history->finishAttempt(m_attempt, &error))
        qCWarning(lcProvisioning) << "attempt" << m_attempt.id
                                  << "could not be completed:" << error;
    m_result.outcome = outcome;
    m_result.strategy = strategy;
    m_result.summary = summary;
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
