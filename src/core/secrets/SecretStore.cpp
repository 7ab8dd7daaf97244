// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace Switchboard {

SecretStore::~SecretStore() = default;

SecretJob *SecretStore::rejectInvalid(SecretJob::Operation operation, const SecretKey &key)
{
    if (key.isValid())
        return nullptr;
    auto *job = new SecretJob(operation, key);
    job->finishLater(SecretError::other(QCoreApplication::translate("Switchboard::SecretStore",
            "The secret has no valid name, so nothing was read or stored.")));
    return job;
}

SecretJob *SecretStore::rejectTooLong(const SecretKey &key, const QString &value)
{
    const qsizetype bytes = value.toUtf8().size();
    if (bytes <= MaxValueBytes)
        return nullptr;
    auto *job = new SecretJob(SecretJob::Operation::Write, key);
    job->finishLater(SecretError::other(QCoreApplication::translate("Switchboard::SecretStore",
            "%1 was not stored: it is %2 bytes long, and a keychain entry holds at most %3 "
            "bytes (the limit of Windows Credential Manager, which Switchboard keeps on every "
            "system). API keys and tokens are much shorter: copy only the secret itself from "
            "the service's console, without the text around it, and try again.")
                                                .arg(key.describe())
                                                .arg(bytes)
                                                .arg(MaxValueBytes)));
    return job;
}

} // namespace Switchboard
