// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard::Sandbox {

class SandboxState;
struct TwilioAccountRecord;

// Twilio's rules for who may act on an account: an account's own SID and auth token, or an API
// key (SK…) with its secret; the credentials of a main account also reach its subaccounts.
namespace TwilioCredentials {

struct Principal
{
    TwilioAccountRecord *account = nullptr; // whose credentials these are; nullptr: none valid
    bool viaApiKey = false;
};

// Checks a user name (AC… or SK…) and secret against the world.
Principal authenticate(SandboxState &state, const QString &user, const QString &secret);
// Whether the principal may use the target account's resources.
bool mayAccess(const Principal &principal, const TwilioAccountRecord &target);

} // namespace TwilioCredentials
} // namespace Switchboard::Sandbox
