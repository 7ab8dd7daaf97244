// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Switchboard {

class AccountStore;
class DirectoryStore;
class HistoryStore;
class ManualTaskStore;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;
class WorkspaceSettings;

// The stores of one workspace connection, for those that read or watch them all (the change
// feed, the snapshot reader). Owned by a Workspace.
struct WorkspaceStores
{
    WorkspaceDatabase *database = nullptr; // the connection they share (for a transaction)
    OrganizationStore *organizations = nullptr;
    AccountStore *accounts = nullptr;
    NumberPoolStore *pool = nullptr;
    DirectoryStore *directory = nullptr;
    ManualTaskStore *tasks = nullptr;
    WorkspaceSettings *settings = nullptr;
    HistoryStore *history = nullptr;
};

} // namespace Switchboard
