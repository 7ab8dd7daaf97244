// SPDX-License-Identifier: Apache-2.0
#include "core/setup/OrganizationSave.h"

#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretJob.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimer>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct OrganizationSaveText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::OrganizationSave)
};

// The secret in words, without the organization's id (which a refused new one never gets).
QString what(const SecretKey &key)
{
    if (key.api() == SecretApi::Vapi)
        return OrganizationSaveText::tr("the Vapi private key");
    return key.purpose() == SecretPurpose::ApiKeySecret
            ? OrganizationSaveText::tr("the Twilio API key secret")
            : OrganizationSaveText::tr("the Twilio auth token");
}

} // namespace

OrganizationSave::OrganizationSave(const OrganizationSaveServices &services,
        OrganizationSetup setup, OrganizationSecrets secrets, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_setup(std::move(setup))
    , m_secrets(std::move(secrets))
{
    Q_ASSERT(m_services.database && m_services.organizations && m_services.accounts
            && m_services.pool);
}

// Destroyed half way (the application quits while the keychain thinks): nothing is committed.
OrganizationSave::~OrganizationSave()
{
    if (m_inTransaction)
        m_services.database->rollbackTransaction();
}

// Not const: starting is this object's change of state, made by the event loop a moment later.
// NOLINTNEXTLINE(readability-make-member-function-const)
void OrganizationSave::start()
{
    QTimer::singleShot(0, this, &OrganizationSave::run);
}

void OrganizationSave::run()
{
    const QList<FieldError> problems = m_setup.validate()
            + m_setup.checkAgainstWorkspace(*m_services.database, *m_services.accounts);
    if (!problems.isEmpty()) {
        finish(false, problems.constFirst().toString());
        return;
    }
    if (!m_secrets.isEmpty() && !m_services.credentials) {
        finish(false,
                OrganizationSaveText::tr(
                        "Nothing was saved: there is no keychain to keep the secrets in."));
        return;
    }
    if (!m_services.database->beginTransaction()) {
        finish(false, OrganizationSaveText::tr("The workspace is busy; try again."));
        return;
    }
    m_inTransaction = true;
    m_idBefore = m_setup.id;
    QString error;
    if (!m_setup.write(*m_services.organizations, *m_services.accounts, *m_services.pool, &error)
            || !collectSecrets(&error)) {
        abort(error);
        return;
    }
    nextSecret();
}

// The keys of the secrets, now that the accounts they open are written.
bool OrganizationSave::collectSecrets(QString *error)
{
    if (!m_secrets.vapiPrivateKey.isEmpty()) {
        const auto account = m_services.accounts->vapiAccountServing(m_setup.id);
        if (!account) {
            *error = OrganizationSaveText::tr(
                    "Vapi private key: there is no Vapi account to keep it for.");
            return false;
        }
        m_pending << Pending{SecretKey::forAccount(*account), m_secrets.vapiPrivateKey};
    }
    if (!m_secrets.twilioSecret.isEmpty()) {
        const auto account = m_services.accounts->organizationTwilioAccount(m_setup.id);
        if (!account) {
            *error = OrganizationSaveText::tr(
                    "Twilio secret: the organization has no Twilio account of its own to keep "
                    "it for.");
            return false;
        }
        m_pending << Pending{SecretKey::forAccount(*account), m_secrets.twilioSecret};
    }
    return true;
}

// One secret at a time: a rotated one is read first, so that a refusal of a later one can
// put it back.
void OrganizationSave::nextSecret()
{
    if (m_pending.isEmpty()) {
        commit();
        return;
    }
    const Pending secret = m_pending.takeFirst();
    CredentialService &credentials = *m_services.credentials;
    if (credentials.status(secret.key).source != SecretSource::Keychain) {
        writeSecret(secret, std::nullopt);
        return;
    }
    credentials.read(secret.key)->then(this, [this, secret](SecretJob *read) {
        if (read->error()) {
            abort(OrganizationSaveText::tr("Nothing was saved: the keychain did not give %1 "
                                           "back to be replaced. %2")
                            .arg(what(secret.key), read->error().message));
            return;
        }
        writeSecret(secret, read->value());
    });
}

void OrganizationSave::writeSecret(const Pending &secret, const std::optional<QString> &previous)
{
    m_services.credentials->set(secret.key, secret.value)
            ->then(this, [this, key = secret.key, previous](SecretJob *written) {
                if (written->error()) {
                    abort(OrganizationSaveText::tr("Nothing was saved: the keychain did not "
                                                   "take %1. %2")
                                    .arg(what(key), written->error().message));
                    return;
                }
                m_written << Written{key, previous};
                nextSecret();
            });
}

void OrganizationSave::commit()
{
    if (!m_services.database->commitTransaction()) {
        abort(OrganizationSaveText::tr("The workspace could not be written; nothing was saved."));
        return;
    }
    // The stores' changed() came with the commit (WorkspaceDatabase::whenCommitted), when a
    // reader on another connection (the console's snapshot) can see the writes.
    m_inTransaction = false;
    finish(true, {});
}

void OrganizationSave::abort(const QString &reason)
{
    m_failure = reason;
    m_pending.clear();
    undoNext();
}

// Newest first: each written secret is taken out, or gets back what it replaced.
void OrganizationSave::undoNext()
{
    if (m_written.isEmpty()) {
        rollBack();
        QString message = m_failure;
        if (!m_leftInKeychain.isEmpty())
            message += u' '
                    + OrganizationSaveText::tr(
                            "The keychain may still hold %1; it is not in use and can be "
                            "removed with the keychain's own tool.")
                              .arg(m_leftInKeychain.join(QStringLiteral(", ")));
        finish(false, message);
        return;
    }
    const Written written = m_written.takeLast();
    CredentialService &credentials = *m_services.credentials;
    SecretJob *undo = written.previous ? credentials.set(written.key, *written.previous)
                                       : credentials.remove(written.key);
    undo->then(this, [this, key = written.key](SecretJob *done) {
        if (done->error())
            m_leftInKeychain << key.describe();
        undoNext();
    });
}

void OrganizationSave::rollBack()
{
    if (m_inTransaction)
        m_services.database->rollbackTransaction();
    m_inTransaction = false;
    // Nothing was announced: the stores' announcements went with the rollback.
    m_setup.id = m_idBefore;
}

void OrganizationSave::finish(bool saved, const QString &error)
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    Q_EMIT finished(saved, error);
    deleteLater();
}

} // namespace Switchboard
