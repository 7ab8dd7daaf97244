// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/MemorySecretStore.h"

#include "core/secrets/SecretsLogging.h"

#include <QCoreApplication>

namespace Switchboard {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore() = default;

SecretJob *MemorySecretStore::read(const SecretKey &key)
{
    return start(SecretJob::Operation::Read, key, {});
}

SecretJob *MemorySecretStore::write(const SecretKey &key, const QString &value)
{
    return start(SecretJob::Operation::Write, key, value);
}

SecretJob *MemorySecretStore::remove(const SecretKey &key)
{
    return start(SecretJob::Operation::Remove, key, {});
}

void MemorySecretStore::setFailure(SecretError::Kind kind, const QString &detail)
{
    m_failure = kind;
    m_failureDetail = detail;
}

void MemorySecretStore::clearFailure()
{
    m_failure.reset();
    m_failureDetail.clear();
}

QList<SecretKey> MemorySecretStore::keys() const
{
    QList<SecretKey> result;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        result.append(SecretKey::parse(it.key()));
    return result;
}

// The operation takes effect now and its job reports later, as with a keychain whose answer
// is on its way: a job outlives the store that started it.
SecretJob *MemorySecretStore::start(
        SecretJob::Operation operation, const SecretKey &key, const QString &value)
{
    if (SecretJob *rejected = rejectInvalid(operation, key))
        return rejected;
    if (operation == SecretJob::Operation::Write) {
        if (SecretJob *rejected = rejectTooLong(key, value))
            return rejected;
    }
    ++m_operationCount;
    auto *job = new SecretJob(operation, key);
    qCDebug(lcSecrets) << "memory store:" << toString(operation) << key;
    if (m_failure) {
        switch (*m_failure) {
        case SecretError::Kind::None:
            break;
        case SecretError::Kind::Unavailable:
            job->finishLater(SecretError::unavailable(m_failureDetail));
            return job;
        case SecretError::Kind::Denied:
            job->finishLater(SecretError::denied(key, m_failureDetail));
            return job;
        case SecretError::Kind::NotFound:
            job->finishLater(SecretError::notFound(key));
            return job;
        case SecretError::Kind::Other:
            job->finishLater(SecretError::other(m_failureDetail.isEmpty()
                            ? QCoreApplication::translate(
                                    "Switchboard::MemorySecretStore", "The operation failed.")
                            : m_failureDetail));
            return job;
        }
    }
    const QString name = key.toString();
    switch (operation) {
    case SecretJob::Operation::Read:
        if (m_entries.contains(name))
            job->finishLater({}, m_entries.value(name), SecretSource::Keychain);
        else
            job->finishLater(SecretError::notFound(key));
        break;
    case SecretJob::Operation::Write:
        m_entries.insert(name, value);
        job->finishLater({});
        break;
    case SecretJob::Operation::Remove:
        m_entries.remove(name);
        job->finishLater({});
        break;
    case SecretJob::Operation::WipeOrganization:
    case SecretJob::Operation::Probe:
        job->finishLater(SecretError::other(QStringLiteral("not a store operation")));
        break;
    }
    return job;
}

} // namespace Switchboard
