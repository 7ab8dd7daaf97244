// SPDX-License-Identifier: Apache-2.0
// The workspace on PostgreSQL (run under tests/support/with-postgres.sh): the same schema as on
// SQLite, the dialect's PostgreSQL statements at work, and what a team of consoles sharing one
// database relies on.
#include "core/storage/AccountStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceChangeFeed.h"
#include "core/storage/WorkspaceDatabase.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Switchboard;

namespace {

// The change feed's probe opens its own connection to the same scratch database.
WorkspaceDatabaseOpener probeOpener(const Test::TempWorkspace &ws)
{
    return [location = ws.location(), password = ws.password()](DatabaseError *error) {
        return WorkspaceDatabase::open(location, error, password);
    };
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The history's word searches (schema versions 4 and 11) are built differently on each
// back-end, by design: SQLite keeps FTS5 tables, attempt_search and event_search, with their
// shadow tables (attempt_search_data, _idx, _docsize, _config), filled by triggers; PostgreSQL
// indexes the same words with GIN indexes over to_tsvector, provisioning_attempts_search and
// workspace_events_search. Neither is a table or index the other back-end should have, so both
// are left out of the comparison, by name. Everything else must match.
bool isBackendSpecific(const QString &name)
{
    return name.startsWith(QStringLiteral("attempt_search"))
            || name.startsWith(QStringLiteral("event_search"))
            || name == u"provisioning_attempts_search" || name == u"workspace_events_search";
}

// Types as both back-ends see them: SQLite's INTEGER PRIMARY KEY and PostgreSQL's identity
// BIGINT are both integers, TEXT is text.
QString normalisedType(const QString &type)
{
    QString t = type.toLower();
    if (t.contains(QStringLiteral("int")))
        return QStringLiteral("integer");
    if (t.contains(QStringLiteral("char")) || t == u"text")
        return QStringLiteral("text");
    return t;
}

// "table column type null|not-null" and "index table unique? partial? (columns)" lines.
// Index names that a back-end generates for UNIQUE constraints differ, so an index is known by
// its table, uniqueness, predicate presence and columns; expressions read as <expr>.
QStringList sqliteSchema(const QSqlDatabase &db)
{
    QStringList lines;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (isBackendSpecific(table))
            continue;
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (columns.next()) {
            const bool notNull = columns.value(3).toInt() != 0 || columns.value(5).toInt() > 0;
            lines << QStringLiteral("column %1 %2 %3 %4")
                             .arg(table, columns.value(1).toString(),
                                     normalisedType(columns.value(2).toString()),
                                     notNull ? QStringLiteral("not-null") : QStringLiteral("null"));
        }
        QSqlQuery indexes(db);
        indexes.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table));
        while (indexes.next()) {
            const QString name = indexes.value(1).toString();
            if (indexes.value(3).toString() == u"pk" || isBackendSpecific(name))
                continue;
            QStringList names;
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(name));
            while (info.next())
                names << (info.value(1).toInt() < 0 ? QStringLiteral("<expr>")
                                                    : info.value(2).toString());
            lines << QStringLiteral("index %1 %2 %3 (%4)")
                             .arg(table,
                                     indexes.value(2).toInt() ? QStringLiteral("unique")
                                                              : QStringLiteral("plain"),
                                     indexes.value(4).toInt() ? QStringLiteral("partial")
                                                              : QStringLiteral("full"),
                                     names.join(u','));
        }
    }
    lines.sort();
    return lines;
}

