// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/ProvisioningServices.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace Switchboard {

class VapiClient;

// Fetches the assistants and phone numbers of Vapi accounts into the workspace's cache
// (DirectoryStore), so that every view and the chain work from a fresh listing. Which
// organization an assistant belongs to is kept in its Vapi metadata (metadataKey()).
// Finishes exactly once; an account that cannot be reached keeps its last listing.
class DirectoryRefresh : public QObject
{
    Q_OBJECT

public:
    // The metadata key that links a Vapi assistant to an organization (its slug).
    static QString metadataKey() { return QStringLiteral("switchboardOrganization"); }

    // organizationId 0: every Vapi account; otherwise the one serving that organization.
    DirectoryRefresh(const ProvisioningServices &services, qint64 organizationId = 0,
            QObject *parent = nullptr);

    void start();
    // Accounts that could not be listed, with why.
    const QStringList &problems() const { return m_problems; }
    // Whether a listing arrived but the workspace could not keep it (a full disk, a read-only
    // file): what the workspace holds is then older than what Vapi said.
    bool storageFailed() const { return m_storageFailed; }
    // Whether an account could not be listed because Vapi could not be reached (the network, a
    // timeout, a proxy, Vapi's own trouble), as opposed to a key that is missing or refused:
    // "offline" is said only of the first (found by the walk: "Vapi: offline" beside "the
    // workspace's Vapi private key is not set").
    bool unreachable() const { return m_unreachable; }
    bool credentialsRefused() const { return m_credentialsRefused; }
    // The Vapi accounts whose listing arrived and was kept: what the workspace holds of them
    // is as fresh as it gets (AutoProvisioner works only from those).
    const QSet<qint64> &listedAccounts() const { return m_listed; }
    // The Vapi accounts it was to list, as the workspace held them when it was made: those not
    // listed are not confirmed by Vapi (read here, not from a view's snapshot, which may not
    // have been read yet when a refresh without a key fails at once).
    const QSet<qint64> &askedAccounts() const { return m_asked; }

Q_SIGNALS:
    void finished(bool complete);

private:
    void next();
    void refresh(VapiClient *client, const VapiAccount &account);
    void noteFailure(const ApiError &error);

    ProvisioningServices m_services;
    QList<VapiAccount> m_accounts;
    QStringList m_problems;
    bool m_storageFailed = false;
    bool m_unreachable = false;
    bool m_credentialsRefused = false;
    QSet<qint64> m_listed;
    QSet<qint64> m_asked;
    bool m_finished = false;
};

} // namespace Switchboard
