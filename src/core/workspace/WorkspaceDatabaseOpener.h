// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WorkspaceDatabase.h"

#include <functional>
#include <memory>

namespace Switchboard {

// Opens another connection to the workspace; called on the thread that will use it, because a
// Qt SQL connection belongs to the thread that opened it. Null with *error set on failure.
using WorkspaceDatabaseOpener
        = std::function<std::unique_ptr<WorkspaceDatabase>(DatabaseError *error)>;

} // namespace Switchboard
