// SPDX-License-Identifier: Apache-2.0
#include "core/storage/WorkspaceDatabase.h"

#include "core/storage/Migrations.h"
#include "core/storage/OperatorIdentity.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

#if defined(Q_OS_WIN) && QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
// Qt's switch for NTFS access-rights checks in QFileInfo (documented in QFileInfo; Qt 6.6 and
// later have QNtfsPermissionCheckGuard instead).
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
#endif

Q_LOGGING_CATEGORY(lcStorage, "switchboard.storage")

namespace Switchboard {
namespace {

constexpr auto SchemaTable = "switchboard_schema";

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct WorkspaceDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::WorkspaceDatabase)
};

DatabaseError makeError(DatabaseError::Kind kind, const QString &message)
{
    return {kind, message};
}

// SQLite could not read or write the file (I/O error, full disk, a -shm or -wal file it cannot
// create): that says nothing about the file being damaged, and restoring a backup is the wrong
// advice.
bool isUnwritableStorage(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (code == 10 || code == 13 || code == 14);
}

DatabaseError unwritableStorage(const QString &where, const QSqlError &error)
{
    return makeError(DatabaseError::Kind::CannotOpen,
            WorkspaceDatabaseText::tr("The workspace %1 cannot be opened: the disk that holds it "
                                      "is full or failing (%2). Free some space, then try again; "
                                      "the file was left as it is.")
                    .arg(where, error.text()));
}

// SQLite's "file is not a database" (SQLITE_NOTADB): what it answers the first read of a file
// that does not start with its header. The file is never opened outside SQLite to look: on
// POSIX, closing any descriptor of a file drops every lock this process holds on it, so a
// second connection's look at the header made SQLite's locks of the first vanish; the CLI
// then took itself for the last user and deleted the -wal the console was writing to
// ("database disk image is malformed", settings saved where nobody read them).
bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == u"26";
}

#if defined(Q_OS_WIN)
// Turns on Qt's NTFS access-rights checks for its lifetime (off by default: they are slow).
struct NtfsPermissionLookup
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    QNtfsPermissionCheckGuard guard;
#else
    NtfsPermissionLookup()
    {
        ++qt_ntfs_permission_lookup;
    }
    ~NtfsPermissionLookup()
    {
        --qt_ntfs_permission_lookup;
    }
    NtfsPermissionLookup(const NtfsPermissionLookup &) = delete;
    NtfsPermissionLookup &operator=(const NtfsPermissionLookup &) = delete;
#endif
};
#endif