QStringList postgresSchema(const QSqlDatabase &db)
{
    QStringList lines;
    QSqlQuery columns(db);
    columns.exec(QStringLiteral(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"));
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        if (isBackendSpecific(table))
            continue;
        lines << QStringLiteral("column %1 %2 %3 %4")
                         .arg(table, columns.value(1).toString(),
                                 normalisedType(columns.value(2).toString()),
                                 columns.value(3).toString() == u"YES"
                                         ? QStringLiteral("null")
                                         : QStringLiteral("not-null"));
    }
    QSqlQuery indexes(db);
    indexes.exec(QStringLiteral(
            "SELECT t.relname, i.relname, x.indisunique, x.indpred IS NOT NULL,"
            " (SELECT string_agg(CASE WHEN x.indkey[k] = 0 THEN '<expr>' ELSE"
            "  pg_get_indexdef(x.indexrelid, k + 1, true) END, ',' ORDER BY k)"
            "  FROM generate_subscripts(x.indkey, 1) AS k)"
            " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            " JOIN pg_class t ON t.oid = x.indrelid"
            " WHERE t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary"));
    while (indexes.next()) {
        const QString table = indexes.value(0).toString();
        if (isBackendSpecific(table) || isBackendSpecific(indexes.value(1).toString()))
            continue;
        lines << QStringLiteral("index %1 %2 %3 (%4)")
                         .arg(table,
                                 indexes.value(2).toBool() ? QStringLiteral("unique")
                                                           : QStringLiteral("plain"),
                                 indexes.value(3).toBool() ? QStringLiteral("partial")
                                                           : QStringLiteral("full"),
                                 indexes.value(4).toString());
    }
    lines.sort();
    return lines;
}

} // namespace

class TestPostgresWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaIsTheSameOnBothBackends();
    void historyIsAppendOnly();
    void oneInFlightAttemptPerAssistant();
    void reopeningDoesNotMigrateAgain();
    void concurrentClaimsNeverShareANumber();
    void changeFeedHearsOtherConnections();
    void otherConsolesChangesReachTheStores();
    void reconnectsAfterServerRestart();
    void reportsAnOutageAndItsEnd();
    void everyTableWithAChangeTriggerIsRelayed();
    void brokenTransactionLeavesNothing();
    void tlsWhereTheUrlAsksForIt();
    void aRefusedPasswordIsToldApart();
};

void TestPostgresWorkspace::initTestCase()
{
    if (!Test::usePostgres())
        QSKIP("needs SWITCHBOARD_TEST_POSTGRES (run under tests/support/with-postgres.sh)");
}

void TestPostgresWorkspace::schemaIsTheSameOnBothBackends()
{
    QTemporaryDir dir;
    auto sqlite = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(dir.filePath(QStringLiteral("w.db"))), nullptr);
    QVERIFY(sqlite);
    Test::TempWorkspace postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.errorString()));
    QCOMPARE(postgres.database().schemaVersion(), latestSchemaVersion());

    const QStringList onSqlite = sqliteSchema(sqlite->connection());
    const QStringList onPostgres = postgresSchema(postgres.database().connection());
    QVERIFY(onSqlite.size() > 50);
    for (const QString &line : onSqlite)
        QVERIFY2(onPostgres.contains(line), qPrintable(u"only on SQLite: " + line));
    for (const QString &line : onPostgres)
        QVERIFY2(onSqlite.contains(line), qPrintable(u"only on PostgreSQL: " + line));
}

void TestPostgresWorkspace::historyIsAppendOnly()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    const QString violation = Test::appendOnlyViolation(ws.database().connection());
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestPostgresWorkspace::oneInFlightAttemptPerAssistant()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    const QString insert
            = QStringLiteral("INSERT INTO provisioning_attempts (organization_slug, assistant_id, "
                             "outcome, started_at) "
                             "VALUES ('acme', 'a1', '%1', '2026-01-01T00:00:00.000Z')");
    QSqlDatabase c = ws.database().connection();
    QVERIFY(run(c, insert.arg(QStringLiteral("in-flight"))));
    QSqlQuery again(c);
    QVERIFY(!again.exec(insert.arg(QStringLiteral("in-flight"))));
    QVERIFY2(ws.database().dialect().isUniqueViolation(again.lastError().nativeErrorCode()),
            qPrintable(again.lastError().nativeErrorCode()));
    QVERIFY(run(c, insert.arg(QStringLiteral("failed"))));
}

