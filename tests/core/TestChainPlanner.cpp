// SPDX-License-Identifier: Apache-2.0
// The chain's rules as a table: for each state, which links are tried, which buy, and what the
// reason says. The provisioning tests run the chain against the sandbox; these pin the rules.
#include "core/provisioning/ChainPlanner.h"

#include <QTest>
#include <QTimeZone>

using namespace Switchboard;

namespace {

enum Link {
    Free,
    OrgTwilio,
    WorkspaceTwilio,
    Manual
};

TwilioLinkState twilio(int pool, bool allowPurchase = false, int limit = 0, int bought = 0)
{
    TwilioLinkState link;
    TwilioAccount account;
    account.accountSid = QStringLiteral("AC00000000000000000000000000000001");
    link.account = account;
    link.poolAvailable = pool;
    link.allowPurchase = allowPurchase;
    link.monthlyPurchaseLimit = limit;
    link.purchasesThisMonth = bought;
    return link;
}

ChainState withVapi(int used, int cap)
{
    ChainState state;
    state.organization.slug = QStringLiteral("acme");
    state.organization.preferredAreaCode = QStringLiteral("415");
    VapiAccount account;
    account.freeNumberCap = cap;
    state.vapiAccount = account;
    state.usage = FreeNumberUsage(used, cap);
    return state;
}

} // namespace

Q_DECLARE_METATYPE(ChainState)

class TestChainPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void aTrialAccountIsNotBoughtFrom();
    void passedOverPoolNumbersAreNamed();
    void sipUriIsPerAssistantAndRegion();
};

void TestChainPlanner::plan_data()
{
    QTest::addColumn<ChainState>("state");
    // Four letters, one per link (free, organization Twilio, workspace Twilio, manual):
    // T tried, B tried by buying, - skipped.
    QTest::addColumn<QString>("expected");
    // A word each skipped or tried link's reason must contain, by link; empty: not checked.
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("free numbers left") << withVapi(2, 5) << QStringLiteral("T--T")
                                       << QStringList{QStringLiteral("area code 415"), {}, {}, {}};
    {
        ChainState state = withVapi(5, 5);
        QTest::newRow("cap reached, no Twilio")
                << state << QStringLiteral("---T")
                << QStringList{QStringLiteral("used up"), QStringLiteral("no Twilio account"),
                           QStringLiteral("no Twilio account"), {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.capRecheckDue = true;
        QTest::newRow("learned cap due for a re-check")
                << state << QStringLiteral("T--T")
                << QStringList{QStringLiteral("still holds"), {}, {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.capRecheckDue = true;
        state.freeNumbersInFlight = 1;
        QTest::newRow("re-check already in flight")
                << state << QStringLiteral("---T")
                << QStringList{QStringLiteral("used up"), {}, {}, {}};
    }
    {
        ChainState state = withVapi(0, 5);
        state.waitingForPaymentMethod = true;
        state.vapiAccount->paymentRequiredAt
                = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        QTest::newRow("payment method missing")
                << state << QStringLiteral("---T")
                << QStringList{QStringLiteral("payment"), {}, {}, {}};
    }
    {
        ChainState state;
        QTest::newRow("no Vapi account")
                << state << QStringLiteral("---T")
                << QStringList{QStringLiteral("No Vapi account"), {}, {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.organizationTwilio = twilio(3);
        QTest::newRow("organization pool")
                << state << QStringLiteral("-T-T")
                << QStringList{{}, QStringLiteral("3 available"), {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.organizationTwilio = twilio(0);
        state.workspaceTwilio = twilio(1);
        QTest::newRow("organization pool used up, buying off")
                << state << QStringLiteral("--TT")
                << QStringList{
                           {}, QStringLiteral("not allowed"), QStringLiteral("1 available"), {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.organizationTwilio = twilio(0, true, 20, 19);
        QTest::newRow("one purchase left") << state << QStringLiteral("-B-T")
                                           << QStringList{{}, QStringLiteral("19 of 20"), {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.organizationTwilio = twilio(0, true, 20, 20);
        QTest::newRow("purchase limit reached")
                << state << QStringLiteral("---T")
                << QStringList{{}, QStringLiteral("limit (20) is reached"), {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.organizationTwilio = twilio(0, true, 0, 0);
        QTest::newRow("purchase allowed with a limit of 0")
                << state << QStringLiteral("---T")
                << QStringList{{}, QStringLiteral("limit (0) is reached"), {}, {}};
    }
    {
        ChainState state = withVapi(5, 5);
        state.workspaceTwilio = twilio(0, true, 5, 2);
        QTest::newRow("workspace buys") << state << QStringLiteral("--BT")
                                        << QStringList{{}, {}, QStringLiteral("2 of 5"), {}};
    }
}

void TestChainPlanner::plan()
{
    QFETCH(ChainState, state);
    QFETCH(QString, expected);
    QFETCH(QStringList, reasons);
    const QList<LinkDecision> decisions = ChainPlanner::plan(state);
    QCOMPARE(decisions.size(), 4);
    const QList<Strategy> order{Strategy::VapiFree, Strategy::OrganizationTwilio,
            Strategy::WorkspaceTwilio, Strategy::Manual};
    QString actual;
    for (int i = 0; i < 4; ++i) {
        const LinkDecision &d = decisions.at(i);
        QVERIFY(d.strategy == order.at(i));
        QVERIFY2(!d.reason.isEmpty(), "every link says why");
        actual += !d.attempt ? u'-' : d.purchase ? u'B' : u'T';
        if (!reasons.at(i).isEmpty())
            QVERIFY2(d.reason.contains(reasons.at(i)), qPrintable(d.reason));
    }
    QCOMPARE(actual, expected);
}

void TestChainPlanner::aTrialAccountIsNotBoughtFrom()
{
    ChainState state = withVapi(5, 5);
    state.organizationTwilio = twilio(0, true, 10, 1);
    state.organizationTwilio.account->trialAt
            = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    const LinkDecision d
            = ChainPlanner::decideTwilio(Strategy::OrganizationTwilio, state.organizationTwilio);
    QVERIFY(!d.attempt);
    QVERIFY(!d.purchase);
    QVERIFY2(d.reason.contains(QStringLiteral("trial account")), qPrintable(d.reason));
    QVERIFY2(d.reason.contains(QStringLiteral("2026-11-02")), qPrintable(d.reason));
}

void TestChainPlanner::passedOverPoolNumbersAreNamed()
{
    TwilioLinkState link = twilio(0);
    link.poolSetAside = 2;
    const LinkDecision d = ChainPlanner::decideTwilio(Strategy::WorkspaceTwilio, link);
    QVERIFY(!d.attempt);
    QVERIFY2(d.reason.contains(QStringLiteral("2 pool number(s) passed over"))
                    || d.reason.contains(QStringLiteral("2 pool numbers passed over")),
            qPrintable(d.reason));
}

void TestChainPlanner::sipUriIsPerAssistantAndRegion()
{
    Organization organization;
    organization.slug = QStringLiteral("acme-dental");
    QCOMPARE(ChainPlanner::sipUriFor(organization, Region::Us, QStringLiteral("3F2B8C1E-9999")),
            QStringLiteral("sip:acme-dental-3f2b8c1e@sip.vapi.ai"));
    QCOMPARE(ChainPlanner::sipUriFor(organization, Region::Eu, QStringLiteral("3f2b8c1e")),
            QStringLiteral("sip:acme-dental-3f2b8c1e@sip.eu.vapi.ai"));
}

QTEST_GUILESS_MAIN(TestChainPlanner)
#include "TestChainPlanner.moc"
