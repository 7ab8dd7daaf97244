// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/workspace/PasswordPrompt.h"

namespace Switchboard {

// The console's answer to "which password?" for a team workspace: a window-modal password box,
// opened with open() (never a nested event loop); the answer comes when it closes.
class DialogPasswordPrompt : public PasswordPrompt
{
public:
    void ask(const DatabaseLocation &location, const QString &problem, Answer answer) override;
};

} // namespace Switchboard
