// SPDX-License-Identifier: Apache-2.0
// Where an organization's numbers come from after the free ones, as the meter and the
// organization list say it: judged from a workspace snapshot built by hand.
#include "core/provisioning/TwilioFallback.h"
#include "core/snapshot/WorkspaceSnapshot.h"

#include <QTest>

using namespace Switchboard;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

Organization organization(qint64 id)
{
    Organization o;
    o.id = id;
    o.slug = QStringLiteral("org-%1").arg(id);
    o.name = o.slug;
    return o;
}

TwilioAccount twilio(qint64 id, qint64 organizationId)
{
    TwilioAccount a;
    a.id = id;
    a.organizationId = organizationId;
    a.accountSid = QStringLiteral("AC%1").arg(id, 32, 10, QLatin1Char('0'));
    return a;
}

PoolNumber poolNumber(qint64 account, PoolNumber::State state,
        PoolNumber::TwilioCheck check = PoolNumber::TwilioCheck::Unchecked)
{
    static int next = 0;
    PoolNumber n;
    n.id = ++next;
    n.twilioAccountId = account;
    n.number = PhoneAddress::fromNumber(QStringLiteral("+1415555%1").arg(1000 + next));
    n.state = state;
    n.twilioCheck = check;
    n.twilioCheckedAt = Now.addSecs(-3600);
    return n;
}

} // namespace

class TestTwilioFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSetUp();
    void spareNumbersOfTheOrganizationsOwnAccountComeFirst();
    void anEmptyPoolWithoutBuyingServesNobody();
    void theWorkspacesAccountServesTheOthers();
};

void TestTwilioFallback::nothingSetUp()
{
    WorkspaceSnapshot w;
    w.organizations << organization(1);
    const TwilioFallback fallback = TwilioFallback::of(w, 1, Now);
    QVERIFY(!fallback.isSetUp());
    QVERIFY(!fallback.canServe());
    QVERIFY(fallback.servingText().isEmpty());
}

void TestTwilioFallback::spareNumbersOfTheOrganizationsOwnAccountComeFirst()
{
    WorkspaceSnapshot w;
    w.organizations << organization(1);
    w.twilioAccounts << twilio(10, 1) << twilio(20, 0);
    // Spare: available and not set aside; imported, reserved and refused numbers are not.
    w.poolNumbers << poolNumber(10, PoolNumber::State::Available)
                  << poolNumber(10, PoolNumber::State::Available)
                  << poolNumber(10, PoolNumber::State::Imported)
                  << poolNumber(10, PoolNumber::State::Reserved)
                  << poolNumber(10, PoolNumber::State::Available, PoolNumber::TwilioCheck::Missing)
                  << poolNumber(20, PoolNumber::State::Available);
    const TwilioFallback fallback = TwilioFallback::of(w, 1, Now);
    QCOMPARE(fallback.links.size(), 2);
    QVERIFY(fallback.links.at(0).strategy == Strategy::OrganizationTwilio);
    QCOMPARE(fallback.links.at(0).spareNumbers, 2);
    QCOMPARE(fallback.links.at(1).spareNumbers, 1);
    QVERIFY(fallback.canServe());
    QCOMPARE(fallback.servingText(),
            QStringLiteral("the organization's Twilio account (2 spare number(s) in its pool)"));
}

void TestTwilioFallback::anEmptyPoolWithoutBuyingServesNobody()
{
    WorkspaceSnapshot w;
    Organization o = organization(1);
    w.organizations << o;
    w.twilioAccounts << twilio(10, 1);
    w.poolNumbers << poolNumber(10, PoolNumber::State::Imported);
    TwilioFallback fallback = TwilioFallback::of(w, 1, Now);
    QVERIFY(fallback.isSetUp());
    QVERIFY(!fallback.canServe());
    QCOMPARE(fallback.emptyText(), QStringLiteral("the organization's Twilio account"));

    // Buying allowed, but with a limit of 0, buys nothing; with a limit it serves.
    w.organizations.first().allowPurchase = true;
    QVERIFY(!TwilioFallback::of(w, 1, Now).canServe());
    w.organizations.first().monthlyPurchaseLimit = 3;
    fallback = TwilioFallback::of(w, 1, Now);
    QVERIFY(fallback.canServe());
    QCOMPARE(fallback.servingText(),
            QStringLiteral(
                    "the organization's Twilio account (bought as needed, within its monthly "
                    "limit)"));
}

void TestTwilioFallback::theWorkspacesAccountServesTheOthers()
{
    WorkspaceSnapshot w;
    w.organizations << organization(1) << organization(2);
    w.twilioAccounts << twilio(10, 1) << twilio(20, 0);
    w.workspaceAllowsPurchase = true;
    w.workspaceMonthlyPurchaseLimit = 5;
    // Organization 2 has no account of its own: only the workspace's serves it; organization
    // 1's pool is never offered to it.
    w.poolNumbers << poolNumber(10, PoolNumber::State::Available);
    const TwilioFallback other = TwilioFallback::of(w, 2, Now);
    QCOMPARE(other.links.size(), 1);
    QVERIFY(other.links.constFirst().strategy == Strategy::WorkspaceTwilio);
    QCOMPARE(other.links.constFirst().spareNumbers, 0);
    QCOMPARE(other.servingText(),
            QStringLiteral(
                    "the workspace's Twilio account (bought as needed, within its monthly limit)"));
    // "All organizations": the workspace's link alone.
    QCOMPARE(TwilioFallback::of(w, 0, Now).links.size(), 1);
    // An organization that is gone has no fallback.
    QVERIFY(!TwilioFallback::of(w, 99, Now).isSetUp());
}

QTEST_GUILESS_MAIN(TestTwilioFallback)
#include "TestTwilioFallback.moc"
