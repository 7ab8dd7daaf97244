// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/ManualTask.h"
#include "core/domain/Organization.h"
#include "core/domain/PoolNumber.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"
#include "core/snapshot/DirectorySnapshot.h"

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Switchboard {

struct WorkspaceStores;

// What a snapshot holds, part by part: a change to one store reads only its part again.
enum class SnapshotPart {
    Organizations = 0x01,
    Accounts = 0x02,
    Pool = 0x04,
    Tasks = 0x08,
    Directory = 0x10,
    Settings = 0x20,
};
Q_DECLARE_FLAGS(SnapshotParts, SnapshotPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(SnapshotParts)
inline constexpr SnapshotParts AllSnapshotParts(0x3f);

// Everything the console's views show, read at one moment on a thread that may wait for the
// database (SnapshotCache), so that no view reads the workspace on the console's thread.
// Plain values: copied between threads, compared in tests, and read by the rules that need
// the whole picture (scalingInputs).
struct WorkspaceSnapshot
{
    QList<Organization> organizations;
    QList<VapiAccount> vapiAccounts; // names of secrets only, never their values
    QList<TwilioAccount> twilioAccounts;
    QList<PoolNumber> poolNumbers; // of every Twilio account
    QList<ManualTask> openTasks;
    DirectorySnapshot directory;
    // The workspace's settings (WorkspaceSettings), shared by everyone on it.
    double twilioNumberMonthlyPrice = 0;
    QString defaultAreaCode;
    bool workspaceAllowsPurchase = false;
    int workspaceMonthlyPurchaseLimit = 0;
    bool autoProvisionByDefault = false;
    // The parts whose last read failed (they keep what they held before), and why.
    SnapshotParts failedParts;
    QString error;

    std::optional<Organization> organization(qint64 id) const;
    QString organizationName(qint64 id) const;
    std::optional<VapiAccount> workspaceVapiAccount() const;
    // The organization's own Vapi account, else the workspace's (AccountStore::vapiAccountServing).
    std::optional<VapiAccount> vapiAccountServing(qint64 organizationId) const;
    // `organizationId` 0: the workspace's (global) account.
    std::optional<TwilioAccount> twilioAccountOf(qint64 organizationId) const;
    QList<PoolNumber> poolNumbersOf(qint64 twilioAccountId) const;
    std::optional<ManualTask> openTask(qint64 id) const;

    // Reads `parts` through `stores`, on the thread their connection belongs to; the other
    // parts stay empty.
    static WorkspaceSnapshot read(const WorkspaceStores &stores, SnapshotParts parts);
    // Takes `parts` from `newer` and keeps the rest.
    void merge(const WorkspaceSnapshot &newer, SnapshotParts parts);
};

// Calls `changed` with the parts a store's changed() touches, for every store in `stores`, as
// long as `context` lives: the one mapping from stores to parts, for the cache that reads them
// again and the storage thread that reports what a write job changed.
void followStoreChanges(const WorkspaceStores &stores, QObject *context,
        const std::function<void(SnapshotParts parts)> &changed);

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::WorkspaceSnapshot)
Q_DECLARE_METATYPE(Switchboard::SnapshotParts)
