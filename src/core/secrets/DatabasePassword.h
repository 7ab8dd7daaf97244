// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretKey.h"
#include "core/storage/DatabaseLocation.h"

#include <QProcessEnvironment>
#include <QString>

namespace Switchboard {

// The PostgreSQL password of a team workspace. It cannot be filed under the workspace's own
// keychain service (KeychainSecretStore::serviceNameFor(workspace id)), because the workspace id
// is inside the database the password opens. So it is filed per connection:
//   service  io.switchboard.Switchboard/database/<user>@<host>:<port>/<database>
//   key      workspace/postgres/password
// Two workspaces on one server under one user share it, as they share the server login.
// Automation sets it in the environment instead: SWITCHBOARD_DATABASE_PASSWORD, else libpq's
// own PGPASSWORD; the environment wins over the keychain and is reported as the source.
class DatabasePassword
{
public:
    static constexpr auto Variable = "SWITCHBOARD_DATABASE_PASSWORD";
    static constexpr auto LibpqVariable = "PGPASSWORD";

    static QString serviceName(const DatabaseLocation &location);
    static SecretKey key()
    {
        return SecretKey::forWorkspace(SecretApi::Postgres, SecretPurpose::Password);
    }

    struct FromEnvironment
    {
        QString value; // never log it
        QString variable; // which variable gave it; empty when none did
        bool isSet() const { return !variable.isEmpty(); }
    };
    static FromEnvironment fromEnvironment(
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Switchboard
