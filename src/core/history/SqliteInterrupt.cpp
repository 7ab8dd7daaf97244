// SPDX-License-Identifier: Apache-2.0
#include "core/history/SqliteInterrupt.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

#ifdef SWITCHBOARD_SQLITE_INTERRUPT
#include <sqlite3.h>
#endif

Q_LOGGING_CATEGORY(lcSqliteInterrupt, "switchboard.gui.history.interrupt")

namespace Switchboard::SqliteInterrupt {
namespace {

// A soft heap limit no real program sets (about 4.6 exabytes, so it limits nothing in the
// moment it is in force), to recognise it when it is read back.
constexpr qint64 Marker = (qint64(1) << 62) + 20201;

std::optional<qint64> softHeapLimit(const QSqlDatabase &db, std::optional<qint64> set = {})
{
    QSqlQuery query(db);
    const QString statement = set ? QStringLiteral("PRAGMA soft_heap_limit = %1").arg(*set)
                                  : QStringLiteral("PRAGMA soft_heap_limit");
    if (!query.exec(statement) || !query.next())
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.value(0).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

bool isCompiledIn()
{
#ifdef SWITCHBOARD_SQLITE_INTERRUPT
    return true;
#else
    return false;
#endif
}

bool driverSharesLinkedLibrary(const QSqlDatabase &db)
{
#ifdef SWITCHBOARD_SQLITE_INTERRUPT
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
        return false;
    const std::optional<qint64> before = softHeapLimit(db);
    if (!before || !softHeapLimit(db, Marker))
        return false;
    const bool same = sqlite3_soft_heap_limit64(-1) == Marker; // -1: only reads
    softHeapLimit(db, *before);
    return same;
#else
    Q_UNUSED(db)
    return false;
#endif
}

std::function<void()> forConnection(const QSqlDatabase &db)
{
#ifdef SWITCHBOARD_SQLITE_INTERRUPT
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return {};
    if (!driverSharesLinkedLibrary(db)) {
        qCInfo(lcSqliteInterrupt) << "Qt's SQLite driver has its own copy of SQLite: a cancelled "
                                     "history query finishes in the background";
        return {};
    }
    return [connection] { sqlite3_interrupt(connection); };
#else
    Q_UNUSED(db)
    return {};
#endif
}

} // namespace Switchboard::SqliteInterrupt
