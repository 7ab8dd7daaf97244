// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"

#include <QObject>

namespace Switchboard {

class CredentialService;
class OrganizationStore;

// Removes an organization from the workspace: its secrets from the keychain first, then the
// organization with its accounts and pool (one transaction, recorded with its operator). Its
// provisioning history stays; its assistants and numbers stay in Vapi and Twilio.
//
// An organization never leaves credentials behind: when the keychain holds one of its secrets
// and refuses to delete it, nothing is removed and finished() says why (the wipe can be tried
// again). Used by the console and by `switchboard-cli org remove`.
//
// Asynchronous: start() returns at once; finished() comes exactly once, later, and the job then
// deletes itself.
class OrganizationRemoval : public QObject
{
    Q_OBJECT

public:
    OrganizationRemoval(CredentialService &credentials, OrganizationStore &organizations,
            Organization organization, QObject *parent = nullptr);

    void start();
    const Organization &organization() const { return m_organization; }

Q_SIGNALS:
    // removed false: nothing was removed; `error` says why and what to do.
    void finished(bool removed, const QString &error);

private:
    void finish(bool removed, const QString &error);

    CredentialService &m_credentials;
    OrganizationStore &m_organizations;
    Organization m_organization;
    bool m_finished = false;
};

} // namespace Switchboard
