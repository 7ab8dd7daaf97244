// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/workspace/PasswordPrompt.h"

namespace Switchboard::Cli {

// The CLI's answer to "which password?": asked on the terminal (standard error, echo off), only
// when standard input is a terminal; a script gets the reason instead, never a wait.
class TerminalPasswordPrompt : public PasswordPrompt
{
public:
    // Whether a person can be asked (standard input is a terminal).
    static bool available();
    void ask(const DatabaseLocation &location, const QString &problem, Answer answer) override;
};

} // namespace Switchboard::Cli
