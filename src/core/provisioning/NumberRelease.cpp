// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/NumberRelease.h"

#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"

#include <QPointer>
#include <QTimer>

namespace Switchboard {
namespace {

QString poolNameOf(Strategy strategy)
{
    return strategy == Strategy::OrganizationTwilio
            ? NumberRelease::tr("the organization's Twilio account")
            : NumberRelease::tr("the workspace's Twilio account");
}

} // namespace

NumberRelease::NumberRelease(const ProvisioningServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

std::optional<PoolNumber> NumberRelease::poolNumberOf(const PhoneNumber &number) const
{
    std::optional<PoolNumber> byAddress;
    for (const TwilioAccount &account : m_services.accounts->twilioAccounts()) {
        for (const PoolNumber &pooled : m_services.pool->numbers(account.id)) {
            if (!number.id.isEmpty() && pooled.vapiPhoneNumberId == number.id)
                return pooled;
            if (!byAddress && number.address.isValid() && pooled.number == number.address)
                byAddress = pooled;
        }
    }
    return byAddress;
}

Strategy NumberRelease::poolStrategy(const PoolNumber &number) const
{
    const auto account = m_services.accounts->twilioAccount(number.twilioAccountId);
    return account && !account->isWorkspaceAccount() ? Strategy::OrganizationTwilio
                                                     : Strategy::WorkspaceTwilio;
}

qint64 NumberRelease::poolOrganization(const PoolNumber &number) const
{
    const auto account = m_services.accounts->twilioAccount(number.twilioAccountId);
    return account ? account->organizationId : 0;
}

void NumberRelease::finishLater(const Finished &done, Outcome outcome)
{
    QTimer::singleShot(0, this, [done, outcome = std::move(outcome)] { done(outcome); });
}

void NumberRelease::releaseFromVapi(const PhoneNumber &number, const Finished &done)
{
    const auto account = m_services.accounts->vapiAccount(number.vapiAccountId);
    if (!account) {
        finishLater(done,
                {false,
                        tr("The Vapi account of %1 is no longer known; refresh and try again.")
                                .arg(number.address.displayText()),
                        std::nullopt, {}});
        return;
    }
    QPointer<NumberRelease> self(this);
    m_services.clients->vapiClient(
            *account, this, [self, number, done](VapiClient *client, const QString &error) {
                if (!self)
                    return;
                if (!client) {
                    self->finishLater(done, {false, error, std::nullopt, {}});
                    return;
                }
                client->deletePhoneNumber(number.id, self,
                        [self, number, done](const ApiResult<PhoneNumber> &result) {
                            if (self)
                                self->onDeletedFromVapi(
                                        number, result ? nullptr : &result.error(), done);
                        });
            });
}

void NumberRelease::onDeletedFromVapi(
        const PhoneNumber &number, const ApiError *error, const Finished &done)
{
    const QString address = number.address.displayText();
    // Gone already (released elsewhere): what the user wanted is true, so it counts as done.
    const bool gone = !error || error->category == ApiError::Category::NotFound;
    const std::optional<PoolNumber> pooled = poolNumberOf(number);
    Record entry;
    entry.organizationId = number.organizationId;
    entry.assistantId = number.assistantId;
    if (const auto assistant = m_services.directory->assistant(number.assistantId))
        entry.assistantName = assistant->name;
    entry.address = number.address;
    entry.phoneNumberId = number.id;
    entry.strategy = pooled   ? poolStrategy(*pooled)
            : number.isFree() ? Strategy::VapiFree
                              : Strategy::Manual;
    entry.ok = gone;
    if (!gone) {
        entry.reason = tr("Vapi did not release %1.").arg(address);
        entry.summary = entry.reason;
        const QString unrecorded = record(entry, error);
        done({false,
                error->toString()
                        + (unrecorded.isEmpty() ? QString()
                                                : u' '
                                                + tr("The history could not record it: %1")
                                                          .arg(unrecorded)),
                std::nullopt, {}});
        return;
    }

    Outcome outcome;
    outcome.ok = true;
    QString storageError;
    if (const WriteResult forgotten = m_services.directory->removeNumber(number.id); !forgotten) {
        outcome.ok = false;
        outcome.message = tr("%1 left Vapi, but the workspace could not forget it: %2")
                                  .arg(address, forgotten.message());
    }
    if (pooled) {
        outcome.poolName = poolNameOf(entry.strategy);
        // Back in its pool: Twilio still owns (and bills) it, and the chain may offer it to the
        // next assistant.
        if (m_services.pool->markAvailable(pooled->twilioAccountId, pooled->number)
                        .reportTo(&storageError)) {
            outcome.poolNumber = pooled;
            outcome.poolNumber->state = PoolNumber::State::Available;
            outcome.poolNumber->vapiPhoneNumberId.clear();
            outcome.poolNumber->reservedByAttemptId = 0;
            entry.reason = tr("Released %1 from Vapi; it is back in the number pool of %2, "
                              "which Twilio still bills for it.")
                                   .arg(address, outcome.poolName);
        } else {
            outcome.ok = false;
            entry.reason = tr("Released %1 from Vapi, but it could not be put back in the "
                              "number pool of %2: %3")
                                   .arg(address, outcome.poolName, storageError);
        }
    } else {
        entry.reason = tr("Released %1 from Vapi.").arg(address);
    }
    entry.summary = entry.reason;
    if (outcome.message.isEmpty())
        outcome.message = entry.reason;
    const QString unrecorded = record(entry, nullptr);
    if (!unrecorded.isEmpty())
        outcome.message += u' ' + tr("The history could not record it: %1").arg(unrecorded);
    done(outcome);
}

void NumberRelease::releaseOnTwilio(const PoolNumber &number, const Finished &done)
{
    const QString address = number.number.displayText();
    const auto account = m_services.accounts->twilioAccount(number.twilioAccountId);
    if (!account) {
        finishLater(done,
                {false, tr("The Twilio account of %1 is no longer known.").arg(address),
                        std::nullopt, {}});
        return;
    }
    // Out of the pool first, and only if still available: no job can take it while Twilio
    // releases it, and one that took it meanwhile keeps it.
    const WriteResult removed = m_services.pool->removeIfAvailable(number.id);
    if (removed.kind() == WriteResult::Kind::Failed) {
        finishLater(done,
                {false,
                        tr("%1 was not released on Twilio: the workspace refused a write (%2).")
                                .arg(address, removed.message()),
                        std::nullopt, {}});
        return;
    }
    if (!removed) {
        finishLater(done,
                {false,
                        tr("%1 is no longer an available number of its pool (an assistant got it "
                           "meanwhile, or it was removed); it was not released on Twilio.")
                                .arg(address),
                        std::nullopt, {}});
        return;
    }
    QPointer<NumberRelease> self(this);
    m_services.clients->twilioClient(*account, this,
            [self, number, done](
                    TwilioClient *client, const TwilioCredentials &, const QString &error) {
                if (!self)
                    return;
                if (!client) {
                    // Nothing was asked: it goes back where it was.
                    QString storageError;
                    const bool back
                            = self->m_services.pool->add(number.twilioAccountId, {number.number})
                                      .reportTo(&storageError);
                    self->finishLater(done,
                            {false,
                                    back ? error
                                         : error + u' '
                                                    + tr("%1 could not be put back in its pool: %2")
                                                              .arg(number.number.displayText(),
                                                                      storageError),
                                    std::nullopt, {}});
                    return;
                }
                if (!number.twilioSid.isEmpty()) {
                    self->deleteOnTwilio(number, number.twilioSid, client, done);
                    return;
                }
                // Added by hand, never imported: Twilio's SID is found by the number.
                TwilioIncomingFilter filter;
                filter.phoneNumber = number.number.toString();
                client->listIncomingNumbers(filter, self,
                        [self, number, client, done](
                                const ApiResult<QList<TwilioIncomingNumber>> &listed) {
                            if (!self)
                                return;
                            if (!listed) {
                                self->onDeletedOnTwilio(number, &listed.error(), done);
                                return;
                            }
                            for (const TwilioIncomingNumber &owned : listed.value()) {
                                if (owned.phoneNumber == number.number) {
                                    self->deleteOnTwilio(number, owned.sid, client, done);
                                    return;
                                }
                            }
                            ApiError notThere;
                            notThere.category = ApiError::Category::NotFound;
                            self->onDeletedOnTwilio(number, &notThere, done);
                        });
            });
}

void NumberRelease::deleteOnTwilio(
        const PoolNumber &number, const QString &sid, TwilioClient *client, const Finished &done)
{
    QPointer<NumberRelease> self(this);
    client->releaseIncomingNumber(
            sid, this, [self, number, done](const ApiResult<Switchboard::Done> &result) {
                if (self)
                    self->onDeletedOnTwilio(number, result ? nullptr : &result.error(), done);
            });
}

void NumberRelease::onDeletedOnTwilio(
        const PoolNumber &number, const ApiError *error, const Finished &done)
{
    const QString address = number.number.displayText();
    Record entry;
    entry.onTwilio = true;
    entry.organizationId = poolOrganization(number);
    entry.address = number.number;
    entry.strategy = poolStrategy(number);
    const QString pool = poolNameOf(entry.strategy);
    Outcome outcome;
    if (!error) {
        outcome.ok = entry.ok = true;
        entry.reason = tr("Released %1 on Twilio: it left %2 and its monthly bill stops.")
                               .arg(address, pool);
    } else if (error->category == ApiError::Category::NotFound) {
        outcome.ok = entry.ok = true;
        entry.reason = tr("%1 was no longer in %2 (released there already); it left the pool.")
                               .arg(address, pool);
    } else if (error->ambiguous) {
        // It may be gone: a number that may be gone is never offered again. The user is told
        // to look.
        entry.reason = tr("It is unknown whether Twilio released %1; it stays out of the pool. "
                          "Check the numbers of %2 in the Twilio Console.")
                               .arg(address, pool);
    } else {
        QString storageError;
        const bool back = m_services.pool->add(number.twilioAccountId, {number.number})
                                  .reportTo(&storageError);
        entry.reason = back
                ? tr("Twilio did not release %1; it stays in the pool of %2.").arg(address, pool)
                : tr("Twilio did not release %1, and it could not be put back in "
                     "the pool of %2: %3")
                          .arg(address, pool, storageError);
    }
    entry.summary = entry.reason;
    outcome.message = entry.reason;
    if (error && !outcome.ok)
        outcome.message += u' ' + error->toString();
    const QString unrecorded = record(entry, error && !entry.ok ? error : nullptr);
    if (!unrecorded.isEmpty())
        outcome.message += u' ' + tr("The history could not record it: %1").arg(unrecorded);
    done(outcome);
}

QString NumberRelease::record(const Record &entry, const ApiError *error) const
{
    WorkspaceEvent event;
    event.kind = entry.onTwilio ? EventKind::NumberReleasedOnTwilio : EventKind::NumberReleased;
    event.failed = !entry.ok;
    event.organizationId = entry.organizationId;
    event.assistantId = entry.assistantId;
    event.assistantName = entry.assistantName;
    event.phoneNumberId = entry.phoneNumberId;
    event.address = entry.address;
    event.summary = entry.summary;
    if (error && !error->providerMessage.isEmpty())
        event.summary += u' '
                + tr("(%1 said: %2)")
                          .arg(entry.onTwilio ? QStringLiteral("Twilio") : QStringLiteral("Vapi"),
                                  error->providerMessage);
    QString storageError;
    if (!m_services.history->recordEvent(event).reportTo(&storageError))
        return storageError;
    return {};
}

} // namespace Switchboard
