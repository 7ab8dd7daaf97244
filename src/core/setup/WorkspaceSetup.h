// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneAddress.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"
#include "core/storage/WriteResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Workspace;
struct WorkspaceStores;

// A change to the workspace's own setup: its Vapi account, its (global) Twilio account and
// pool, and the settings the whole team shares. The Settings dialog and `switchboard-cli
// workspace set` both describe what the person changed here, and save() applies it: one
// transaction, only what differs is written, nothing is half-written. Secrets are not part of
// it (they go to the keychain after the save, named by the saved accounts' ids).
struct WorkspaceSetup
{
    // Unset: left as it is.
    std::optional<Region> vapiRegion;
    std::optional<int> freeNumberCap; // set by hand (CapSource::Manual)
    // A Vapi account is created when there is none and a key is about to be stored for it.
    bool ensureVapiAccount = false;

    std::optional<QString> twilioAccountSid;
    std::optional<TwilioAuthMode> twilioAuthMode; // with twilioApiKeySid for ApiKey
    QString twilioApiKeySid;
    QList<PhoneAddress> poolNumbers; // added to the workspace's pool
    // Taken out of the workspace's pool (PoolNumber ids): only while available, neither
    // claimed by a provisioning nor in Vapi; refused ("pool") otherwise.
    QList<qint64> poolNumbersRemoved;
    bool twilioUpgraded = false; // clears the trial mark

    std::optional<bool> allowPurchase;
    std::optional<int> monthlyPurchaseLimit;
    std::optional<QString> defaultAreaCode;
    std::optional<double> twilioNumberMonthlyPrice;
    std::optional<bool> autoProvisionByDefault;

    // What the save left in the workspace.
    struct Saved
    {
        std::optional<VapiAccount> vapi;
        std::optional<TwilioAccount> twilio;
    };

    // Checks against the workspace, then writes in one transaction. Refused, naming the input
    // ("pool", "twilio-upgraded"): a pool number already in another pool, a pool or an upgrade
    // without a Twilio account. Failed: a read or a write did not work. Either way nothing was
    // changed; *saved is filled only when done.
    WriteResult save(const Workspace &workspace, Saved *saved = nullptr) const;
    // The same through the stores of one connection (a storage thread's write job).
    WriteResult save(const WorkspaceStores &workspace, Saved *saved = nullptr) const;
};

} // namespace Switchboard
