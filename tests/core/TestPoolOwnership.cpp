// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/PoolOwnership.h"

#include "TestSupport.h"

#include <QTest>

using namespace Switchboard;

// Which pool holds a number: an organization's (named) or the workspace's, never the pool the
// numbers are being added to.
class TestPoolOwnership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsTheOrganizationOrTheWorkspace();
    void leavesOutTheAccountBeingEdited();
    void refusalNamesWhoHoldsIt();

private:
    static PhoneAddress number(const char *e164)
    {
        return PhoneAddress::parse(QLatin1String(e164));
    }

    std::unique_ptr<Test::TempWorkspace> m_ws;
    Organization m_acme;
    TwilioAccount m_acmeTwilio;
    TwilioAccount m_workspaceTwilio;
};

void TestPoolOwnership::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->errorString()));
    OrganizationStore organizations(m_ws->database());
    AccountStore accounts(m_ws->database());
    NumberPoolStore pool(m_ws->database());
    m_acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
    QVERIFY(organizations.add(m_acme));
    m_acmeTwilio = {};
    m_acmeTwilio.organizationId = m_acme.id;
    m_acmeTwilio.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(accounts.saveTwilioAccount(m_acmeTwilio));
    m_workspaceTwilio = {};
    m_workspaceTwilio.accountSid = QStringLiteral("AC22222222222222222222222222222222");
    QVERIFY(accounts.saveTwilioAccount(m_workspaceTwilio));
    QCOMPARE(Test::addToPool(
                     pool, m_acmeTwilio.id, {number("+14155550100"), number("+14155550101")}),
            2);
    QCOMPARE(Test::addToPool(pool, m_workspaceTwilio.id, {number("+13125550100")}), 1);
}

void TestPoolOwnership::cleanup()
{
    m_ws.reset();
}

void TestPoolOwnership::findsTheOrganizationOrTheWorkspace()
{
    const PoolOwnership ownership(m_ws->database());
    QString error;
    const QList<PoolHolder> holders
            = ownership.holders({number("+13125550100"), number("+19175550100"),
                                        number("+14155550101"), number("+13125550100")},
                    0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(holders.size(), 2); // in the order asked, each number once
    QCOMPARE(holders.at(0).number, number("+13125550100"));
    QVERIFY(holders.at(0).isWorkspace());
    QCOMPARE(holders.at(0).twilioAccountId, m_workspaceTwilio.id);
    QCOMPARE(holders.at(1).number, number("+14155550101"));
    QCOMPARE(holders.at(1).organizationId, m_acme.id);
    QCOMPARE(holders.at(1).organizationName, QStringLiteral("Acme Dental"));
    QVERIFY(ownership.holders({}, 0).isEmpty());
    QVERIFY(ownership.holders({number("+19175550100")}, 0).isEmpty());
}

void TestPoolOwnership::leavesOutTheAccountBeingEdited()
{
    const PoolOwnership ownership(m_ws->database());
    QVERIFY(ownership.holders({number("+14155550100")}, m_acmeTwilio.id).isEmpty());
    QCOMPARE(ownership.holders({number("+14155550100")}, m_workspaceTwilio.id).size(), 1);
    QVERIFY(ownership.holders({number("+13125550100")}, m_workspaceTwilio.id).isEmpty());
}

void TestPoolOwnership::refusalNamesWhoHoldsIt()
{
    const PoolOwnership ownership(m_ws->database());
    const QList<PoolHolder> holders
            = ownership.holders({number("+14155550100"), number("+13125550100")}, 0);
    QCOMPARE(holders.size(), 2);
    QCOMPARE(PoolOwnership::refusal(holders.at(0)),
            QStringLiteral("+1 415-555-0100 is already in the number pool of Acme Dental; a "
                           "number can be in one pool only."));
    QCOMPARE(PoolOwnership::refusal(holders.at(1)),
            QStringLiteral("+1 312-555-0100 is already in the workspace's pool; a number can be in "
                           "one pool only."));
}

QTEST_GUILESS_MAIN(TestPoolOwnership)
#include "TestPoolOwnership.moc"
