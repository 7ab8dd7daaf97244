#include "SecretStore.h"

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

} // namespace Switchboard
