// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/NumberPurchase.h"

#include "core/api/TwilioClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/ChainStateReader.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QTimer>
#include <QUuid>

namespace Switchboard {

namespace {

// Every callback runs later, never inside the call that was given it.
template<typename Callback, typename... Args>
void later(QObject *context, const Callback &callback, Args... args)
{
    QTimer::singleShot(0, context, [callback, args...] { callback(args...); });
}

} // namespace

NumberPurchase::NumberPurchase(const ProvisioningServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    Q_ASSERT(m_services.accounts && m_services.pool && m_services.organizations
            && m_services.settings && m_services.clients);
}

NumberPurchase::~NumberPurchase() = default;

std::optional<NumberPurchase::Target> NumberPurchase::target(
        qint64 organizationId, QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    std::optional<Organization> organization;
    if (organizationId > 0) {
        organization = m_services.organizations->findById(organizationId);
        if (!organization)
            return fail(tr("That organization is no longer in the workspace."));
    }
    Target target;
    bool allowed = false;
    // The organization's own account pays, as the chain would have it; else the workspace's.
    if (const auto own = organization
                    ? m_services.accounts->organizationTwilioAccount(organization->id)
                    : std::nullopt) {
        target.account = *own;
        // Not "%1's": names ending in s read badly that way (found by the walk).
        target.payer = tr("the Twilio account of %1").arg(organization->name);
        allowed = organization->allowPurchase;
        target.monthlyLimit = organization->monthlyPurchaseLimit;
    } else if (const auto workspace = m_services.accounts->workspaceTwilioAccount()) {
        target.account = *workspace;
        target.payer = tr("the workspace's Twilio account");
        allowed = m_services.settings->workspaceAllowsPurchase();
        target.monthlyLimit = m_services.settings->workspaceMonthlyPurchaseLimit();
    } else {
        return fail(organization ? tr("Neither %1 nor the workspace has a Twilio account to buy "
                                      "in: add one first.")
                                           .arg(organization->name)
                                 : tr("The workspace has no Twilio account to buy in: add one "
                                      "in Settings first."));
    }
    // Where the policy is changed, named as the menus name it (found by the walk).
    const QString where = organization && target.account.organizationId
            ? tr("File → Edit organization…, Numbers page")
            : tr("File → Settings…, Workspace tab");
    if (!allowed || target.monthlyLimit <= 0)
        return fail(tr("Buying is off for %1: allow it, with a monthly limit, first (%2).")
                            .arg(target.payer, where));
    QString error;
    const QDateTime now = m_services.clock();
    target.boughtThisMonth
            = m_services.pool->purchasesSince(target.account.id, startOfMonth(now), &error);
    if (!error.isEmpty())
        return fail(error);
    if (target.boughtThisMonth >= target.monthlyLimit)
        return fail(tr("This month's purchase limit of %1 is reached for %2 (%3 bought or being "
                       "bought). The limit can be raised in %4.")
                            .arg(target.monthlyLimit)
                            .arg(target.payer)
                            .arg(target.boughtThisMonth)
                            .arg(where));
    return target;
}

void NumberPurchase::withClient(qint64 organizationId, QString *why,
        const std::function<void(TwilioClient *, const Target &)> &use,
        const std::function<void(const QString &)> &fail)
{
    const auto found = target(organizationId, why);
    if (!found) {
        later(this, fail, why ? *why : QString());
        return;
    }
    m_services.clients->twilioClient(found->account, this,
            [use, fail, chosen = *found](
                    TwilioClient *client, const TwilioCredentials &, const QString &error) {
                if (!client) {
                    fail(error);
                    return;
                }
                use(client, chosen);
            });
}

void NumberPurchase::search(qint64 organizationId, const QString &areaCode, const Offers &done)
{
    QString why;
    withClient(
            organizationId, &why,
            [this, areaCode, done](TwilioClient *client, const Target &) {
                TwilioAvailableFilter filter;
                filter.areaCode = areaCode;
                client->availableNumbers(filter, this,
                        [done](const ApiResult<QList<TwilioAvailableNumber>> &result) {
                            if (!result) {
                                done({},
                                        tr("Twilio could not search for numbers: %1")
                                                .arg(result.error().toString()));
                                return;
                            }
                            done(result.value(), {});
                        });
            },
            [done](const QString &error) { done({}, error); });
}

void NumberPurchase::buy(qint64 organizationId, const PhoneAddress &number, const Finished &done)
{
    QString why;
    const auto failed = [done, number](const QString &message) {
        done(Outcome{false, message, number});
    };
    withClient(
            organizationId, &why,
            [this, number, done, failed](TwilioClient *client, const Target &target) {
                // The limit is a ceiling: the slot is taken, atomically with the count, before
                // Twilio is asked to sell anything.
                const QDateTime now = m_services.clock();
                const QString tag = QStringLiteral("switchboard-console-")
                        + QUuid::createUuid().toString(QUuid::WithoutBraces);
                QString error;
                const auto slot = m_services.pool->reservePurchase(target.account.id, 0, tag,
                        target.monthlyLimit, startOfMonth(now), now, &error);
                if (!slot) {
                    failed(!error.isEmpty()
                                    ? error
                                    : tr("This month's purchase limit of %1 is reached for %2, "
                                         "counting purchases in progress; nothing was bought.")
                                              .arg(target.monthlyLimit)
                                              .arg(target.payer));
                    return;
                }
                TwilioBuyRequest request;
                request.phoneNumber = number.toString();
                request.friendlyName = tag;
                const qint64 slotId = slot->id;
                client->buyNumber(request, this,
                        [this, target, slotId, number, done, failed](
                                const ApiResult<TwilioIncomingNumber> &bought) {
                            if (bought) {
                                recordBought(target, slotId, bought.value(), done);
                                return;
                            }
                            if (bought.error().ambiguous) {
                                // It may have been sold: the slot keeps counting until the next
                                // start asks Twilio by its tag.
                                failed(tr("It is unknown whether Twilio sold %1 (%2). The next "
                                          "start of Switchboard asks Twilio and puts it in the "
                                          "pool if it was.")
                                                .arg(number.displayText(),
                                                        bought.error().toString()));
                                return;
                            }
                            if (const WriteResult released
                                    = m_services.pool->releasePurchase(slotId);
                                    !released)
                                qWarning("purchase slot %lld keeps counting: %s", slotId,
                                        qPrintable(released.message()));
                            failed(bought.error().providerCode == u"21422"
                                            ? tr("Twilio no longer offers %1 (someone bought it "
                                                 "meanwhile): search again.")
                                                      .arg(number.displayText())
                                            : tr("Twilio did not sell %1: %2")
                                                      .arg(number.displayText(),
                                                              bought.error().toString()));
                        });
            },
            failed);
}

void NumberPurchase::recordBought(const Target &target, qint64 slotId,
        const TwilioIncomingNumber &bought, const Finished &done) const
{
    const QDateTime boughtAt
            = bought.dateCreated.isValid() ? bought.dateCreated : m_services.clock();
    // Recorded with who bought it (the event), then free in the pool for the chain.
    QString error;
    bool recorded
            = m_services.pool->completePurchase(slotId, bought.phoneNumber, bought.sid, boughtAt)
                      .reportTo(&error);
    if (recorded)
        recorded = m_services.pool
                           ->adoptPurchased(
                                   target.account.id, bought.phoneNumber, bought.sid, boughtAt)
                           .reportTo(&error);
    if (!recorded) {
        // Bought: the slot still counts it, and the next start finds it by its tag.
        done(Outcome{false,
                tr("%1 was bought on %2 but could not be recorded in the workspace (%3); the "
                   "next start of Switchboard puts it in the pool.")
                        .arg(bought.phoneNumber.displayText(), target.payer, error),
                bought.phoneNumber});
        return;
    }
    done(Outcome{true,
            tr("%1 was bought on %2 and is in its pool, free for the next assistant.")
                    .arg(bought.phoneNumber.displayText(), target.payer),
            bought.phoneNumber});
}

} // namespace Switchboard
