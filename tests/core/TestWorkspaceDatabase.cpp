// SPDX-License-Identifier: Apache-2.0
#include "core/storage/Migrations.h"
#include "core/storage/WorkspaceDatabase.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// table -> "column type notnull default pk" lines, to compare schemas reached by different paths.
QStringList describeSchema(const QSqlDatabase &db)
{
    QStringList lines;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString &table : tables) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            lines << table + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' '
                            + q.value(3).toString() + u' ' + q.value(4).toString() + u' '
                            + q.value(5).toString();
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                          "ORDER BY name"));
    while (q.next())
        lines << q.value(0).toString() + u' ' + q.value(1).toString();
    return lines;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

class TestWorkspaceDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyFileGetsLatestSchema();
    void reopeningKeepsData();
    void upgradesCheckedInVersion1Workspace();
    void upgradePathMatchesFreshSchema();
    void version7GivesEveryCapItsSource();
    void failedMigrationRollsBack();
    void refusesFileThatIsNotSqlite();
    void refusesDamagedSqlite();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void historyIsAppendOnly();
    void oneInFlightAttemptPerAssistant();
    void oneOpenManualTaskPerAssistant();
    void removingOrganizationKeepsHistory();

private:
    QString path(const QString &name = QStringLiteral("workspace.db")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspaceDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspaceDatabase::emptyFileGetsLatestSchema()
{
    DatabaseError error;
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!error);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    const QStringList tables = db->connection().tables();
    for (const char *table : {"organizations", "vapi_accounts", "twilio_accounts", "number_pool",
                 "assistants", "phone_numbers", "provisioning_attempts", "provisioning_steps",
                 "manual_tasks", "secret_refs", "workspace_settings", "switchboard_schema"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
}

void TestWorkspaceDatabase::reopeningKeepsData()
{
    {
        auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
        QVERIFY(db);
        QVERIFY(run(db->connection(),
                QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                               "VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z')")));
    }
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organizations")), 1);
}

void TestWorkspaceDatabase::upgradesCheckedInVersion1Workspace()
{
    // tests/data/workspace-v1.db was written by schema version 1 and holds one organization,
    // its Vapi account, a pool number and a finished provisioning attempt.
    QVERIFY(QFile::copy(Test::dataFile(QStringLiteral("workspace-v1.db")), path()));
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);

    DatabaseError error;
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QSqlDatabase c = db->connection();
    QCOMPARE(scalar(c,
                     QStringLiteral(
                             "SELECT count(*) FROM organizations WHERE slug = 'acme-dental'")),
            1);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM number_pool")), 1);
    QCOMPARE(scalar(c,
                     QStringLiteral("SELECT count(*) FROM provisioning_attempts WHERE outcome = "
                                    "'succeeded'")),
            1);
    QVERIFY(c.tables().contains(QStringLiteral("manual_tasks")));
    // The upgraded history is guarded like a new one.
    QVERIFY(!run(c, QStringLiteral("DELETE FROM provisioning_attempts")));
}

// Caps written before version 7: the old documented default follows the documentation to 5,
// a cap learned from Vapi stays learned, any other value was set by hand.
void TestWorkspaceDatabase::version7GivesEveryCapItsSource()
{
    {
        auto db = WorkspaceDatabase::openAtVersion(DatabaseLocation::sqlite(path()), 6, nullptr);
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        QVERIFY(run(c,
                QStringLiteral("INSERT INTO organizations (id, slug, name, created_at) VALUES"
                               " (1, 'a', 'A', '2026-01-01T00:00:00.000Z'),"
                               " (2, 'b', 'B', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(run(c,
                QStringLiteral("INSERT INTO vapi_accounts (organization_id, free_number_cap,"
                               " cap_observed_at) VALUES (NULL, 10, NULL), (1, 7, NULL),"
                               " (2, 2, '2026-11-02T10:00:00.000Z')")));
    }
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(organization_id, 0), free_number_cap,"
                                  " cap_source FROM vapi_accounts ORDER BY 1")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1:%2:%3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    QCOMPARE(rows,
            (QStringList{QStringLiteral("0:5:default"), QStringLiteral("1:7:manual"),
                    QStringLiteral("2:2:learned")}));
    QCOMPARE(scalar(db->connection(),
                     QStringLiteral("SELECT count(*) FROM organizations WHERE free_area_codes"
                                    " = 'any'")),
            2);
}

void TestWorkspaceDatabase::upgradePathMatchesFreshSchema()
{
    QStringList fresh;
    {
        auto db = WorkspaceDatabase::open(
                DatabaseLocation::sqlite(path(QStringLiteral("fresh.db"))), nullptr);
        QVERIFY(db);
        fresh = describeSchema(db->connection());
    }
    {
        auto db = WorkspaceDatabase::openAtVersion(
                DatabaseLocation::sqlite(path(QStringLiteral("old.db"))), 1, nullptr);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(!db->connection().tables().contains(QStringLiteral("manual_tasks")));
    }
    auto upgraded = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(path(QStringLiteral("old.db"))), nullptr);
    QVERIFY(upgraded);
    QCOMPARE(describeSchema(upgraded->connection()), fresh);
}

