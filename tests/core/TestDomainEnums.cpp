// SPDX-License-Identifier: Apache-2.0
#include "core/domain/DomainEnums.h"

#include <QTest>

using namespace Switchboard;

class TestDomainEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void providerVocabularyIsLenient();
    void ownVocabularyIsStrict();
};

void TestDomainEnums::roundTrips()
{
    for (Strategy s : {Strategy::VapiFree, Strategy::OrganizationTwilio, Strategy::WorkspaceTwilio,
                 Strategy::Manual})
        QVERIFY(strategyFromString(toString(s)) == s);
    for (AttemptOutcome o : {AttemptOutcome::InFlight, AttemptOutcome::Succeeded,
                 AttemptOutcome::ManualQueued, AttemptOutcome::Failed, AttemptOutcome::Cancelled})
        QVERIFY(attemptOutcomeFromString(toString(o)) == o);
    for (StepStatus s :
            {StepStatus::Skipped, StepStatus::InFlight, StepStatus::Succeeded, StepStatus::Failed})
        QVERIFY(stepStatusFromString(toString(s)) == s);
    for (ManualTaskState s :
            {ManualTaskState::Open, ManualTaskState::Completed, ManualTaskState::Cancelled})
        QVERIFY(manualTaskStateFromString(toString(s)) == s);
    QVERIFY(regionFromString(QStringLiteral("eu")) == Region::Eu);
    QVERIFY(twilioAuthModeFromString(QStringLiteral("api-key")) == TwilioAuthMode::ApiKey);
    QCOMPARE(toString(NumberProvider::ByoPhoneNumber), QStringLiteral("byo-phone-number"));
    QCOMPARE(toString(Strategy::VapiFree), QStringLiteral("vapi-free"));
}

void TestDomainEnums::providerVocabularyIsLenient()
{
    QVERIFY(numberProviderFromString(QStringLiteral("twilio")) == NumberProvider::Twilio);
    QVERIFY(numberProviderFromString(QStringLiteral("someday-new")) == NumberProvider::Unknown);
    QVERIFY(numberStatusFromString(QStringLiteral("activating")) == NumberStatus::Activating);
    QVERIFY(numberStatusFromString(QStringLiteral("suspended")) == NumberStatus::Unknown);
}

void TestDomainEnums::ownVocabularyIsStrict()
{
    QVERIFY(!strategyFromString(QStringLiteral("free")).has_value());
    QVERIFY(!regionFromString(QStringLiteral("asia")).has_value());
    QVERIFY(!attemptOutcomeFromString(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestDomainEnums)
#include "TestDomainEnums.moc"
