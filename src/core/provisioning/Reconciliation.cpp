// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/Reconciliation.h"

#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/NumberPoolStore.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)

namespace Switchboard {
namespace {

// What a listing says of a claimed pool number: in Vapi (with its id), not there, or not to be
// told. Vapi may list numbers masked ("+165****8621") or without their digits: such a number
// could be the claimed one, so "not in Vapi" cannot be concluded while one is listed; one that
// carries a tag of the attempt that claimed the number is it.
struct ClaimInVapi
{
    enum class Verdict {
        InVapi,
        Absent,
        Unknown,
    };
    Verdict verdict = Verdict::Absent;
    QString vapiId;
};

ClaimInVapi lookUp(
        const PoolNumber &claim, const QList<PhoneNumber> &listing, const QStringList &tags = {})
{
    ClaimInVapi result;
    for (const PhoneNumber &n : listing) {
        if (n.provider == NumberProvider::Vapi)
            continue; // Vapi's own free numbers are never a Twilio account's
        switch (n.matchAddress(claim.number)) {
        case PhoneNumber::Match::Same:
            return {ClaimInVapi::Verdict::InVapi, n.id};
        case PhoneNumber::Match::Unknown:
            if (!n.name.isEmpty() && tags.contains(n.name))
                return {ClaimInVapi::Verdict::InVapi, n.id};
            result.verdict = ClaimInVapi::Verdict::Unknown;
            break;
        case PhoneNumber::Match::Different:
            break;
        }
    }
    return result;
}

// A claim the workspace cannot settle now stays claimed, so it is never offered twice; the next
// start tries again.
void settleClaim(NumberPoolStore &pool, const PoolNumber &claim, const ClaimInVapi &found)
{
    WriteResult settled = WriteResult::done();
    if (found.verdict == ClaimInVapi::Verdict::InVapi)
        settled = pool.markImported(claim.id, found.vapiId, claim.twilioSid);
    else if (found.verdict == ClaimInVapi::Verdict::Absent)
        settled = pool.releaseClaim(claim.id);
    else
        qCInfo(lcProvisioning) << "pool number" << claim.id
                               << "stays claimed: Vapi lists a number it cannot show";
    if (!settled)
        qCWarning(lcProvisioning) << "pool number" << claim.id
                                  << "stays claimed: the workspace refused a write:"
                                  << settled.message();
}

} // namespace

Reconciliation::Reconciliation(const ProvisioningServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

void Reconciliation::start()
{
    // Each list is read once: the passes work through them and never add to them.
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
    AttemptLease lease;
    std::tie(lease.holder, lease.renewedAt) = m_services.history->lease(m_current.id);
    if (!lease.holder.isEmpty() && !lease.isGone(m_services.clock())) {
        // Live work of another process or console: not ours to complete.
        ++m_summary.busy;
        QTimer::singleShot(0, this, &Reconciliation::next);
        return;
    }
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
                            if (!result
                                    || !m_services.directory->replaceNumbers(
                                            account.id, result.value()))
                                m_refreshFailed = true; // the next refresh tries again
                            refreshNextAccount();
                        });
            });
}

void Reconciliation::settleStaleClaims()
{
    // Only with every account freshly listed can "not in Vapi" be trusted.
    if (!m_refreshFailed) {
        // The directory keeps each number's address by its id, also when a listing masks it.
        const QList<PhoneNumber> known = m_services.directory->numbers();
        for (const PoolNumber &claim : m_services.pool->claimsOfFinishedAttempts()) {
            settleClaim(*m_services.pool, claim, lookUp(claim, known));
        }
    }
    m_purchases = m_services.pool->unsettledPurchases(m_services.clock());
    settleNextPurchase();
}

