// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"
#include "core/domain/TwilioAccount.h"

#include <QList>

#include <functional>

class QObject;

namespace Switchboard {

struct ProvisioningServices;

// Numbers added to the workspace's pool in Settings are asked about in Twilio once saved, as
// `switchboard-cli workspace set --pool` asks (found by the walk: a number the account does not
// hold was counted as a spare, and failed only when an assistant needed it). What Twilio says
// is recorded with each number (the chain passes over one Twilio does not hold) and `say` gets
// one line for people. Nothing is asked when no number was added.
namespace PoolCheckAfterSave {

void run(const ProvisioningServices &services, const TwilioAccount &account,
        const QList<PhoneAddress> &added, QObject *context,
        const std::function<void(const QString &)> &say);

} // namespace PoolCheckAfterSave
} // namespace Switchboard