// Why the SQLite workspace file cannot be written here, in words; empty when it can. SQLite
// writes beside the file as well (its -wal and -shm files), so the folder counts too.
QString whyNotWritable(const QString &path)
{
#if defined(Q_OS_WIN)
    // On NTFS, Qt reads only the read-only attribute unless asked for the access rights (the
    // ACLs), which are what keeps a user from writing to a file or a folder there.
    const NtfsPermissionLookup ntfsPermissions;
#endif
    const QFileInfo file(path);
    const QStorageInfo volume(file.absolutePath());
    if (volume.isValid() && volume.isReadOnly())
        return WorkspaceDatabaseText::tr("it is on a file system mounted read-only (%1)")
                .arg(QDir::toNativeSeparators(volume.rootPath()));
    if (!file.isWritable())
        return WorkspaceDatabaseText::tr("your user may not write to the file");
    if (!QFileInfo(file.absolutePath()).isWritable())
        return WorkspaceDatabaseText::tr(
                "your user may not write to its folder %1, where SQLite keeps its journal")
                .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

// Whether the connection can read the schema: where SQLite finds out that it cannot read a
// WAL database without a -shm file.
bool canRead(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

} // namespace

WorkspaceDatabase::WorkspaceDatabase(DatabaseLocation location, std::unique_ptr<SqlDialect> dialect)
    : m_location(std::move(location))
    , m_dialect(std::move(dialect))
    , m_connectionName(
              QStringLiteral("switchboard-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_operatorName(OperatorIdentity::current())
{ }

WorkspaceDatabase::~WorkspaceDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<WorkspaceDatabase> WorkspaceDatabase::open(const DatabaseLocation &location,
        DatabaseError *error, const QString &password, WorkspaceAccess access)
{
    return openAtVersion(location, latestSchemaVersion(), error, password, access);
}

std::unique_ptr<WorkspaceDatabase> WorkspaceDatabase::openAtVersion(
        const DatabaseLocation &location, int version, DatabaseError *error,
        const QString &password, WorkspaceAccess access)
{
    DatabaseError localError;
    DatabaseError *err = error ? error : &localError;
    *err = {};

    std::unique_ptr<WorkspaceDatabase> db(
            new WorkspaceDatabase(location, SqlDialect::create(location.backend)));
    if (!db->connect(password, access, err) || !db->readVersion(err)
            || !db->migrate(version, err)) {
        qCWarning(lcStorage) << "refused workspace" << location.describe() << err->message;
        return nullptr;
    }
    return db;
}

QSqlDatabase WorkspaceDatabase::connection() const
{
    if (m_location.isPostgres() && isBroken()) {
        // Not more often than this: a server that is down is not asked on every statement.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastReconnectAttempt >= 2000) {
            m_lastReconnectAttempt = now;
            reconnect();
        }
    }
    return QSqlDatabase::database(m_connectionName, false);
}

bool WorkspaceDatabase::isBroken() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    return !pg || PQstatus(pg) == CONNECTION_BAD;
}

bool WorkspaceDatabase::connectionLost() const
{
    return m_location.isPostgres() && isBroken();
}

bool WorkspaceDatabase::beginTransaction() const
{
    QSqlDatabase db = connection();
    QSqlQuery statement(db);
    bool begun = false;
    if (m_transactionDepth > 0)
        begun = statement.exec(QStringLiteral("SAVEPOINT nested_%1").arg(m_transactionDepth));
    else if (m_location.isPostgres())
        begun = db.transaction();
    else
        // A workspace transaction writes. Taking SQLite's write lock at BEGIN makes a second
        // writer wait (busy_timeout) for it; a deferred BEGIN would read first and then find
        // the snapshot stale at its first write, which SQLite refuses at once with "database
        // is locked" whatever the timeout (the probe: 1 in 3 concurrent CLI edits failed).
        begun = statement.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun) {
        m_transactionError
                = statement.lastError().isValid() ? statement.lastError() : db.lastError();
        return false;
    }
    if (m_transactionDepth > 0)
        m_savepointMarks.append(m_announcements.size());
    ++m_transactionDepth;
    return true;
}

bool WorkspaceDatabase::commitTransaction() const
{
    if (m_transactionDepth == 0)
        return false;
    QSqlDatabase db = connection();
    QSqlQuery statement(db);
    const int depth = m_transactionDepth - 1;
    const bool committed = depth == 0
            ? db.commit()
            : statement.exec(QStringLiteral("RELEASE SAVEPOINT nested_%1").arg(depth));
    if (!committed) {
        m_transactionError = depth == 0 ? db.lastError() : statement.lastError();
        return false;
    }
    m_transactionDepth = depth;
    if (depth > 0) {
        m_savepointMarks.removeLast();
        return true;
    }
    const QList<std::function<void()>> announcements = std::exchange(m_announcements, {});
    for (const auto &announce : announcements)
        announce();
    return true;
}

