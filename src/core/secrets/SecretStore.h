// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"

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
//   a value longer than MaxValueBytes (as UTF-8) is refused with Other, naming the secret, its
//   length and the limit, without touching the keychain
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // The longest secret any keychain Switchboard runs on keeps: Windows Credential Manager
    // takes 2560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE, 5 * 512), and QtKeychain stores text as
    // UTF-8. Applied on every platform, so that a workspace's secrets fit wherever it is used.
    // Real API keys and tokens are well under 200 bytes; a longer value is a paste gone wrong.
    static constexpr qsizetype MaxValueBytes = 2560;

    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *read(const SecretKey &key) = 0;
    virtual SecretJob *write(const SecretKey &key, const QString &value) = 0;
    virtual SecretJob *remove(const SecretKey &key) = 0;

protected:
    // A job that fails at once (from the event loop) when the key is invalid; nullptr otherwise.
    static SecretJob *rejectInvalid(SecretJob::Operation operation, const SecretKey &key);
    // A write job that fails at once when the value is longer than MaxValueBytes; else nullptr.
    static SecretJob *rejectTooLong(const SecretKey &key, const QString &value);
};

} // namespace Switchboard
