// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/FreeNumberUsage.h"

#include <QTest>

using namespace Switchboard;

class TestFreeNumberUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void adviceAtTheMilestone();
};

void TestFreeNumberUsage::levels_data()
{
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("level");

    QTest::newRow("empty") << 0 << 10 << 10 << 0 << "ok";
    QTest::newRow("7 of 10") << 7 << 10 << 3 << 70 << "ok";
    QTest::newRow("8 of 10 warns") << 8 << 10 << 2 << 80 << "warning";
    QTest::newRow("9 of 10") << 9 << 10 << 1 << 90 << "warning";
    QTest::newRow("10 of 10 full") << 10 << 10 << 0 << 100 << "full";
    QTest::newRow("cap lowered under holdings") << 10 << 5 << 0 << 200 << "full";
    QTest::newRow("4 of 5 warns") << 4 << 5 << 1 << 80 << "warning";
    QTest::newRow("3 of 4 is 75%") << 3 << 4 << 1 << 75 << "ok";
    QTest::newRow("cap of 1, none used") << 0 << 1 << 1 << 0 << "ok";
    QTest::newRow("cap of 1, used") << 1 << 1 << 0 << 100 << "full";
    QTest::newRow("cap of 0") << 0 << 0 << 0 << 100 << "full";
    QTest::newRow("negative inputs clamp") << -3 << 10 << 10 << 0 << "ok";
}

void TestFreeNumberUsage::levels()
{
    QFETCH(int, used);
    QFETCH(int, cap);
    QFETCH(int, remaining);
    QFETCH(int, percent);
    QFETCH(QString, level);

    const FreeNumberUsage usage(used, cap);
    QCOMPARE(usage.remaining(), remaining);
    QVERIFY(usage.remaining() >= 0);
    QCOMPARE(usage.percent(), percent);
    QCOMPARE(toString(usage.level()), level);
    QCOMPARE(usage.advice().isEmpty(), level == u"ok");
}

void TestFreeNumberUsage::adviceAtTheMilestone()
{
    const FreeNumberUsage warning(8, 10);
    QVERIFY(warning.summary().contains(QStringLiteral("8 of 10")));
    QVERIFY(warning.summary().contains(QStringLiteral("80%")));
    QVERIFY(warning.advice().contains(QStringLiteral("Twilio")));

    const FreeNumberUsage full(10, 10);
    QVERIFY(full.advice().startsWith(QStringLiteral("Full: ")));
    QVERIFY(full.advice().contains(QStringLiteral("manual queue")));
    // Over the cap (Brightside: 7 in use, cap 5): said as it is, never "Congratulations".
    const FreeNumberUsage over(7, 5);
    QVERIFY2(over.advice().startsWith(QStringLiteral(
                     "Full: Vapi gives this account 5 free number(s), and 7 in use")),
            qPrintable(over.advice()));
    QCOMPARE(FreeNumberUsage::vapiDashboardUrl(Region::Eu).host(),
            QStringLiteral("dashboard.eu.vapi.ai"));
    QCOMPARE(FreeNumberUsage::twilioConsoleUrl().host(), QStringLiteral("console.twilio.com"));
}

QTEST_GUILESS_MAIN(TestFreeNumberUsage)
#include "TestFreeNumberUsage.moc"
