// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Organization.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace Switchboard::Test {

// The test's own output folder (set by switchboard_add_test), created on first use.
// How many of `numbers` were new to the pool; -1 when the store refused (with why in the log).
inline int addToPool(
        NumberPoolStore &pool, qint64 twilioAccountId, const QList<PhoneAddress> &numbers)
{
    int added = 0;
    if (const WriteResult result = pool.add(twilioAccountId, numbers, &added); !result) {
        qWarning("pool refused: %s", qPrintable(result.message()));
        return -1;
    }
    return added;
}

inline QString outputDirectory()
{
    QString dir = qEnvironmentVariable("SWITCHBOARD_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("test-output"));
    QDir().mkpath(dir);
    return dir;
}

inline QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR)).filePath(name);
}

// The storage tests run on both back-ends: on SQLite by default, on PostgreSQL when
// tests/support/with-postgres.sh started a throwaway cluster and exported its URL
// (SWITCHBOARD_TEST_POSTGRES, password in SWITCHBOARD_DATABASE_PASSWORD).
inline QString postgresUrl()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES");
}
inline bool usePostgres()
{
    return !postgresUrl().isEmpty();
}
inline QString postgresPassword()
{
    return qEnvironmentVariable("SWITCHBOARD_DATABASE_PASSWORD");
}

// Runs pg_ctl `action` (restart, stop, start; fast shutdown: every connection is cut) on the
// test cluster, as with-postgres.sh says how; false when not under it or when it failed.
inline bool controlPostgres(const QString &action)
{
    const QString ctl = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_CTL");
    const QString data = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_DATA");
    const QString log = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_LOG");
    const QString options = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_OPTIONS");
    if (ctl.isEmpty() || data.isEmpty())
        return false;
    QStringList command = ctl.split(u' ', Qt::SkipEmptyParts);
    command << action << QStringLiteral("-D") << data << QStringLiteral("-w");
    if (action != u"stop")
        command << QStringLiteral("-l") << log << QStringLiteral("-o") << options;
    if (action != u"start")
        command << QStringLiteral("-m") << QStringLiteral("fast");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(command.takeFirst(), command);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
}
inline bool restartPostgres()
{
    return controlPostgres(QStringLiteral("restart"));
}

// A database of its own on the test cluster, created empty and dropped with the object, so that
// every test starts from nothing, as with a fresh SQLite file.
class ScratchPostgresDatabase
{
public:
    ScratchPostgresDatabase()
    {
        QString error;
        const auto server = DatabaseLocation::fromUrl(postgresUrl(), &error);
        if (!server || !server->isPostgres()) {
            m_error = QStringLiteral("SWITCHBOARD_TEST_POSTGRES: ") + error;
            return;
        }
        m_location = *server;
        m_location.databaseName
                = QStringLiteral("sbtest_") + QUuid::createUuid().toString(QUuid::Id128);
        m_valid = admin(*server, QStringLiteral("CREATE DATABASE ") + m_location.databaseName);
    }
    ~ScratchPostgresDatabase()
    {
        if (!m_valid)
            return;
        const auto server = DatabaseLocation::fromUrl(postgresUrl());
        // FORCE: a connection a test leaked must not keep the database alive.
        admin(*server,
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                        .arg(m_location.databaseName));
    }
    ScratchPostgresDatabase(const ScratchPostgresDatabase &) = delete;
    ScratchPostgresDatabase &operator=(const ScratchPostgresDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    const DatabaseLocation &location() const { return m_location; }

private:
    bool admin(const DatabaseLocation &server, const QString &statement)
    {
        const QString name = QStringLiteral("scratch-admin-") + QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server.host);
            db.setPort(server.port);
            db.setDatabaseName(server.databaseName);
            db.setUserName(server.userName);
            db.setPassword(postgresPassword());
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(statement);
                if (!ok)
                    m_error = q.lastError().text();
                db.close();
            } else {
                m_error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    DatabaseLocation m_location;
    bool m_valid = false;
    QString m_error;
};

// A fresh workspace: an SQLite file in a temporary folder, or a scratch database on the test
// PostgreSQL cluster (see usePostgres()); removed with the object.
class TempWorkspace
{
public:
    enum class Backend {
        FromEnvironment, // PostgreSQL under with-postgres.sh, else SQLite
        Sqlite, // SQLite in any case (the source of a migration test)
    };