void WorkspaceDatabase::rollbackTransaction() const
{
    if (m_transactionDepth == 0)
        return;
    QSqlDatabase db = connection();
    const int depth = --m_transactionDepth;
    if (depth == 0) {
        db.rollback();
        m_announcements.clear();
        m_savepointMarks.clear();
        return;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT nested_%1").arg(depth));
    q.exec(QStringLiteral("RELEASE SAVEPOINT nested_%1").arg(depth));
    if (!m_savepointMarks.isEmpty())
        m_announcements.resize(m_savepointMarks.takeLast());
}

void WorkspaceDatabase::whenCommitted(std::function<void()> announce) const
{
    if (m_transactionDepth == 0)
        announce();
    else
        m_announcements.append(std::move(announce));
}

void WorkspaceDatabase::followEvents(QObject *context, std::function<void()> listener) const
{
    m_eventListeners.removeIf([](const EventListener &l) { return l.context.isNull(); });
    m_eventListeners.append({QPointer<QObject>(context), std::move(listener)});
}

void WorkspaceDatabase::eventsRecorded() const
{
    if (m_eventListeners.isEmpty())
        return;
    whenCommitted([listeners = m_eventListeners] {
        for (const EventListener &l : listeners) {
            if (l.context)
                l.listener();
        }
    });
}

bool WorkspaceDatabase::reconnect(DatabaseError *error) const
{
    DatabaseError localError;
    DatabaseError *err = error ? error : &localError;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    db.setPassword(m_password);
    if (!db.open()) {
        *err = makeError(DatabaseError::Kind::CannotOpen,
                WorkspaceDatabaseText::tr("The workspace %1 cannot be reached: %2")
                        .arg(m_location.describe(), db.lastError().text()));
        qCWarning(lcStorage) << "reconnecting failed:" << err->message;
        return false;
    }
    if (!runConnectionSetup(err))
        return false;
    ++m_generation;
    qCInfo(lcStorage) << "reconnected to" << m_location.describe();
    return true;
}

bool WorkspaceDatabase::runConnectionSetup(DatabaseError *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const QString &statement : m_dialect->connectionSetup()) {
        QSqlQuery query(db);
        if (query.exec(statement))
            continue;
        if (isUnwritableStorage(query.lastError())) {
            *error = unwritableStorage(m_location.describe(), query.lastError());
            return false;
        }
        *error = makeError(DatabaseError::Kind::Damaged,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 is damaged and was left as it is (%2). Restore "
                        "it from a backup, or choose another data folder.")
                        .arg(m_location.describe(),
                                query.lastError().text() + QStringLiteral(" [") + statement
                                        + u']'));
        return false;
    }
    return true;
}

bool WorkspaceDatabase::checkSqliteFile(WorkspaceAccess access, DatabaseError *error)
{
    const QString where = m_location.describe();
    const QFileInfo info(m_location.sqlitePath);
    if (m_location.sqlitePath.isEmpty()) {
        *error = makeError(DatabaseError::Kind::CannotOpen,
                WorkspaceDatabaseText::tr("No workspace file was given."));
        return false;
    }
    if (!info.exists()) {
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath())) {
            *error = makeError(DatabaseError::Kind::CannotOpen,
                    WorkspaceDatabaseText::tr("The folder %1 cannot be created. Choose another "
                                              "data folder with --data-dir.")
                            .arg(folder));
            return false;
        }
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            *error = makeError(DatabaseError::Kind::ReadOnly,
                    WorkspaceDatabaseText::tr("The folder %1 is read-only, so no workspace can be "
                                              "created in it. Choose another data folder with "
                                              "--data-dir.")
                            .arg(folder));
            return false;
        }
        return true;
    }
    // Whether it is an SQLite database at all, SQLite says at the first read (readVersion).
    if (info.size() > 0 && !info.isReadable()) {
        *error = makeError(DatabaseError::Kind::CannotOpen,
                WorkspaceDatabaseText::tr("The workspace file %1 cannot be read. Check its "
                                          "permissions.")
                        .arg(where));
        return false;
    }
    m_readOnlyReason = whyNotWritable(m_location.sqlitePath);
    if (m_readOnlyReason.isEmpty())
        return true;
    if (access == WorkspaceAccess::ReadOnlyIfNeeded) {
        m_readOnly = true;
        return true;
    }
    *error = makeError(DatabaseError::Kind::ReadOnly,
            WorkspaceDatabaseText::tr(
                    "The workspace %1 is read-only: %2. Nothing was changed. To change it, "
                    "copy its folder somewhere writable and open the copy (--data-dir), or "
                    "make it writable (mount it read-write, or give your user write "
                    "permission on the file and its folder).")
                    .arg(where, m_readOnlyReason));
    return false;
}

