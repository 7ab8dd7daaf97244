// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/EnvironmentCredentials.h"
#include "core/secrets/KeychainAvailability.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"
#include "core/secrets/SecretStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Switchboard {

class SecretIndex;
class SecretStore;
struct SecretRef;

// The one door to credentials for the rest of the product. Values live in the SecretStore
// (the keychain), names in the SecretIndex (the workspace database); workspace-level secrets
// may also come from the environment. Nothing here ever writes a value anywhere else.
//
//   set()     writes the keychain, then the index: creates or rotates (replaces) a secret
//   read()    the value and where it came from: for a workspace key the environment first,
//             then the keychain; for an organization key the keychain only
//   status()  where a value would come from, without reading it
//   remove(), wipeOrganization()   keychain entries first, then their index rows
//   probe()   write, read back and delete a throwaway entry: can the keychain be used?
//
// Every job finishes exactly once, also when this service is destroyed first (with Other).
class CredentialService : public QObject
{
    Q_OBJECT

public:
    CredentialService(SecretStore &store, SecretIndex &index, EnvironmentCredentials environment,
            QObject *parent = nullptr);
    ~CredentialService() override;

    SecretJob *set(const SecretKey &key, const QString &value);
    SecretJob *read(const SecretKey &key);
    SecretJob *remove(const SecretKey &key);
    // Removes every secret an organization can hold (listed or not) from the keychain, then
    // its index rows. Run it before OrganizationStore::remove(): the database's cascade would
    // drop the index rows and leave the keychain entries behind. On failure the rows of the
    // entries still in the keychain stay, so that the wipe can be retried.
    SecretJob *wipeOrganization(qint64 organizationId);
    // Copies a workspace secret from its environment variable into the keychain: only when a
    // person asks (read() never does).
    SecretJob *importFromEnvironment(const SecretKey &key);
    SecretJob *probe();

    SecretStatus status(const SecretKey &key, QString *error = nullptr) const;
    QList<SecretStatus> organizationStatus(qint64 organizationId, QString *error = nullptr) const;
    QList<SecretStatus> workspaceStatus(QString *error = nullptr) const;

    const EnvironmentCredentials &environment() const { return m_environment; }
    KeychainAvailability availability() const { return m_availability; }

Q_SIGNALS:
    // Only on a change of state, so that the console says it once.
    void availabilityChanged(const Switchboard::KeychainAvailability &availability);
    // After a set (a rotation too) or a remove: whoever keeps a client open with the old
    // value reads it again.
    void secretChanged(const Switchboard::SecretKey &key);
    void organizationWiped(qint64 organizationId);

private:
    SecretJob *reject(SecretJob::Operation operation, const SecretKey &key, const QString &why);
    void track(SecretJob *job);
    void noteAnswer(const SecretError &error);
    void setAvailability(KeychainAvailability::State state, const QString &message);
    SecretStatus statusFrom(const SecretKey &key, const QList<SecretRef> &refs) const;

    SecretStore &m_store;
    SecretIndex &m_index;
    const EnvironmentCredentials m_environment;
    KeychainAvailability m_availability;
    QList<QPointer<SecretJob>> m_pending;
};

} // namespace Switchboard
