#pragma once

#include "SecretJob.h"
#include "SecretKey.h"

#include <QObject>
#include <QString>

namespace Switchboard {

// Where secrets are kept: the operating system's keychain in the product, memory in unit tests
// and the sandbox. Asynchronous: every call returns a job that finishes exactly once, later.
// A store never falls back to anywhere else when it cannot do its work: it reports the error.
//
// Contract shared by every implementation (tests/secrets/TestMemorySecretStore proves it of the
// in-memory one, tests/secrets/TestKeychainIntegration of the keychain):
//   read    NotFound when there is no entry; the value otherwise
//   write   creates or replaces the entry
//   remove  succeeds when the entry is gone afterwards, also when there was none
//   an invalid key fails with Other without touching the keychain
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *read(const SecretKey &key) = 0;
    virtual SecretJob *write(const SecretKey &key, const QString &value) = 0;
    virtual SecretJob *remove(const SecretKey &key) = 0;

protected:
    // A job that fails at once (from the event loop) when the key is invalid; nullptr otherwise.
    static SecretJob *rejectInvalid(SecretJob::Operation operation, const SecretKey &key);
};

} // namespace Switchboard
