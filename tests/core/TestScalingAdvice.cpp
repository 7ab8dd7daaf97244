// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/ScalingAdvice.h"

#include <QTest>

using namespace Switchboard;

class TestScalingAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stages_data();
    void stages();
    void costs();
    void nextStepsDependOnTwilio();
};

void TestScalingAdvice::stages_data()
{
    QTest::addColumn<int>("organizations");
    QTest::addColumn<int>("freeUsed");
    QTest::addColumn<int>("twilioNumbers");
    QTest::addColumn<QString>("stage");

    QTest::newRow("first customers") << 3 << 3 << 0 << "free-numbers";
    QTest::newRow("warning still free") << 8 << 8 << 0 << "free-numbers";
    QTest::newRow("cap reached") << 10 << 10 << 0 << "twilio";
    // Pool numbers held while free ones remain are a cost, not the stage: the next number is
    // free (found on the console: "Twilio" beside an organization with free numbers left).
    QTest::newRow("pool numbers, free left") << 3 << 5 << 2 << "free-numbers";
    QTest::newRow("twilio in use") << 12 << 10 << 2 << "twilio";
    QTest::newRow("49 customers") << 49 << 10 << 39 << "twilio";
    QTest::newRow("50 customers") << 50 << 10 << 40 << "multi-organization-twilio";
}

void TestScalingAdvice::stages()
{
    QFETCH(int, organizations);
    QFETCH(int, freeUsed);
    QFETCH(int, twilioNumbers);
    QFETCH(QString, stage);

    ScalingInputs inputs;
    inputs.organizations = organizations;
    inputs.assistants = freeUsed + twilioNumbers;
    inputs.freeNumbersUsed = freeUsed;
    inputs.twilioNumbers = twilioNumbers;
    const ScalingAdvice advice = ScalingAdvice::advise(inputs);
    QCOMPARE(toString(advice.stage), stage);
    QVERIFY(!advice.nextSteps.isEmpty());
    QVERIFY(!advice.setupTime.isEmpty());
    QVERIFY(!advice.links.isEmpty());
}

void TestScalingAdvice::costs()
{
    ScalingInputs inputs;
    inputs.freeNumbersUsed = 7;
    inputs.freeNumberCap = 10;
    inputs.twilioNumbers = 0;
    inputs.twilioNumberMonthlyPrice = 1.15;
    ScalingAdvice advice = ScalingAdvice::advise(inputs);
    QCOMPARE(advice.monthlyCostNow, 0.0);
    QCOMPARE(advice.monthlyCostAfter10More, 7 * 1.15); // 3 more are free, 7 cost
    QCOMPARE(advice.monthlyCostAfter50More, 47 * 1.15);

    inputs.freeNumbersUsed = 10;
    inputs.twilioNumbers = 4;
    inputs.twilioNumberMonthlyPrice = 2.0;
    advice = ScalingAdvice::advise(inputs);
    QCOMPARE(advice.monthlyCostNow, 8.0);
    QCOMPARE(advice.monthlyCostAfter10More, 28.0);
    QCOMPARE(advice.monthlyCostAfter50More, 108.0);
}

void TestScalingAdvice::nextStepsDependOnTwilio()
{
    ScalingInputs inputs;
    inputs.organizations = 12;
    inputs.freeNumbersUsed = 10;
    const ScalingAdvice without = ScalingAdvice::advise(inputs);
    QVERIFY(without.nextSteps.constFirst().contains(QStringLiteral("Set up Twilio")));
    inputs.workspaceTwilioConfigured = true;
    const ScalingAdvice with = ScalingAdvice::advise(inputs);
    QVERIFY(!with.nextSteps.constFirst().contains(QStringLiteral("Set up Twilio")));
    QVERIFY(with.setupTime.startsWith(QStringLiteral("Done")));
}

QTEST_GUILESS_MAIN(TestScalingAdvice)
#include "TestScalingAdvice.moc"
