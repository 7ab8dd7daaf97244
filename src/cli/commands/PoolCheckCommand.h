// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"

#include <QList>

#include <functional>

namespace Switchboard {
struct TwilioAccount;
}

namespace Switchboard::Cli {

class CliContext;

// Asks Twilio about pool numbers of one account (PoolCheckRun), records what it says in the
// pool, prints one line per number, and, with consent (clearRouting), clears the application
// or trunk in front of a number's voice URL. `done` gets the exit code: 0 when every number is
// ready, 1 when one cannot be used or Twilio could not be asked. `afterSave`: the numbers were
// just added (org add|edit, workspace set), so a missing secret is a note, not a failure.
void checkPoolNumbers(CliContext &context, const TwilioAccount &account,
        const QList<PhoneAddress> &numbers, bool clearRouting, bool afterSave,
        const std::function<void(int code)> &done);

} // namespace Switchboard::Cli
