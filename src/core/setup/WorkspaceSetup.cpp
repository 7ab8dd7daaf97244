// SPDX-License-Identifier: Apache-2.0
#include "core/setup/WorkspaceSetup.h"

#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/PoolOwnership.h"
#include "core/storage/SqlTransaction.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Switchboard {

namespace {

struct WorkspaceSetupText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::WorkspaceSetup)
};

bool changesTwilio(const WorkspaceSetup &setup)
{
    return setup.twilioAccountSid || setup.twilioAuthMode || !setup.poolNumbers.isEmpty();
}

} // namespace

WriteResult WorkspaceSetup::save(const Workspace &workspace, Saved *saved) const
{
    return save(workspace.stores(), saved);
}

WriteResult WorkspaceSetup::save(const WorkspaceStores &workspace, Saved *saved) const
{
    Q_ASSERT(workspace.database && workspace.accounts && workspace.settings && workspace.pool);
    AccountStore &accounts = *workspace.accounts;
    WorkspaceSettings &settings = *workspace.settings;
    QString readError;
    const std::optional<TwilioAccount> existingTwilio = accounts.workspaceTwilioAccount(&readError);
    if (!readError.isEmpty())
        return WriteResult::failed(readError);
    if (twilioUpgraded && !existingTwilio)
        return WriteResult::refused(WorkspaceSetupText::tr("the workspace has no Twilio account"),
                QStringLiteral("twilio-upgraded"));
    const bool twilioSid = twilioAccountSid && !twilioAccountSid->isEmpty();
    if (changesTwilio(*this) && !existingTwilio && !twilioSid)
        return WriteResult::refused(WorkspaceSetupText::tr("the workspace has no Twilio "
                                                           "account; give its account SID"),
                poolNumbers.isEmpty() ? QStringLiteral("twilio-api-key") : QStringLiteral("pool"));
    // A number belongs to one pool: not to an organization's as well.
    const QList<PoolHolder> holders
            = PoolOwnership(*workspace.database)
                      .holders(poolNumbers, existingTwilio ? existingTwilio->id : 0, &readError);
    if (!readError.isEmpty())
        return WriteResult::failed(readError);
    if (!holders.isEmpty())
        return WriteResult::refused(
                PoolOwnership::refusal(holders.constFirst()), QStringLiteral("pool"));

    SqlTransaction transaction(*workspace.database);
    if (!transaction.isOpen())
        return WriteResult::failed(transaction.error());
    QString error;
    Saved result;
    result.vapi = accounts.workspaceVapiAccount();
    const bool vapiChanges = (vapiRegion && (!result.vapi || result.vapi->region != *vapiRegion))
            || (freeNumberCap && (!result.vapi || result.vapi->freeNumberCap != *freeNumberCap))
            || (ensureVapiAccount && !result.vapi);
    if (vapiChanges) {
        VapiAccount vapi = result.vapi.value_or(VapiAccount{});
        if (vapi.label.isEmpty())
            vapi.label = WorkspaceSetupText::tr("Workspace");
        if (vapiRegion)
            vapi.region = *vapiRegion;
        if (freeNumberCap) {
            vapi.freeNumberCap = *freeNumberCap;
            vapi.capSource = CapSource::Manual;
            vapi.capSetAt = QDateTime::currentDateTimeUtc();
        }
        if (WriteResult saved = accounts.saveVapiAccount(vapi); !saved)
            return saved;
        result.vapi = vapi;
    }

    result.twilio = existingTwilio;
    if (changesTwilio(*this)) {
        TwilioAccount twilio = existingTwilio.value_or(TwilioAccount{});
        if (twilioSid)
            twilio.accountSid = *twilioAccountSid;
        if (twilioAuthMode) {
            twilio.authMode = *twilioAuthMode;
            twilio.apiKeySid
                    = *twilioAuthMode == TwilioAuthMode::ApiKey ? twilioApiKeySid : QString();
        }
        if (twilio.label.isEmpty())
            twilio.label = WorkspaceSetupText::tr("Workspace");
        const bool differs = !existingTwilio || twilio.accountSid != existingTwilio->accountSid
                || twilio.authMode != existingTwilio->authMode
                || twilio.apiKeySid != existingTwilio->apiKeySid;
        if (differs) {
            if (WriteResult saved = accounts.saveTwilioAccount(twilio); !saved)
                return saved;
        }
        if (!poolNumbers.isEmpty()) {
            if (WriteResult added = workspace.pool->add(twilio.id, poolNumbers); !added)
                return added;
        }
        result.twilio = twilio;
    }
    if (!poolNumbersRemoved.isEmpty()) {
        if (!existingTwilio)
            return WriteResult::refused(
                    WorkspaceSetupText::tr("the workspace has no Twilio account"),
                    QStringLiteral("pool"));
        const QList<PoolNumber> pooled = workspace.pool->numbers(existingTwilio->id, &readError);
        if (!readError.isEmpty())
            return WriteResult::failed(readError);
        for (qint64 id : poolNumbersRemoved) {
            const auto it = std::find_if(pooled.cbegin(), pooled.cend(),
                    [id](const PoolNumber &number) { return number.id == id; });
            if (it == pooled.cend())
                return WriteResult::refused(
                        WorkspaceSetupText::tr("a number to remove is not in the workspace's "
                                               "pool any more; nothing was changed"),
                        QStringLiteral("pool"));
            // One statement decides, so a provisioning that claims it meanwhile wins cleanly.
            if (WriteResult removed = workspace.pool->removeIfAvailable(id); !removed)
                return removed.kind() == WriteResult::Kind::NotFound ? WriteResult::refused(
                               WorkspaceSetupText::tr(
                                       "%1 is in use (a provisioning took it, or it is in Vapi) "
                                       "and stays in the pool; nothing was changed")
                                       .arg(it->number.displayText()),
                               QStringLiteral("pool"))
                                                                     : removed;
        }
    }
    if (twilioUpgraded) {
        if (WriteResult upgraded = accounts.setTwilioTrial(existingTwilio->id, {}); !upgraded)
            return upgraded;
    }

    if (allowPurchase || monthlyPurchaseLimit) {
        const bool allow = allowPurchase.value_or(settings.workspaceAllowsPurchase());
        const int limit = monthlyPurchaseLimit.value_or(settings.workspaceMonthlyPurchaseLimit());
        if (allow != settings.workspaceAllowsPurchase()
                || limit != settings.workspaceMonthlyPurchaseLimit()) {
            if (WriteResult written = settings.setWorkspacePurchasePolicy(allow, limit); !written)
                return written;
        }
    }
    if (defaultAreaCode && *defaultAreaCode != settings.defaultAreaCode()) {
        if (WriteResult written = settings.setDefaultAreaCode(*defaultAreaCode); !written)
            return written;
    }
    if (twilioNumberMonthlyPrice
            && std::abs(*twilioNumberMonthlyPrice - settings.twilioNumberMonthlyPrice()) > 1e-9) {
        if (WriteResult written = settings.setTwilioNumberMonthlyPrice(*twilioNumberMonthlyPrice);
                !written)
            return written;
    }
    if (autoProvisionByDefault && *autoProvisionByDefault != settings.autoProvisionByDefault()) {
        if (WriteResult written = settings.setAutoProvisionByDefault(*autoProvisionByDefault);
                !written)
            return written;
    }
    if (!transaction.commit())
        return WriteResult::failed(transaction.error());
    if (saved)
        *saved = result;
    return WriteResult::done();
}

} // namespace Switchboard
