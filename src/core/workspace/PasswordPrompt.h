// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QString>

#include <functional>
#include <optional>

namespace Switchboard {

// Asks a person for a team database's password: the console with a dialog, the CLI on its
// terminal. WorkspaceOpener asks only when a password is what is missing (none is stored, or
// the server refused it), never when the server cannot be reached.
class PasswordPrompt
{
public:
    using Answer = std::function<void(std::optional<QString> password)>;

    virtual ~PasswordPrompt() = default;
    // Asks for the password of `location`; `problem` says why the last one did not do (empty
    // the first time). Calls `answer` exactly once, later or at once: with what was typed, or
    // nullopt when the person declined.
    virtual void ask(const DatabaseLocation &location, const QString &problem, Answer answer) = 0;
};

} // namespace Switchboard