void TestWorkspaceDatabase::failedMigrationRollsBack()
{
    {
        auto db = WorkspaceDatabase::openAtVersion(DatabaseLocation::sqlite(path()), 1, nullptr);
        QVERIFY(db);
        // Something in the way of version 2's first table makes the upgrade fail half-way.
        QVERIFY(run(db->connection(), QStringLiteral("CREATE TABLE secret_refs (x INTEGER)")));
    }
    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error));
    QCOMPARE(error.kind, DatabaseError::Kind::MigrationFailed);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));

    auto db = WorkspaceDatabase::openAtVersion(DatabaseLocation::sqlite(path()), 1, nullptr);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 1);
    QVERIFY(!db->connection().tables().contains(QStringLiteral("manual_tasks"))); // rolled back
}

void TestWorkspaceDatabase::refusesFileThatIsNotSqlite()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const QByteArray before = fileHash(path());

    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error));
    QCOMPARE(error.kind, DatabaseError::Kind::NotAWorkspace);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(fileHash(path()), before);
}

void TestWorkspaceDatabase::refusesDamagedSqlite()
{
    {
        auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
        QVERIFY(db);
        QVERIFY(run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(run(db->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100)); // keep the 100-byte header, scramble the schema page behind it
    file.write(QByteArray(3000, '\xA5'));
    file.close();
    const QByteArray before = fileHash(path());

    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error));
    QCOMPARE(error.kind, DatabaseError::Kind::Damaged);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(fileHash(path()), before);
}

void TestWorkspaceDatabase::refusesNewerSchema()
{
    {
        auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
        QVERIFY(db);
        QVERIFY(run(
                db->connection(), QStringLiteral("UPDATE switchboard_schema SET version = 99")));
        QVERIFY(run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path());
    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error));
    QCOMPARE(error.kind, DatabaseError::Kind::TooNew);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("newer")), qPrintable(error.message));
    QCOMPARE(fileHash(path()), before);
}

void TestWorkspaceDatabase::refusesForeignDatabase()
{
    {
        QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QVERIFY(run(other, QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path());
    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), &error));
    QCOMPARE(error.kind, DatabaseError::Kind::NotAWorkspace);
    QCOMPARE(fileHash(path()), before);
}

void TestWorkspaceDatabase::historyIsAppendOnly()
{
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    const QString violation = Test::appendOnlyViolation(db->connection());
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestWorkspaceDatabase::oneInFlightAttemptPerAssistant()
{
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    const QString insert
            = QStringLiteral("INSERT INTO provisioning_attempts (organization_slug, assistant_id, "
                             "outcome, started_at) "
                             "VALUES ('acme', 'a1', '%1', '2026-01-01T00:00:00.000Z')");
    QVERIFY(run(db->connection(), insert.arg(QStringLiteral("in-flight"))));
    QVERIFY(!run(db->connection(), insert.arg(QStringLiteral("in-flight"))));
    QVERIFY(run(
            db->connection(), insert.arg(QStringLiteral("failed")))); // finished ones may repeat
}

void TestWorkspaceDatabase::oneOpenManualTaskPerAssistant()
{
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    const QString insert
            = QStringLiteral("INSERT INTO manual_tasks (assistant_id, state, created_at) "
                             "VALUES ('a1', '%1', '2026-01-01T00:00:00.000Z')");
    QVERIFY(run(db->connection(), insert.arg(QStringLiteral("open"))));
    QVERIFY(!run(db->connection(), insert.arg(QStringLiteral("open"))));
    QVERIFY(run(db->connection(), insert.arg(QStringLiteral("completed"))));
}

void TestWorkspaceDatabase::removingOrganizationKeepsHistory()
{
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path()), nullptr);
    QVERIFY(db);
    QSqlDatabase c = db->connection();
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) VALUES ('acme', "
                           "'Acme', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO twilio_accounts (organization_id, account_sid) VALUES (1, "
                           "'AC00000000000000000000000000000000')")));
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO number_pool (twilio_account_id, e164) VALUES (1, "
                           "'+14155552671')")));
    QVERIFY(run(c,
            QStringLiteral(
                    "INSERT INTO secret_refs (key, organization_id, api, purpose, updated_at) "
                    "VALUES ('org/1/twilio/auth-token', 1, 'twilio', 'auth-token', "
                    "'2026-01-01T00:00:00.000Z')")));
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO provisioning_attempts (organization_id, organization_slug, "
                           "assistant_id, outcome, started_at) "
                           "VALUES (1, 'acme', 'a1', 'succeeded', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(run(c, QStringLiteral("DELETE FROM organizations WHERE id = 1")));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM twilio_accounts")), 0);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM number_pool")), 0);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM secret_refs")), 0);
    QCOMPARE(scalar(c,
                     QStringLiteral("SELECT count(*) FROM provisioning_attempts WHERE "
                                    "organization_slug = 'acme'")),
            1);
}

QTEST_GUILESS_MAIN(TestWorkspaceDatabase)
#include "TestWorkspaceDatabase.moc"
