// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/WorkspaceSnapshot.h"

#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"

#include <algorithm>

namespace Switchboard {

namespace {

template<typename T, typename Predicate>
std::optional<T> findFirst(const QList<T> &list, Predicate matches)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), matches);
    return it == list.cend() ? std::nullopt : std::optional<T>(*it);
}

void noteError(QString &errors, const QString &error)
{
    if (error.isEmpty() || errors.contains(error))
        return;
    if (!errors.isEmpty())
        errors += QLatin1Char('\n');
    errors += error;
}

} // namespace

std::optional<Organization> WorkspaceSnapshot::organization(qint64 id) const
{
    return findFirst(organizations, [id](const Organization &o) { return o.id == id; });
}

QString WorkspaceSnapshot::organizationName(qint64 id) const
{
    const auto found = organization(id);
    return found ? found->name : QString();
}

std::optional<VapiAccount> WorkspaceSnapshot::workspaceVapiAccount() const
{
    return findFirst(vapiAccounts, [](const VapiAccount &a) { return a.isWorkspaceAccount(); });
}

std::optional<VapiAccount> WorkspaceSnapshot::vapiAccountServing(qint64 organizationId) const
{
    if (organizationId > 0) {
        if (auto own = findFirst(vapiAccounts, [organizationId](const VapiAccount &a) {
                return a.organizationId == organizationId;
            }))
            return own;
    }
    return workspaceVapiAccount();
}

std::optional<TwilioAccount> WorkspaceSnapshot::twilioAccountOf(qint64 organizationId) const
{
    return findFirst(twilioAccounts, [organizationId](const TwilioAccount &a) {
        return a.organizationId == organizationId;
    });
}

QList<PoolNumber> WorkspaceSnapshot::poolNumbersOf(qint64 twilioAccountId) const
{
    QList<PoolNumber> numbers;
    for (const PoolNumber &number : poolNumbers) {
        if (number.twilioAccountId == twilioAccountId)
            numbers << number;
    }
    return numbers;
}

WorkspaceSnapshot WorkspaceSnapshot::read(const WorkspaceStores &stores, SnapshotParts parts)
{
    WorkspaceSnapshot snapshot;
    const auto check = [&snapshot](SnapshotPart part, const QString &error) {
        if (error.isEmpty())
            return;
        snapshot.failedParts |= part;
        noteError(snapshot.error, error);
    };
    QString error;
    if (parts.testFlag(SnapshotPart::Organizations) && stores.organizations) {
        snapshot.organizations = stores.organizations->list(&error);
        check(SnapshotPart::Organizations, error);
    }
    if (parts.testFlag(SnapshotPart::Accounts) && stores.accounts) {
        error.clear();
        snapshot.vapiAccounts = stores.accounts->vapiAccounts(&error);
        if (error.isEmpty())
            snapshot.twilioAccounts = stores.accounts->twilioAccounts(&error);
        check(SnapshotPart::Accounts, error);
    }
    if (parts.testFlag(SnapshotPart::Pool) && stores.pool && stores.accounts) {
        // The pool is kept per Twilio account.
        error.clear();
        const QList<TwilioAccount> accounts = parts.testFlag(SnapshotPart::Accounts)
                ? snapshot.twilioAccounts
                : stores.accounts->twilioAccounts(&error);
        for (const TwilioAccount &account : accounts) {
            if (!error.isEmpty())
                break;
            snapshot.poolNumbers += stores.pool->numbers(account.id, &error);
        }
        check(SnapshotPart::Pool, error);
    }
    if (parts.testFlag(SnapshotPart::Tasks) && stores.tasks) {
        error.clear();
        snapshot.openTasks = stores.tasks->tasks(ManualTaskState::Open, 0, &error);
        check(SnapshotPart::Tasks, error);
    }
    if (parts.testFlag(SnapshotPart::Directory) && stores.directory) {
        snapshot.directory = DirectorySnapshot::read(*stores.directory);
        check(SnapshotPart::Directory, snapshot.directory.error);
    }
    if (parts.testFlag(SnapshotPart::Settings) && stores.settings) {
        const WorkspaceSettings &settings = *stores.settings;
        snapshot.twilioNumberMonthlyPrice = settings.twilioNumberMonthlyPrice();
        snapshot.defaultAreaCode = settings.defaultAreaCode();
        snapshot.workspaceAllowsPurchase = settings.workspaceAllowsPurchase();
        snapshot.workspaceMonthlyPurchaseLimit = settings.workspaceMonthlyPurchaseLimit();
        snapshot.autoProvisionByDefault = settings.autoProvisionByDefault();
    }
    return snapshot;
}

std::optional<ManualTask> WorkspaceSnapshot::openTask(qint64 id) const
{
    for (const ManualTask &task : openTasks) {
        if (task.id == id)
            return task;
    }
    return std::nullopt;
}

void WorkspaceSnapshot::merge(const WorkspaceSnapshot &newer, SnapshotParts parts)
{
    // A part that could not be read keeps what it showed: a passing hiccup must not empty a
    // view. The error says why it may be out of date.
    const SnapshotParts taken = parts & ~newer.failedParts;
    if (taken.testFlag(SnapshotPart::Organizations))
        organizations = newer.organizations;
    if (taken.testFlag(SnapshotPart::Accounts)) {
        vapiAccounts = newer.vapiAccounts;
        twilioAccounts = newer.twilioAccounts;
    }
    if (taken.testFlag(SnapshotPart::Pool))
        poolNumbers = newer.poolNumbers;
    if (taken.testFlag(SnapshotPart::Tasks))
        openTasks = newer.openTasks;
    if (taken.testFlag(SnapshotPart::Directory))
        directory = newer.directory;
    if (taken.testFlag(SnapshotPart::Settings)) {
        twilioNumberMonthlyPrice = newer.twilioNumberMonthlyPrice;
        defaultAreaCode = newer.defaultAreaCode;
        workspaceAllowsPurchase = newer.workspaceAllowsPurchase;
        workspaceMonthlyPurchaseLimit = newer.workspaceMonthlyPurchaseLimit;
        autoProvisionByDefault = newer.autoProvisionByDefault;
    }
    failedParts = (failedParts & ~parts) | newer.failedParts;
    if (!failedParts)
        error.clear();
    else if (!newer.error.isEmpty())
        error = newer.error;
}

void followStoreChanges(const WorkspaceStores &stores, QObject *context,
        const std::function<void(SnapshotParts parts)> &changed)
{
    const auto touches
            = [changed](SnapshotParts parts) { return [changed, parts] { changed(parts); }; };
    if (stores.organizations)
        QObject::connect(stores.organizations, &OrganizationStore::changed, context,
                touches(SnapshotPart::Organizations));
    // The pool is listed per Twilio account: a new or removed account changes it too.
    if (stores.accounts)
        QObject::connect(stores.accounts, &AccountStore::changed, context,
                touches(SnapshotPart::Accounts | SnapshotPart::Pool));
    if (stores.pool)
        QObject::connect(
                stores.pool, &NumberPoolStore::changed, context, touches(SnapshotPart::Pool));
    if (stores.tasks)
        QObject::connect(
                stores.tasks, &ManualTaskStore::changed, context, touches(SnapshotPart::Tasks));
    if (stores.directory)
        QObject::connect(stores.directory, &DirectoryStore::changed, context,
                touches(SnapshotPart::Directory));
    if (stores.settings)
        QObject::connect(stores.settings, &WorkspaceSettings::changed, context,
                touches(SnapshotPart::Settings));
}

} // namespace Switchboard
