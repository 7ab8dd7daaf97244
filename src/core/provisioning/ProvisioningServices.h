// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

#include <functional>

namespace Switchboard {

class AccountStore;
class ApiClientProvider;
class DirectoryStore;
class DirectorySync;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceSettings;

// What the provisioning engine works with; all owned by the composition root.
struct ProvisioningServices
{
    OrganizationStore *organizations = nullptr;
    AccountStore *accounts = nullptr;
    NumberPoolStore *pool = nullptr;
    HistoryStore *history = nullptr;
    ManualTaskStore *tasks = nullptr;
    DirectoryStore *directory = nullptr;
    WorkspaceSettings *settings = nullptr;
    ApiClientProvider *clients = nullptr;
    // The engine's: what a job knows of a Vapi account, refreshed by changes (DirectorySync).
    // Null outside an engine; a DirectoryRefresh then only writes the cache.
    DirectorySync *directorySync = nullptr;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    // The name under which this engine's jobs hold their attempts (AttemptLease); the engine
    // sets it.
    QString leaseHolder;
};

} // namespace Switchboard
