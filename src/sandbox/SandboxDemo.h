// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/world/World.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Switchboard {
class AccountStore;
class NumberPoolStore;
class OrganizationStore;
class SecretKey;
class WorkspaceDatabase;
} // namespace Switchboard

namespace Switchboard::Sandbox {

// Sets a workspace up to match a sandbox world, for `switchboard --sandbox` and
// `switchboard-cli --sandbox`: an organization for each Vapi account (white-label: its own Vapi
// account), the first main Twilio account as the workspace's, a subaccount named like an
// organization as that organization's, and the numbers each Twilio account owns but Vapi does not
// hold as its pool. The secrets it needs are returned, for an in-memory store: demo keys never go
// to the real keychain.
struct SandboxDemo
{
    using Secrets = QList<QPair<SecretKey, QString>>;

    // False with *error if the workspace could not be written (nothing is half-written: one
    // transaction). A workspace that already has organizations is left as it is.
    static bool seedWorkspace(const World &world, WorkspaceDatabase &database,
            OrganizationStore &organizations, AccountStore &accounts, NumberPoolStore &pool,
            Secrets *secrets, QString *error);
    static QString slugFor(const QString &name);
};

} // namespace Switchboard::Sandbox