    explicit TempWorkspace(Backend backend = Backend::FromEnvironment)
    {
        DatabaseError error;
        if (backend == Backend::FromEnvironment && usePostgres()) {
            m_postgres = std::make_unique<ScratchPostgresDatabase>();
            if (!m_postgres->isValid()) {
                m_error = m_postgres->errorString();
                return;
            }
            m_database = WorkspaceDatabase::open(m_postgres->location(), &error, password());
        } else {
            m_database = WorkspaceDatabase::open(DatabaseLocation::sqlite(sqliteFile()), &error);
        }
        m_error = error.message;
    }
    ~TempWorkspace() { m_database.reset(); }
    bool isValid() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    WorkspaceDatabase &database() { return *m_database; }
    QString path() const { return m_dir.path(); }
    // Where a second connection (another console, a worker thread) opens the same workspace.
    DatabaseLocation location() const
    {
        return m_postgres ? m_postgres->location() : DatabaseLocation::sqlite(sqliteFile());
    }
    QString password() const { return m_postgres ? postgresPassword() : QString(); }
    std::unique_ptr<WorkspaceDatabase> openAnother(DatabaseError *error = nullptr) const
    {
        return WorkspaceDatabase::open(location(), error, password());
    }

private:
    QString sqliteFile() const { return m_dir.filePath(QStringLiteral("workspace.db")); }

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgresDatabase> m_postgres;
    std::unique_ptr<WorkspaceDatabase> m_database;
    QString m_error;
};

// The history is append-only on every back-end: an attempt and a step are written in flight and
// completed once; after that no update or delete gets through. Returns what got through, or
// nothing when the database refused all of it.
inline QString appendOnlyViolation(QSqlDatabase c)
{
    const auto run = [&c](const QString &sql) { return QSqlQuery(c).exec(sql); };
    if (!run(QStringLiteral("INSERT INTO provisioning_attempts (organization_slug, assistant_id, "
                            "outcome, started_at) "
                            "VALUES ('acme', 'a1', 'in-flight', '2026-01-01T00:00:00.000Z')"))
            || !run(QStringLiteral(
                    "INSERT INTO provisioning_steps (attempt_id, sequence, strategy, status, "
                    "started_at) "
                    "VALUES (1, 1, 'vapi-free', 'in-flight', '2026-01-01T00:00:00.000Z')")))
        return QStringLiteral("an in-flight attempt or step could not be written");
    // Completing an in-flight row once is how the history is written.
    if (!run(QStringLiteral("UPDATE provisioning_steps SET status = 'succeeded' WHERE id = 1"))
            || !run(QStringLiteral(
                    "UPDATE provisioning_attempts SET outcome = 'succeeded' WHERE id = 1")))
        return QStringLiteral("an in-flight attempt or step could not be completed");
    // After that, nothing changes and nothing goes.
    for (const QString &change :
            {QStringLiteral("UPDATE provisioning_attempts SET outcome = 'failed' WHERE id = 1"),
                    QStringLiteral("UPDATE provisioning_steps SET reason = 'x' WHERE id = 1"),
                    QStringLiteral("DELETE FROM provisioning_steps"),
                    QStringLiteral("DELETE FROM provisioning_attempts")}) {
        if (run(change))
            return QStringLiteral("accepted: ") + change;
    }
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral(
                "SELECT count(*) FROM provisioning_attempts WHERE outcome = 'succeeded'"))
            || !q.next() || q.value(0).toInt() != 1)
        return QStringLiteral("the completed attempt is gone");
    return {};
}

inline Organization makeOrganization(const QString &slug, const QString &name)
{
    Organization organization;
    organization.slug = slug;
    organization.name = name;
    return organization;
}

} // namespace Switchboard::Test