bool WorkspaceDatabase::openSqliteReadOnly(QSqlDatabase &db, DatabaseError *error)
{
    // As it is, read-only: SQLite reads a WAL workspace so, -wal file included, where its
    // -shm file exists (a console has it open) or can be made.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (db.open() && canRead(db))
        return true;
    db.close();
    const QString where = m_location.describe();
    // On a read-only folder, once the last writer closed the workspace (which removes -wal and
    // -shm), SQLite reads it only as "immutable": the file alone, with no -shm and no locks.
    // That misses nothing while no -wal file holds changes the file has not got yet; and it
    // never writes, so an owner writing at the same moment can make a read fail, not harm it.
    const QString wal = m_location.sqlitePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        *error = makeError(DatabaseError::Kind::ReadOnly,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 is read-only (%2), and its latest changes are still "
                        "in %3, which can be read only where the workspace is writable. Open it "
                        "once where it is writable, or copy its folder somewhere writable.")
                        .arg(where, m_readOnlyReason, QDir::toNativeSeparators(wal)));
        return false;
    }
    db.setDatabaseName(QUrl::fromLocalFile(m_location.sqlitePath).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (db.open() && canRead(db))
        return true;
    *error = makeError(DatabaseError::Kind::CannotOpen,
            WorkspaceDatabaseText::tr("The workspace %1 cannot be opened: %2")
                    .arg(where, db.lastError().text()));
    return false;
}

bool WorkspaceDatabase::connect(
        const QString &password, WorkspaceAccess access, DatabaseError *error)
{
    const QString where = m_location.describe();
    if (m_location.backend == SqlDialect::Backend::Sqlite && !checkSqliteFile(access, error))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!db.isValid()) {
        *error = makeError(DatabaseError::Kind::CannotOpen,
                WorkspaceDatabaseText::tr(
                        "The Qt database driver %1 is not installed, so %2 cannot be opened.")
                        .arg(m_dialect->driverName(), where));
        return false;
    }
    if (m_location.backend == SqlDialect::Backend::Sqlite) {
        db.setDatabaseName(m_location.sqlitePath);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.databaseName);
        db.setUserName(m_location.userName);
        db.setPassword(password);
        db.setConnectOptions(m_location.connectOptions());
    }
    if (m_readOnly) {
        if (!openSqliteReadOnly(db, error))
            return false;
    } else if (!db.open()) {
        // libpq says "password" in every refusal of one ("password authentication failed",
        // "no password supplied") and in nothing else; its messages are not translated.
        const QString reason = db.lastError().text();
        const bool passwordRefused = m_location.isPostgres()
                && reason.contains(QLatin1String("password"), Qt::CaseInsensitive);
        *error = makeError(passwordRefused ? DatabaseError::Kind::PasswordRefused
                                           : DatabaseError::Kind::CannotOpen,
                WorkspaceDatabaseText::tr("The workspace %1 cannot be opened: %2")
                        .arg(where, reason));
        return false;
    }
    m_password = password;
    return runConnectionSetup(error);
}

bool WorkspaceDatabase::readVersion(DatabaseError *error)
{
    QSqlDatabase db = connection();
    const QString where = m_location.describe();
    QSqlQuery probe(db);
    // Reading the table list makes SQLite read its schema page: the first place damage shows.
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM %1")
                            .arg(m_dialect->backend() == SqlDialect::Backend::Sqlite
                                            ? QStringLiteral("sqlite_master")
                                            : QStringLiteral("information_schema.tables")))) {
        if (isUnwritableStorage(probe.lastError())) {
            *error = unwritableStorage(where, probe.lastError());
            return false;
        }
        if (m_dialect->backend() == SqlDialect::Backend::Sqlite
                && isNotADatabase(probe.lastError())) {
            *error = makeError(DatabaseError::Kind::NotAWorkspace,
                    WorkspaceDatabaseText::tr(
                            "%1 is not a Switchboard workspace (it is not an SQLite "
                            "database, or it is damaged beyond its first bytes). It was "
                            "left as it is; choose another data folder with --data-dir, "
                            "or restore the file from a backup.")
                            .arg(where));
            return false;
        }
        *error = makeError(DatabaseError::Kind::Damaged,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 is damaged and was left as it is (%2). Restore it "
                        "from a backup, or choose another data folder.")
                        .arg(where, probe.lastError().text()));
        return false;
    }
    const QStringList tables = db.tables();
    if (!tables.contains(QLatin1String(SchemaTable))) {
        if (!tables.isEmpty()) {
            *error = makeError(DatabaseError::Kind::NotAWorkspace,
                    WorkspaceDatabaseText::tr(
                            "%1 holds a database that Switchboard did not create. It was "
                            "left as it is; choose another data folder or database.")
                            .arg(where));
            return false;
        }
        m_schemaVersion = 0;
        return true;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM %1").arg(QLatin1String(SchemaTable)))
            || !query.next()) {
        *error = makeError(DatabaseError::Kind::Damaged,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 has no schema version and was left as it is. "
                        "Restore it from a backup.")
                        .arg(where));
        return false;
    }
    m_schemaVersion = query.value(0).toInt();
    if (m_schemaVersion > latestSchemaVersion()) {
        *error = makeError(DatabaseError::Kind::TooNew,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 was written by a newer version of Switchboard "
                        "(schema %2; this version knows up to %3). It was left as it is: "
                        "update Switchboard to open it.")
                        .arg(where)
                        .arg(m_schemaVersion)
                        .arg(latestSchemaVersion()));
        return false;
    }
    return true;
}

