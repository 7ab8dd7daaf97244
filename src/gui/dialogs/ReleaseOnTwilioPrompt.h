// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Switchboard {

// After a Twilio pool number left Vapi: asks whether to release it on Twilio as well, which
// stops its monthly bill. Window-modal and asynchronous (QMessageBox::open): it may be shown
// from a network callback, since it runs no event loop of its own. `answer` runs at most once,
// when a button is pressed (Escape presses "Keep in the pool"): true only for "Release on
// Twilio". A box that goes away otherwise keeps the number in the pool and answers nothing.
namespace ReleaseOnTwilioPrompt {

void ask(QWidget *parent, const QString &address, const QString &poolName, double monthlyPrice,
        std::function<void(bool release)> answer);

} // namespace ReleaseOnTwilioPrompt
} // namespace Switchboard
