// SPDX-License-Identifier: Apache-2.0
#include "core/history/SqliteInterrupt.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Switchboard;

// The history's cancel stops a running SQLite statement only through the very SQLite library
// that Qt's driver uses. On this Debian build both are the system's libsqlite3, so the check
// must say "same", leave the process-wide setting it borrows as it was, and the interrupt must
// stop a statement. (The other answer, Qt's bundled SQLite on Windows and macOS, cannot be
// produced here.)
class TestSqliteInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recognisesTheSharedSystemLibrary();
    void leavesTheSoftHeapLimitAsItWas();
    void interruptsARunningStatement();
    void noInterruptForAClosedConnection();

private:
    QSqlDatabase m_db;
};

void TestSqliteInterrupt::init()
{
    if (!SqliteInterrupt::isCompiledIn())
        QSKIP("this build does not link SQLite (not Linux, or SQLite3 not found)");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("interrupt"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestSqliteInterrupt::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("interrupt"));
}

void TestSqliteInterrupt::recognisesTheSharedSystemLibrary()
{
    QVERIFY(SqliteInterrupt::driverSharesLinkedLibrary(m_db));
    QVERIFY(SqliteInterrupt::forConnection(m_db));
}

void TestSqliteInterrupt::leavesTheSoftHeapLimitAsItWas()
{
    QSqlQuery set(m_db);
    QVERIFY(set.exec(QStringLiteral("PRAGMA soft_heap_limit = 123456789")));
    QVERIFY(SqliteInterrupt::driverSharesLinkedLibrary(m_db));
    QSqlQuery read(m_db);
    QVERIFY(read.exec(QStringLiteral("PRAGMA soft_heap_limit")) && read.next());
    QCOMPARE(read.value(0).toLongLong(), 123456789);
    QVERIFY(set.exec(QStringLiteral("PRAGMA soft_heap_limit = 0")));
}

void TestSqliteInterrupt::interruptsARunningStatement()
{
    const std::function<void()> interrupt = SqliteInterrupt::forConnection(m_db);
    QVERIFY(interrupt);
    // Counts to ten billion: minutes of work unless interrupted.
    std::atomic<bool> done{false};
    std::thread stopper([&] {
        QThread::msleep(300);
        while (!done) {
            interrupt();
            QThread::msleep(50);
        }
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db);
    const bool ran = query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
            "SELECT count(*) FROM n"));
    done = true;
    stopper.join();
    QVERIFY(!ran);
    QVERIFY2(query.lastError().text().contains(QStringLiteral("interrupt")),
            qPrintable(query.lastError().text()));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QSqlQuery after(m_db); // the connection still works
    QVERIFY(after.exec(QStringLiteral("SELECT 1")) && after.next());
}

void TestSqliteInterrupt::noInterruptForAClosedConnection()
{
    QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
    QVERIFY(!SqliteInterrupt::driverSharesLinkedLibrary(closed)); // not open
    QVERIFY(!SqliteInterrupt::forConnection(closed));
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestSqliteInterrupt)
#include "TestSqliteInterrupt.moc"