bool WorkspaceDatabase::migrate(int targetVersion, DatabaseError *error)
{
    QSqlDatabase db = connection();
    const QString where = m_location.describe();
    if (m_readOnly) {
        // A read-only workspace is read as it is: no journal mode set, no upgrade.
        if (m_schemaVersion >= targetVersion)
            return true;
        *error = makeError(DatabaseError::Kind::ReadOnly,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 must be upgraded (schema %2 to %3) before this version "
                        "can read it, and it is read-only: %4. Open it once where it is "
                        "writable, or copy its folder somewhere writable.")
                        .arg(where)
                        .arg(m_schemaVersion)
                        .arg(targetVersion)
                        .arg(m_readOnlyReason));
        return false;
    }
    for (const QString &statement : m_dialect->workspaceSetup()) {
        QString reason;
        if (!Sql::exec(db, statement, &reason)) {
            *error = makeError(DatabaseError::Kind::CannotOpen,
                    WorkspaceDatabaseText::tr("The workspace %1 cannot be prepared for use: %2")
                            .arg(where, reason));
            return false;
        }
    }
    if (m_schemaVersion >= targetVersion)
        return true;
    if (!db.transaction()) {
        *error = makeError(DatabaseError::Kind::MigrationFailed,
                WorkspaceDatabaseText::tr("The workspace %1 could not be upgraded: %2")
                        .arg(where, db.lastError().text()));
        return false;
    }
    auto fail = [&](const QString &reason) {
        db.rollback();
        *error = makeError(DatabaseError::Kind::MigrationFailed,
                WorkspaceDatabaseText::tr(
                        "The workspace %1 could not be upgraded to schema %2, and was left "
                        "as it was: %3")
                        .arg(where)
                        .arg(targetVersion)
                        .arg(reason));
        return false;
    };

    QString reason;
    if (m_schemaVersion == 0
            && (!Sql::exec(db,
                        QStringLiteral("CREATE TABLE %1 (version INTEGER NOT NULL, application "
                                       "TEXT NOT NULL)")
                                .arg(QLatin1String(SchemaTable)),
                        &reason)
                    || !Sql::exec(db,
                            QStringLiteral("INSERT INTO %1 (version, application) VALUES (0, "
                                           "'switchboard')")
                                    .arg(QLatin1String(SchemaTable)),
                            &reason))) {
        return fail(reason);
    }
    for (const Migration &migration : workspaceMigrations()) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion)
            continue;
        qCInfo(lcStorage) << "migrating" << where << "to schema" << migration.version
                          << migration.description;
        for (const QString &statement : migration.statements(*m_dialect)) {
            if (!Sql::exec(db, statement, &reason))
                return fail(reason);
        }
    }
    if (!Sql::exec(db,
                QStringLiteral("UPDATE %1 SET version = %2")
                        .arg(QLatin1String(SchemaTable))
                        .arg(targetVersion),
                &reason))
        return fail(reason);
    if (!db.commit())
        return fail(db.lastError().text());
    m_schemaVersion = targetVersion;
    return true;
}

} // namespace Switchboard