void TestPostgresWorkspace::reopeningDoesNotMigrateAgain()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    QVERIFY(run(ws.database().connection(),
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z')")));
    DatabaseError error;
    auto second = ws.openAnother(&error);
    QVERIFY2(second, qPrintable(error.message));
    QCOMPARE(second->schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(second->connection(), QStringLiteral("SELECT count(*) FROM organizations")), 1);
}

// Four connections on four threads claim from one pool of 200 numbers as fast as they can:
// FOR UPDATE SKIP LOCKED and the state test make every number go to exactly one attempt.
void TestPostgresWorkspace::concurrentClaimsNeverShareANumber()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    AccountStore accounts(ws.database());
    TwilioAccount account;
    account.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(accounts.saveTwilioAccount(account));
    NumberPoolStore pool(ws.database());
    QList<PhoneAddress> numbers;
    for (int i = 0; i < 200; ++i)
        numbers << PhoneAddress::fromNumber(
                QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')));
    QCOMPARE(Test::addToPool(pool, account.id, numbers), 200);

    constexpr int Workers = 4;
    QList<QList<qint64>> claimed(Workers);
    std::atomic<int> failures{0};
    QList<QThread *> threads;
    for (int w = 0; w < Workers; ++w) {
        threads << QThread::create([&, w] {
            auto db = ws.openAnother();
            if (!db) {
                ++failures;
                return;
            }
            NumberPoolStore own(*db);
            for (;;) {
                QString error;
                const auto number = own.claimNext(
                        account.id, 1000LL * (w + 1) + claimed[w].size(), {}, &error);
                if (!number) {
                    if (!error.isEmpty())
                        ++failures;
                    break;
                }
                claimed[w].append(number->id);
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QSet<qint64> all;
    int total = 0;
    for (const QList<qint64> &ids : std::as_const(claimed)) {
        total += ids.size();
        for (qint64 id : ids)
            all.insert(id);
    }
    QCOMPARE(total, 200);
    QCOMPARE(all.size(), 200);
    QCOMPARE(pool.availableCount(account.id), 0);
    QCOMPARE(scalar(ws.database().connection(),
                     QStringLiteral(
                             "SELECT count(DISTINCT reserved_by_attempt_id) FROM number_pool")),
            200);
}

// One console's commit reaches the other's feed: the table, and the attempt's id for the
// history; a console's own changes are not echoed back to it, and a rollback is never heard.
void TestPostgresWorkspace::changeFeedHearsOtherConnections()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    WorkspaceChangeFeed feed(ws.database(), probeOpener(ws));
    QVERIFY(feed.start());
    QSignalSpy tables(&feed, &WorkspaceChangeFeed::tablesChanged);
    QSignalSpy attempts(&feed, &WorkspaceChangeFeed::attemptChanged);

    // Our own change: nothing.
    QVERIFY(run(ws.database().connection(),
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('own', 'Own', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(!tables.wait(800));

    auto other = ws.openAnother();
    QVERIFY(other);
    QSqlDatabase c = other->connection();
    // Rolled back: never announced.
    QVERIFY(c.transaction());
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('gone', 'Gone', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(c.rollback());
    QVERIFY(!tables.wait(800));

    QVERIFY(run(c,
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(tables.wait(5000));
    QCOMPARE(tables.constFirst().constFirst().toStringList(),
            QStringList{QStringLiteral("organizations")});

    QVERIFY(run(c,
            QStringLiteral("INSERT INTO provisioning_attempts (organization_slug, assistant_id, "
                           "outcome, started_at) "
                           "VALUES ('acme', 'a1', 'in-flight', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(attempts.wait(5000));
    QCOMPARE(attempts.constFirst().constFirst().toLongLong(),
            qint64(scalar(c, QStringLiteral("SELECT max(id) FROM provisioning_attempts"))));
}

// The server restarts under an open connection: the connection is opened again by itself (the
// feed's heartbeat finds out), the feed listens again and reports everything as changed, and a
// change from another console is heard once more.
// What another console commits is announced by this console's own stores.
void TestPostgresWorkspace::otherConsolesChangesReachTheStores()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    OrganizationStore organizations(ws.database());
    ManualTaskStore tasks(ws.database());
    HistoryStore history(ws.database());
    WorkspaceChangeFeed feed(ws.database(), probeOpener(ws));
    QVERIFY(feed.start());
    feed.relayTo(
            {&ws.database(), &organizations, nullptr, nullptr, nullptr, &tasks, nullptr, &history});
    QSignalSpy organizationsChanged(&organizations, &OrganizationStore::changed);
    QSignalSpy tasksChanged(&tasks, &ManualTaskStore::changed);
    QSignalSpy attemptChanged(&history, &HistoryStore::attemptChanged);

    auto other = ws.openAnother();
    QVERIFY(other);
    OrganizationStore otherOrganizations(*other);
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(otherOrganizations.add(acme));
    QTRY_COMPARE_WITH_TIMEOUT(organizationsChanged.count(), 1, 5000);
    QCOMPARE(tasksChanged.count(), 0);

    QVERIFY(run(other->connection(),
            QStringLiteral("INSERT INTO provisioning_attempts (organization_slug, assistant_id, "
                           "outcome, started_at) "
                           "VALUES ('acme', 'a1', 'in-flight', '2026-01-01T00:00:00.000Z')")));
    QTRY_COMPARE_WITH_TIMEOUT(attemptChanged.count(), 1, 5000);
}

void TestPostgresWorkspace::reconnectsAfterServerRestart()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    WorkspaceChangeFeed feed(ws.database(), probeOpener(ws));
    feed.setHeartbeatInterval(200);
    QVERIFY(feed.start());
    QSignalSpy tables(&feed, &WorkspaceChangeFeed::tablesChanged);
    const int generation = ws.database().connectionGeneration();

    QVERIFY(Test::restartPostgres());
    QTRY_VERIFY_WITH_TIMEOUT(ws.database().connectionGeneration() > generation, 15000);
    QVERIFY(!ws.database().connectionLost());
    QTRY_VERIFY_WITH_TIMEOUT(!tables.isEmpty(), 5000); // everything may have changed meanwhile
    QVERIFY(tables.constLast().constFirst().toStringList().contains(
            QStringLiteral("organizations")));
    QVERIFY(feed.isListening());
    tables.clear();

    auto other = ws.openAnother();
    QVERIFY(other);
    QVERIFY(run(other->connection(),
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(tables.wait(5000));
    QCOMPARE(scalar(ws.database().connection(),
                     QStringLiteral("SELECT count(*) FROM organizations")),
            1);
}

// The server is down for a while: the feed says the connection is lost (once, without the
// password), and that it is back once the server is.
void TestPostgresWorkspace::reportsAnOutageAndItsEnd()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    WorkspaceChangeFeed feed(ws.database(), probeOpener(ws));
    feed.setHeartbeatInterval(200);
    QVERIFY(feed.start());
    QSignalSpy lost(&feed, &WorkspaceChangeFeed::connectionLost);
    QSignalSpy restored(&feed, &WorkspaceChangeFeed::connectionRestored);

    QVERIFY(Test::controlPostgres(QStringLiteral("stop")));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(!feed.isOnline());
    QVERIFY(!lost.constFirst().constFirst().toString().contains(Test::postgresPassword()));
    QTest::qWait(1000);
    QCOMPARE(lost.size(), 1); // said once, not on every heartbeat
    QCOMPARE(restored.size(), 0);

    QVERIFY(Test::controlPostgres(QStringLiteral("start")));
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 15000);
    QVERIFY(feed.isOnline());
    QVERIFY(!ws.database().connectionLost());
    QCOMPARE(scalar(ws.database().connection(), QStringLiteral("SELECT 1")), 1);
}

// A table given a change trigger is also relayed to a store: the feed's list is checked
// against the triggers the migrations made, so that a new table cannot be missed.
void TestPostgresWorkspace::everyTableWithAChangeTriggerIsRelayed()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    QSqlQuery q(ws.database().connection());
    QVERIFY(q.exec(
            QStringLiteral("SELECT DISTINCT event_object_table FROM "
                           "information_schema.triggers WHERE trigger_name LIKE '%_notify'")));
    QStringList triggered;
    while (q.next())
        triggered << q.value(0).toString();
    QVERIFY(triggered.size() >= 10);
    const QStringList relayed = WorkspaceChangeFeed::relayedTables();
    for (const QString &table : std::as_const(triggered))
        QVERIFY2(relayed.contains(table), qPrintable(table + QStringLiteral(" is not relayed")));
}

// A connection that breaks inside a transaction leaves nothing of it behind.
void TestPostgresWorkspace::brokenTransactionLeavesNothing()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    QSqlDatabase c = ws.database().connection();
    QVERIFY(c.transaction());
    QVERIFY(run(c,
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('half', 'Half', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(Test::restartPostgres());
    QVERIFY(!run(c,
            QStringLiteral("INSERT INTO organizations (slug, name, created_at) "
                           "VALUES ('written', 'Written', '2026-01-01T00:00:00.000Z')")));
    c.rollback();
    QTRY_VERIFY_WITH_TIMEOUT(
            scalar(ws.database().connection(), QStringLiteral("SELECT count(*) FROM organizations"))
                    == 0,
            10000);
}

// The test cluster accepts TLS and plain connections (with-postgres.sh): sslmode decides, and
// verify-full checks the server's certificate against the root that libpq is given.
void TestPostgresWorkspace::tlsWhereTheUrlAsksForIt()
{
    const QString ca = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES_CA");
    if (ca.isEmpty())
        QSKIP("the test cluster has no TLS certificate");
    Test::TempWorkspace ws; // migrated once, plainly; the connections below only open it
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    const auto encrypted = [&ws](const QString &sslMode, DatabaseError *error) {
        DatabaseLocation location = ws.location();
        location.sslMode = sslMode;
        auto database = WorkspaceDatabase::open(location, error, ws.password());
        return database ? scalar(database->connection(),
                       QStringLiteral("SELECT ssl::int FROM pg_stat_ssl"
                                      " WHERE pid = pg_backend_pid()"))
                        : -1;
    };
    DatabaseError error;
    QCOMPARE(encrypted(QStringLiteral("require"), &error), 1);
    QCOMPARE(encrypted(QStringLiteral("disable"), &error), 0);

    // verify-full with a root that did not sign the server's certificate: refused, and the
    // message says why. With the right root: encrypted.
    QTemporaryDir dir;
    const QString otherRoot = dir.filePath(QStringLiteral("other.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=someone else"), QStringLiteral("-keyout"),
                    dir.filePath(QStringLiteral("other.key")), QStringLiteral("-out"), otherRoot});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    const QByteArray before = qgetenv("PGSSLROOTCERT");
    qputenv("PGSSLROOTCERT", QFile::encodeName(otherRoot));
    error = {};
    const int untrusted = encrypted(QStringLiteral("verify-full"), &error);
    qputenv("PGSSLROOTCERT", QFile::encodeName(ca));
    DatabaseError trustedError;
    const int trusted = encrypted(QStringLiteral("verify-full"), &trustedError);
    if (before.isNull())
        qunsetenv("PGSSLROOTCERT");
    else
        qputenv("PGSSLROOTCERT", before);
    QCOMPARE(untrusted, -1);
    QVERIFY2(error.message.contains(QStringLiteral("certificate")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(ws.password()), "the password reached the message");
    QCOMPARE(trusted, 1);
}

// The console asks for a password only when the password is what failed.
void TestPostgresWorkspace::aRefusedPasswordIsToldApart()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    DatabaseError error;
    QVERIFY(!WorkspaceDatabase::open(ws.location(), &error, QStringLiteral("not-the-password")));
    QCOMPARE(error.kind, DatabaseError::Kind::PasswordRefused);
    QVERIFY(!error.message.contains(QStringLiteral("not-the-password")));

    DatabaseLocation nowhere = ws.location();
    nowhere.port = 1; // nothing listens there
    error = {};
    QVERIFY(!WorkspaceDatabase::open(nowhere, &error, ws.password()));
    QCOMPARE(error.kind, DatabaseError::Kind::CannotOpen);
}

QTEST_GUILESS_MAIN(TestPostgresWorkspace)
#include "TestPostgresWorkspace.moc"
