// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WorkspaceStores.h"
#include "core/storage/WriteResult.h"

#include <functional>

namespace Switchboard {

// A write to the workspace, run on the storage thread with the stores of that thread's
// connection (SnapshotCache::write). It must use only what it is given (and what it captured
// by value): the console's own stores belong to another thread. `stores.database` is there for
// a transaction.
using WriteJob = std::function<WriteResult(const WorkspaceStores &stores)>;

} // namespace Switchboard
