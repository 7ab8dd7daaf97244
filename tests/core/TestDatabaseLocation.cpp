// SPDX-License-Identifier: Apache-2.0
#include "core/storage/DatabaseLocation.h"

#include <QTest>

using namespace Switchboard;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPostgresUrls_data();
    void parsesPostgresUrls();
    void plainPathIsSqlite();
    void refuses_data();
    void refuses();
    void refusesPasswordWithoutRepeatingIt_data();
    void refusesPasswordWithoutRepeatingIt();
    void roundTripsThroughUrl();
    void connectOptionsCarrySslMode();
};

void TestDatabaseLocation::parsesPostgresUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("full") << "postgresql://ana@db.example.com:6543/team"
                          << "db.example.com" << 6543 << "ana"
                          << "team"
                          << "prefer";
    QTest::newRow("short scheme") << "postgres://ana@db:5432/team"
                                  << "db" << 5432 << "ana"
                                  << "team"
                                  << "prefer";
    QTest::newRow("default port") << "postgresql://ana@db/team"
                                  << "db" << 5432 << "ana"
                                  << "team"
                                  << "prefer";
    QTest::newRow("sslmode") << "postgresql://ana@db/team?sslmode=verify-full"
                             << "db" << 5432 << "ana"
                             << "team"
                             << "verify-full";
    QTest::newRow("loopback") << "postgresql://sb@127.0.0.1:55433/sb?sslmode=disable"
                              << "127.0.0.1" << 55433 << "sb"
                              << "sb"
                              << "disable";
    QTest::newRow("encoded user") << "postgresql://ana%40corp@db/team"
                                  << "db" << 5432 << "ana@corp"
                                  << "team"
                                  << "prefer";
    QTest::newRow("ipv6") << "postgresql://ana@[::1]:5433/team"
                          << "::1" << 5433 << "ana"
                          << "team"
                          << "prefer";
    QTest::newRow("surrounding blanks") << "  postgresql://ana@db/team  "
                                        << "db" << 5432 << "ana"
                                        << "team"
                                        << "prefer";
}

void TestDatabaseLocation::parsesPostgresUrls()
{
    QFETCH(QString, url);
    QString error;
    const auto location = DatabaseLocation::fromUrl(url, &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(location->isPostgres());
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->userName, "user");
    QTEST(location->databaseName, "database");
    QTEST(location->sslMode, "sslMode");
}

void TestDatabaseLocation::plainPathIsSqlite()
{
    auto location = DatabaseLocation::fromUrl(QStringLiteral("/var/lib/sb/workspace.db"));
    QVERIFY(location);
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->sqlitePath, QStringLiteral("/var/lib/sb/workspace.db"));
    location = DatabaseLocation::fromUrl(QStringLiteral("file:///tmp/w.db"));
    QVERIFY(location);
    QCOMPARE(location->sqlitePath, QStringLiteral("/tmp/w.db"));
    location = DatabaseLocation::fromUrl(QStringLiteral("relative/w.db"));
    QVERIFY(location);
    QCOMPARE(location->sqlitePath, QStringLiteral("relative/w.db"));
}

void TestDatabaseLocation::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("other scheme") << "mysql://ana@db/team"
                                  << "mysql";
    QTest::newRow("no user") << "postgresql://db/team"
                             << "no user";
    QTest::newRow("no database") << "postgresql://ana@db"
                                 << "no database";
    QTest::newRow("two path segments") << "postgresql://ana@db/a/b"
                                       << "no database";
    QTest::newRow("bad sslmode") << "postgresql://ana@db/team?sslmode=maybe"
                                 << "sslmode";
    QTest::newRow("unknown parameter") << "postgresql://ana@db/team?host=x"
                                       << "\"host\"";
    QTest::newRow("bad port") << "postgresql://ana@db:99999/team"
                              << "not valid";
}

void TestDatabaseLocation::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!DatabaseLocation::fromUrl(url, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestDatabaseLocation::refusesPasswordWithoutRepeatingIt_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("userinfo") << "postgresql://ana:s3cr3t-pw@db/team";
    QTest::newRow("userinfo, invalid rest") << "postgresql://ana:s3cr3t-pw@db:bad/team";
    QTest::newRow("query") << "postgres://ana@db/team?password=s3cr3t-pw";
}

void TestDatabaseLocation::refusesPasswordWithoutRepeatingIt()
{
    QFETCH(QString, url);
    QString error;
    QVERIFY(!DatabaseLocation::fromUrl(url, &error));
    QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cr3t")), qPrintable(error));
}

void TestDatabaseLocation::roundTripsThroughUrl()
{
    const DatabaseLocation location = DatabaseLocation::postgres(QStringLiteral("db"), 6543,
            QStringLiteral("team"), QStringLiteral("ana"), QStringLiteral("require"));
    QCOMPARE(location.toUrl(), QStringLiteral("postgresql://ana@db:6543/team?sslmode=require"));
    QCOMPARE(DatabaseLocation::fromUrl(location.toUrl()), location);
    QCOMPARE(location.describe(), QStringLiteral("postgresql://ana@db:6543/team"));
    QCOMPARE(location.passwordIdentity(), QStringLiteral("ana@db:6543/team"));
}

void TestDatabaseLocation::connectOptionsCarrySslMode()
{
    auto location = DatabaseLocation::fromUrl(QStringLiteral("postgresql://ana@db/team"));
    QVERIFY(location->connectOptions().contains(QStringLiteral("sslmode=prefer")));
    location
            = DatabaseLocation::fromUrl(QStringLiteral("postgresql://ana@db/team?sslmode=require"));
    QVERIFY(location->connectOptions().contains(QStringLiteral("sslmode=require")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
