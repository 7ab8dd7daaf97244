// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"

#include <QDateTime>
#include <QString>

namespace Switchboard {

// What the console shows for one credential without reading its value: where the value would
// come from, and when the keychain entry was last set.
struct SecretStatus
{
    SecretKey key;
    SecretSource source = SecretSource::NotSet;
    QString environmentVariable; // with SecretSource::Environment: the variable's name
    bool inKeychain = false; // the index says the keychain holds it (maybe shadowed)
    QDateTime updatedAt; // when the keychain entry was last written; invalid if none

    // An environment variable wins over a keychain entry for the same workspace secret.
    bool isKeychainShadowed() const { return inKeychain && source == SecretSource::Environment; }
};

} // namespace Switchboard
