// SPDX-License-Identifier: Apache-2.0
#include "sandbox/twilio/TwilioCredentials.h"

#include "sandbox/world/SandboxState.h"

#include <QCryptographicHash>

namespace Switchboard::Sandbox::TwilioCredentials {
namespace {

// Compares secrets without stopping at the first differing character.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray hashA = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray hashB = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < hashA.size(); ++i)
        difference |= static_cast<unsigned char>(hashA.at(i) ^ hashB.at(i));
    return difference == 0 && !a.isEmpty();
}

} // namespace

Principal authenticate(SandboxState &state, const QString &user, const QString &secret)
{
    Principal principal;
    if (user.startsWith(QLatin1String("SK"))) {
        const TwilioKeyRecord *key = nullptr;
        TwilioAccountRecord *account = state.twilioAccountOfKey(user, &key);
        if (account && key && account->status == QLatin1String("active")
                && sameSecret(key->secret, secret)) {
            principal.account = account;
            principal.viaApiKey = true;
        }
        return principal;
    }
    TwilioAccountRecord *account = state.twilioAccount(user);
    if (account && account->status == QLatin1String("active")
            && sameSecret(account->authToken, secret))
        principal.account = account;
    return principal;
}

bool mayAccess(const Principal &principal, const TwilioAccountRecord &target)
{
    if (!principal.account)
        return false;
    return target.sid == principal.account->sid || target.ownerAccountSid == principal.account->sid;
}

} // namespace Switchboard::Sandbox::TwilioCredentials