void Reconciliation::settleNextPurchase()
{
    if (m_purchases.isEmpty()) {
        finish();
        return;
    }
    const PurchaseSlot slot = m_purchases.takeFirst();
    const QDateTime now = m_services.clock();
    const bool settled = slot.reservedAt.secsTo(now) >= PurchaseSettleDelaySeconds;
    const auto account = m_services.accounts->twilioAccount(slot.twilioAccountId);
    if (!account || slot.requestTag.isEmpty()) {
        // Nothing to look it up with: it counts until no request can still make it.
        if (settled && m_services.pool->releasePurchase(slot.id))
            ++m_summary.purchasesReleased;
        QTimer::singleShot(0, this, &Reconciliation::settleNextPurchase);
        return;
    }
    m_services.clients->twilioClient(*account, this,
            [this, slot, settled](
                    TwilioClient *client, const TwilioCredentials &, const QString &error) {
                if (!client) {
                    qCWarning(lcProvisioning)
                            << "purchase" << slot.id << "stays unsettled:" << error;
                    settleNextPurchase();
                    return;
                }
                TwilioIncomingFilter filter;
                filter.friendlyName = slot.requestTag;
                client->listIncomingNumbers(filter, this,
                        [this, slot, settled](const ApiResult<QList<TwilioIncomingNumber>> &found) {
                            if (!found) {
                                qCWarning(lcProvisioning)
                                        << "purchase" << slot.id
                                        << "stays unsettled:" << found.error().toString();
                            } else if (found.value().isEmpty()) {
                                if (settled && m_services.pool->releasePurchase(slot.id))
                                    ++m_summary.purchasesReleased;
                            } else {
                                bool first = true;
                                for (const TwilioIncomingNumber &n : found.value()) {
                                    const QDateTime boughtAt = n.dateCreated.isValid()
                                            ? n.dateCreated
                                            : slot.reservedAt;
                                    // A purchase that cannot be recorded keeps its slot
                                    // counted (never over the limit): the next start again.
                                    const WriteResult counted = first
                                            ? m_services.pool->completePurchase(
                                                    slot.id, n.phoneNumber, n.sid, boughtAt)
                                            : m_services.pool->recordPurchase(slot.twilioAccountId,
                                                    n.phoneNumber, n.sid, boughtAt);
                                    first = false;
                                    const WriteResult adopted = counted
                                            ? m_services.pool->adoptPurchased(slot.twilioAccountId,
                                                    n.phoneNumber, n.sid, boughtAt)
                                            : counted;
                                    if (adopted)
                                        ++m_summary.purchasesFound;
                                    else
                                        qCWarning(lcProvisioning)
                                                << "purchase" << slot.id
                                                << "stays unsettled:" << adopted.message();
                                }
                            }
                            settleNextPurchase();
                        });
            });
}

void Reconciliation::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    qCInfo(lcProvisioning) << "reconciled:" << m_summary.succeeded << "succeeded,"
                           << m_summary.failed << "failed," << m_summary.pending << "pending,"
                           << m_summary.purchasesFound << "purchases found,"
                           << m_summary.purchasesReleased << "purchase reservations released";
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
    QList<PhoneNumber> numbers = result.value();
    for (PhoneNumber &n : numbers) { // masked in the listing: the address known by its id
        if (n.address.isValid())
            continue;
        if (const auto cached = m_services.directory->number(n.id);
                cached && cached->address.isValid())
            n.address = cached->address;
    }
    // A number this attempt made (by its tag) decides; failing that, any the assistant has.
    auto made = std::find_if(numbers.cbegin(), numbers.cend(),
            [&tags](const PhoneNumber &n) { return tags.contains(n.name); });
    if (made == numbers.cend())
        made = std::find_if(numbers.cbegin(), numbers.cend(),
                [this](const PhoneNumber &n) { return n.assistantId == m_current.assistantId; });
    settleClaims(numbers, tags);
    if (made != numbers.cend()) {
        completeSucceeded(*made);
        return;
    }
    completeFailed(tr("Interrupted before Vapi created or imported a number; nothing was "
                      "assigned. Provision again."));
}

// The pool numbers the attempt held, each once: imported if Vapi has it, available if not.
// A claim Vapi may hold under a masked number stays claimed: the next start settles it.
void Reconciliation::settleClaims(const QList<PhoneNumber> &inVapi, const QStringList &tags) const
{
    for (const PoolNumber &claim : m_services.pool->claimsOf(m_current.id)) {
        settleClaim(*m_services.pool, claim, lookUp(claim, inVapi, tags));
    }
}

