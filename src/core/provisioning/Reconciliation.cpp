#include "Reconciliation.h"

#include "ApiClientProvider.h"
#include "api/TwilioClient.h"
#include "api/VapiClient.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/HistoryStore.h"
#include "storage/NumberPoolStore.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {

Reconciliation::Reconciliation(const ProvisioningServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

void Reconciliation::start()
{
    m_attempts = m_services.history->inFlight();
    QTimer::singleShot(0, this, &Reconciliation::next);
}

void Reconciliation::next()
{
    if (m_attempts.isEmpty()) {
        if (m_services.pool->claimsOfFinishedAttempts().isEmpty()) {
            settleStaleClaims();
            return;
        }
        m_accountsToRefresh = m_services.accounts->vapiAccounts();
        refreshNextAccount();
        return;
    }
    m_current = m_attempts.takeFirst();
    const auto account = m_services.accounts->vapiAccountServing(m_current.organizationId);
    if (!account) {
        completeFailed(tr("Interrupted; no Vapi account serves the organization any more, so "
                          "nothing can have been created."));
        return;
    }
    m_vapiAccountId = account->id;
    m_services.clients->vapiClient(*account, this,
            [this](VapiClient *client, const QString &error) { onVapiClient(client, error); });
}

void Reconciliation::refreshNextAccount()
{
    if (m_accountsToRefresh.isEmpty()) {
        settleStaleClaims();
        return;
    }
    const VapiAccount account = m_accountsToRefresh.takeFirst();
    m_services.clients->vapiClient(
            account, this, [this, account](VapiClient *client, const QString &) {
                if (!client) {
                    m_refreshFailed = true;
                    refreshNextAccount();
                    return;
                }
                client->listAllPhoneNumbers(
                        this, [this, account](const ApiResult<QList<PhoneNumber>> &result) {
                            if (result)
                                m_services.directory->replaceNumbers(account.id, result.value());
                            else
                                m_refreshFailed = true;
                            refreshNextAccount();
                        });
            });
}

void Reconciliation::settleStaleClaims()
{
    // Only with every account freshly listed can "not in Vapi" be trusted.
    if (!m_refreshFailed) {
        const QList<PhoneNumber> known = m_services.directory->numbers();
        for (const PoolNumber &claim : m_services.pool->claimsOfFinishedAttempts()) {
            const auto inVapi = std::find_if(known.cbegin(), known.cend(),
                    [&claim](const PhoneNumber &n) { return n.address == claim.number; });
            if (inVapi != known.cend())
                m_services.pool->markImported(claim.id, inVapi->id, claim.twilioSid);
            else
                m_services.pool->releaseClaim(claim.id);
        }
    }
    Q_ASSERT(!m_finished);
    m_finished = true;
    qCInfo(lcProvisioning) << "reconciled:" << m_summary.succeeded << "succeeded,"
                           << m_summary.failed << "failed," << m_summary.pending << "pending";
    Q_EMIT finished(m_summary);
}

void Reconciliation::onVapiClient(VapiClient *client, const QString &error)
{
    if (!client) {
        leavePending(error);
        return;
    }
    client->listAllPhoneNumbers(
            this, [this](const ApiResult<QList<PhoneNumber>> &result) { onNumbers(result); });
}

void Reconciliation::onNumbers(const ApiResult<QList<PhoneNumber>> &result)
{
    if (!result) {
        leavePending(result.error().toString());
        return;
    }
    QStringList tags;
    for (const ProvisioningStep &step : std::as_const(m_current.steps)) {
        if (!step.requestTag.isEmpty())
            tags << step.requestTag;
    }
    for (const PhoneNumber &number : result.value()) {
        if (tags.contains(number.name) || number.assistantId == m_current.assistantId) {
            completeSucceeded(number, m_vapiAccountId);
            return;
        }
    }
    recoverTwilioPurchases(0);
}

// A Twilio number bought for this attempt but never imported goes back to the pool, so that it
// is used (and not bought again) next time.
void Reconciliation::recoverTwilioPurchases(int stepIndex)
{
    for (int i = stepIndex; i < m_current.steps.size(); ++i) {
        const ProvisioningStep &step = m_current.steps.at(i);
        if (step.status != StepStatus::InFlight || step.requestTag.isEmpty()
                || (step.strategy != Strategy::OrganizationTwilio
                        && step.strategy != Strategy::WorkspaceTwilio))
            continue;
        const auto account = step.strategy == Strategy::OrganizationTwilio
                ? m_services.accounts->organizationTwilioAccount(m_current.organizationId)
                : m_services.accounts->workspaceTwilioAccount();
        if (!account)
            continue;
        const qint64 accountId = account->id;
        const QString tag = step.requestTag;
        m_services.clients->twilioClient(*account, this,
                [this, i, accountId, tag](
                        TwilioClient *client, const TwilioCredentials &, const QString &error) {
                    if (!client) {
                        leavePending(error);
                        return;
                    }
                    TwilioIncomingFilter filter;
                    filter.friendlyName = tag;
                    client->listIncomingNumbers(filter, this,
                            [this, i, accountId](
                                    const ApiResult<QList<TwilioIncomingNumber>> &found) {
                                if (!found) {
                                    leavePending(found.error().toString());
                                    return;
                                }
                                QList<PhoneAddress> numbers;
                                for (const TwilioIncomingNumber &n : found.value())
                                    numbers << n.phoneNumber;
                                m_services.pool->add(accountId, numbers);
                                recoverTwilioPurchases(i + 1);
                            });
                });
        return;
    }
    completeFailed(tr("Interrupted before Vapi created or imported a number; nothing was "
                      "assigned. Provision again."));
}

void Reconciliation::completeSucceeded(const PhoneNumber &found, qint64 vapiAccountId)
{
    PhoneNumber number = found;
    number.vapiAccountId = vapiAccountId;
    number.organizationId = m_current.organizationId;
    m_services.directory->upsertNumber(number);

    std::optional<Strategy> strategy;
    for (ProvisioningStep &step : m_current.steps) {
        if (step.status != StepStatus::InFlight)
            continue;
        const bool made = !step.requestTag.isEmpty() && step.requestTag == number.name;
        step.status = made ? StepStatus::Succeeded : StepStatus::Failed;
        step.reason = made
                ? tr("Found in Vapi after a restart: %1.").arg(number.address.displayText())
                : tr("Interrupted by a restart.");
        step.finishedAt = m_services.clock();
        m_services.history->finishStep(step);
        if (made)
            strategy = step.strategy;
    }
    while (const auto claimed = m_services.pool->reservedBy(m_current.id)) {
        if (claimed->number == number.address)
            m_services.pool->markImported(claimed->id, number.id, claimed->twilioSid);
        else if (!m_services.pool->releaseClaim(claimed->id))
            break;
    }
    m_current.outcome = AttemptOutcome::Succeeded;
    m_current.strategy = strategy;
    m_current.phoneNumberId = number.id;
    m_current.address = number.address;
    m_current.summary = tr("Completed after a restart: the assistant has %1.")
                                .arg(number.address.displayText());
    m_current.finishedAt = m_services.clock();
    m_services.history->finishAttempt(m_current);
    ++m_summary.succeeded;
    next();
}

void Reconciliation::completeFailed(const QString &reason)
{
    for (ProvisioningStep &step : m_current.steps) {
        if (step.status != StepStatus::InFlight)
            continue;
        step.status = StepStatus::Failed;
        step.reason = reason;
        step.finishedAt = m_services.clock();
        m_services.history->finishStep(step);
    }
    while (const auto claimed = m_services.pool->reservedBy(m_current.id)) {
        if (!m_services.pool->releaseClaim(claimed->id))
            break;
    }
    m_current.outcome = AttemptOutcome::Failed;
    m_current.summary = reason;
    m_current.finishedAt = m_services.clock();
    m_services.history->finishAttempt(m_current);
    ++m_summary.failed;
    next();
}

void Reconciliation::leavePending(const QString &reason)
{
    qCWarning(lcProvisioning) << "attempt" << m_current.id << "stays in flight:" << reason;
    ++m_summary.pending;
    next();
}

} // namespace Switchboard
