// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/KeychainSecretStore.h"

#include "core/secrets/SecretsLogging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QTimer>

#include <algorithm>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct KeychainSecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::KeychainSecretStore)
};

// QtKeychain's codes mapped onto ours. On Linux a missing or locked Secret Service comes back
// as OtherError or AccessDenied rather than NoBackendAvailable, so all of these mean "the
// keychain cannot be used"; only AccessDeniedByUser is a person saying no.
SecretError mapError(
        SecretJob::Operation operation, const SecretKey &key, const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (operation == SecretJob::Operation::Remove)
            return {}; // gone afterwards, as asked
        return SecretError::notFound(key);
    case QKeychain::AccessDeniedByUser:
        return SecretError::denied(key, detail);
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretError::unavailable(detail);
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::other(KeychainSecretStoreText::tr(
                "%1 could not be removed from the keychain (%2). Remove the entry \"%3\" "
                "in your keychain's own tool, then try again.")
                                          .arg(key.describe(), detail.trimmed(), key.toString()));
    }
    return SecretError::other(detail);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

SecretJob *KeychainSecretStore::read(const SecretKey &key)
{
    return start(SecretJob::Operation::Read, key, {});
}

SecretJob *KeychainSecretStore::write(const SecretKey &key, const QString &value)
{
    return start(SecretJob::Operation::Write, key, value);
}

SecretJob *KeychainSecretStore::remove(const SecretKey &key)
{
    return start(SecretJob::Operation::Remove, key, {});
}

// The QtKeychain job deletes itself when it finishes; it is not a child of our job, so that a
// job that timed out never deletes a keychain request still in progress. Our job listens to it
// with itself as the context: once our job is gone, a late answer reaches nobody.
SecretJob *KeychainSecretStore::start(
        SecretJob::Operation operation, const SecretKey &key, const QString &value)
{
    if (SecretJob *rejected = rejectInvalid(operation, key))
        return rejected;
    if (operation == SecretJob::Operation::Write) {
        if (SecretJob *rejected = rejectTooLong(key, value))
            return rejected;
    }

    auto *job = new SecretJob(operation, key);
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case SecretJob::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_serviceName);
        writeJob->setTextData(value);
        keychainJob = writeJob;
        break;
    }
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    case SecretJob::Operation::WipeOrganization:
    case SecretJob::Operation::Probe:
        job->finishLater(SecretError::other(QStringLiteral("not a store operation")));
        return job;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never plaintext, whatever the library's default
    keychainJob->setKey(entryKey(m_serviceName, key));

    qCDebug(lcSecrets) << "keychain:" << toString(operation) << key << "service" << m_serviceName;

    connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *answered) {
        if (job->isFinished())
            return; // timed out already
        const SecretError error = mapError(job->operation(), job->key(), *answered);
        if (error.kind == SecretError::Kind::NotFound)
            qCDebug(lcSecrets) << "keychain:" << job->key() << "has no entry";
        else if (error)
            qCWarning(lcSecrets) << "keychain:" << toString(job->operation()) << job->key()
                                 << "failed:" << toString(error.kind) << answered->errorString();
        QString readValue;
        if (!error && job->operation() == SecretJob::Operation::Read)
            readValue = static_cast<QKeychain::ReadPasswordJob *>(answered)->textData();
        job->finish(error, readValue, SecretSource::Keychain);
    });

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const int seconds = int(std::max<qint64>(
            1, std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()));
    connect(timer, &QTimer::timeout, job, [job, seconds] {
        if (job->isFinished())
            return;
        qCWarning(lcSecrets) << "keychain:" << toString(job->operation()) << job->key()
                             << "gave no answer within" << seconds << "s";
        job->finish(SecretError::unavailable(KeychainSecretStoreText::tr(
                "no answer within %n second(s); it may be locked and waiting for a "
                "password prompt that cannot be shown",
                nullptr, seconds)));
    });
    timer->start(m_timeout);

    // Started from the event loop so that no answer can arrive before the caller connects.
    QMetaObject::invokeMethod(keychainJob, &QKeychain::Job::start, Qt::QueuedConnection);
    return job;
}

} // namespace Switchboard
