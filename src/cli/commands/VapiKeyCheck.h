// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

namespace Switchboard {
struct VapiAccount;
}

namespace Switchboard::Cli {

class CliContext;

// Learns from Vapi which account a newly given key reaches (VapiClient::fetchOrgId) and
// refuses, with exit 2 and a message naming them, a key whose account other organizations (or
// the workspace) use already, unless `allowShared` (--allow-shared-vapi-account). `account`
// says where to ask (region, base URL) and which Vapi account the key is for (its id is left
// out of the comparison; 0 for a new one). When Vapi cannot say, a note goes to standard
// error and the key is not held up: its account is unknown.
//
// `done(exitCode, vapiOrgId)`: Success to go on, with the orgId to store (empty: unknown);
// otherwise the code to exit with, the reason printed. `field` names the key in messages.
void checkVapiKey(CliContext &context, const VapiAccount &account, const QString &key,
        const QString &field, bool allowShared,
        const std::function<void(int exitCode, const QString &vapiOrgId)> &done);

} // namespace Switchboard::Cli