void Reconciliation::completeSucceeded(const PhoneNumber &found)
{
    PhoneNumber number = found;
    number.vapiAccountId = m_vapiAccountId;
    number.organizationId = m_current.organizationId;
    // The attempt's record is what settles it; the console's copy of Vapi catches up at the
    // next refresh if it cannot be written now.
    if (const WriteResult noted = m_services.directory->upsertNumber(number); !noted)
        qCWarning(lcProvisioning) << "attempt" << m_current.id
                                  << "settled, but the directory could not keep its number:"
                                  << noted.message();

    std::optional<Strategy> strategy;
    QList<ProvisioningStep> settled;
    for (ProvisioningStep &step : m_current.steps) {
        if (step.status != StepStatus::InFlight)
            continue;
        const bool made = !step.requestTag.isEmpty() && step.requestTag == number.name;
        step.status = made ? StepStatus::Succeeded : StepStatus::Failed;
        step.reason = made ? tr("Found in Vapi after a restart: %1.").arg(number.displayText())
                           : tr("Interrupted by a restart.");
        step.finishedAt = m_services.clock();
        settled << step;
        if (made)
            strategy = step.strategy;
    }
    m_current.outcome = AttemptOutcome::Succeeded;
    m_current.strategy = strategy;
    m_current.phoneNumberId = number.id;
    m_current.address = number.address;
    m_current.summary
            = tr("Completed after a restart: the assistant has %1.").arg(number.displayText());
    m_current.finishedAt = m_services.clock();
    ++(recordSettled(settled) ? m_summary.succeeded : m_summary.pending);
    QTimer::singleShot(0, this, &Reconciliation::next);
}

// Writes the settled steps and attempt. What the workspace refuses stays in flight, to be settled
// at the next start; it counts as pending, not as settled.
bool Reconciliation::recordSettled(QList<ProvisioningStep> steps)
{
    WriteResult written = WriteResult::done();
    for (ProvisioningStep &step : steps) {
        if (written)
            written = m_services.history->finishStep(step);
    }
    if (written)
        written = m_services.history->finishAttempt(m_current);
    if (!written) {
        qCWarning(lcProvisioning) << "attempt" << m_current.id
                                  << "stays in flight: the workspace refused a write:"
                                  << written.message();
        return false;
    }
    // A lease left behind only delays the next start's look at nothing: the attempt is settled.
    if (const WriteResult dropped = m_services.history->dropLease(m_current.id); !dropped)
        qCWarning(lcProvisioning) << "attempt" << m_current.id
                                  << "is settled; its lease stays:" << dropped.message();
    return true;
}

void Reconciliation::completeFailed(const QString &reason)
{
    QList<ProvisioningStep> settled;
    for (ProvisioningStep &step : m_current.steps) {
        if (step.status != StepStatus::InFlight)
            continue;
        step.status = StepStatus::Failed;
        step.reason = reason;
        step.finishedAt = m_services.clock();
        settled << step;
    }
    // Without a listing (no Vapi account any more) claims go back: nothing could import them.
    for (const PoolNumber &claim : m_services.pool->claimsOf(m_current.id))
        settleClaim(*m_services.pool, claim, ClaimInVapi{ClaimInVapi::Verdict::Absent, {}});
    m_current.outcome = AttemptOutcome::Failed;
    m_current.summary = reason;
    m_current.finishedAt = m_services.clock();
    ++(recordSettled(settled) ? m_summary.failed : m_summary.pending);
    QTimer::singleShot(0, this, &Reconciliation::next);
}

void Reconciliation::leavePending(const QString &reason)
{
    qCWarning(lcProvisioning) << "attempt" << m_current.id << "stays in flight:" << reason;
    ++m_summary.pending;
    QTimer::singleShot(0, this, &Reconciliation::next);
}

} // namespace Switchboard
