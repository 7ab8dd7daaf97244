// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretKey.h"
#include "core/setup/OrganizationSetup.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Switchboard {

class AccountStore;
class CredentialService;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;

// The secrets typed in with a setup. Empty ones are not given: the keychain keeps what it has.
struct OrganizationSecrets
{
    // The private key of the Vapi account that serves the organization: its own, or the
    // workspace's one that the setup sets up (OrganizationSetup::setUpWorkspaceVapi).
    QString vapiPrivateKey;
    // The secret of its own Twilio account: the auth token, or the API key's secret when the
    // setup has an API key SID.
    QString twilioSecret;

    bool isEmpty() const { return vapiPrivateKey.isEmpty() && twilioSecret.isEmpty(); }
};

struct OrganizationSaveServices
{
    WorkspaceDatabase *database = nullptr;
    OrganizationStore *organizations = nullptr;
    AccountStore *accounts = nullptr;
    NumberPoolStore *pool = nullptr;
    CredentialService *credentials = nullptr; // needed only when there are secrets
};

// Saves an organization with its accounts, its pool and its secrets: all of it, or nothing.
//
// The database writes go into one transaction, which stays open while the keychain takes the
// secrets (their keys name the organization's id, known only once it is written). Only when
// every secret is in does the transaction commit. When the keychain refuses one, the secrets
// already written are taken out again (a rotated one gets its previous value back), the
// transaction is rolled back, and finished() says why: the workspace and the keychain are as
// they were. An organization without its secret could not work, and would look as if it did.
//
// Asynchronous: start() returns at once; finished() comes exactly once, later, and the job
// then deletes itself. Secrets never reach the database, a log or the error message.
class OrganizationSave : public QObject
{
    Q_OBJECT

public:
    OrganizationSave(const OrganizationSaveServices &services, OrganizationSetup setup,
            OrganizationSecrets secrets, QObject *parent = nullptr);
    ~OrganizationSave() override;

    void start();
    // The setup, with its id once saved.
    const OrganizationSetup &setup() const { return m_setup; }

Q_SIGNALS:
    // saved false: nothing was changed; `error` says why, naming the field or the secret.
    void finished(bool saved, const QString &error);

private:
    struct Pending
    {
        SecretKey key;
        QString value;
    };
    struct Written
    {
        SecretKey key;
        std::optional<QString> previous; // the value it replaced; nullopt: there was none
    };

    void run();
    bool collectSecrets(QString *error);
    void nextSecret();
    void writeSecret(const Pending &secret, const std::optional<QString> &previous);
    void commit();
    void abort(const QString &reason);
    void undoNext();
    void rollBack();
    void finish(bool saved, const QString &error);

    OrganizationSaveServices m_services;
    OrganizationSetup m_setup;
    OrganizationSecrets m_secrets;
    qint64 m_idBefore = 0;
    bool m_inTransaction = false;
    bool m_finished = false;
    QList<Pending> m_pending;
    QList<Written> m_written;
    QString m_failure;
    QStringList m_leftInKeychain;
};

} // namespace Switchboard
