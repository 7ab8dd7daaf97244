// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

class QSqlDatabase;

namespace Switchboard {

// Stops the statement a Qt SQLite connection is running, from another thread, with
// sqlite3_interrupt() on the connection's handle, through the SQLite library this program
// links. That is sound only when Qt's QSQLITE driver uses the very same library: on Linux
// distributions it does (both use the system's libsqlite3), but Qt's own builds for Windows and
// macOS bundle a copy of SQLite into the driver, and a handle from one copy given to the other
// is undefined behaviour. So the library is checked first, without touching the handle: a
// process-wide SQLite setting (the soft heap limit) is set through the connection and read back
// through the linked library; only if it shows there are the two the same library. Otherwise
// there is no interrupt, and a cancelled query runs to its end in the background (its answer is
// dropped), which is slower but safe.
namespace SqliteInterrupt {

// Whether this build links an SQLite library to interrupt with at all.
bool isCompiledIn();
// Whether Qt's driver behind `db` (an open QSQLITE connection) uses the linked SQLite library.
// Leaves the soft heap limit as it was.
bool driverSharesLinkedLibrary(const QSqlDatabase &db);
// A function that interrupts the statement `db` is running, callable from any thread while
// the connection is open; empty when that cannot be done safely (see above) or `db` is not
// an SQLite connection.
std::function<void()> forConnection(const QSqlDatabase &db);

} // namespace SqliteInterrupt
} // namespace Switchboard
