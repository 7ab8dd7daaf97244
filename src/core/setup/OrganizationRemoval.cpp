// SPDX-License-Identifier: Apache-2.0
#include "core/setup/OrganizationRemoval.h"

#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretJob.h"
#include "core/storage/OrganizationStore.h"

#include <QTimer>

#include <algorithm>

namespace Switchboard {

OrganizationRemoval::OrganizationRemoval(CredentialService &credentials,
        OrganizationStore &organizations, Organization organization, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_organizations(organizations)
    , m_organization(std::move(organization))
{ }

void OrganizationRemoval::start()
{
    // Which secrets the keychain holds decides whether a refused wipe stops the removal: one
    // that was never stored cannot be left behind.
    QString statusError;
    const QList<SecretStatus> secrets
            = m_credentials.organizationStatus(m_organization.id, &statusError);
    const bool anyInKeychain = !statusError.isEmpty()
            || std::any_of(secrets.cbegin(), secrets.cend(),
                    [](const SecretStatus &status) { return status.inKeychain; });
    SecretJob *wipe = m_credentials.wipeOrganization(m_organization.id);
    wipe->then(this, [this, anyInKeychain](SecretJob *job) {
        if (job->error() && anyInKeychain) {
            // The keychain's error says which secrets, why, and what to do.
            finish(false,
                    tr("%1 was not removed, and nothing was changed: its secrets could not be "
                       "deleted from the keychain. %2")
                            .arg(m_organization.name, job->error().message));
            return;
        }
        if (const WriteResult removed = m_organizations.remove(m_organization.id); !removed) {
            finish(false, tr("%1 was not removed: %2").arg(m_organization.name, removed.message()));
            return;
        }
        finish(true, {});
    });
}

// The one way out: finished() once, from the event loop (never inside start()), then the job
// goes.
void OrganizationRemoval::finish(bool removed, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this, removed, error] {
        Q_EMIT finished(removed, error);
        deleteLater();
    });
}

} // namespace Switchboard
