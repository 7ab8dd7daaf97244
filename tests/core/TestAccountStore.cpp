// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/OrganizationStore.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vapiAccountServingPrefersOwn();
    void observedCapIsRecorded();
    void oneAccountPerOwner();
    void writesToAnAccountThatIsGoneSaySo();
    void twilioAccountsValidateSids_data();
    void twilioAccountsValidateSids();
    void twilioWorkspaceAndOrganization();
    void removingOrganizationRemovesItsAccounts();
};

void TestAccountStore::vapiAccountServingPrefersOwn()
{
    Test::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.errorString()));
    OrganizationStore organizations(ws.database());
    AccountStore accounts(ws.database());
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(organizations.add(acme));
    QVERIFY(organizations.add(zeta));

    QVERIFY(!accounts.vapiAccountServing(acme.id)); // nothing set up yet
    VapiAccount workspace;
    workspace.label = QStringLiteral("Agency");
    QSignalSpy changed(&accounts, &AccountStore::changed);
    QVERIFY(accounts.saveVapiAccount(workspace));
    QCOMPARE(changed.count(), 1);
    VapiAccount own;
    own.organizationId = zeta.id;
    own.region = Region::Eu;
    own.freeNumberCap = 5;
    QVERIFY(accounts.saveVapiAccount(own));

    QCOMPARE(accounts.vapiAccountServing(acme.id)->id, workspace.id);
    const auto zetaAccount = accounts.vapiAccountServing(zeta.id);
    QCOMPARE(zetaAccount->id, own.id);
    QVERIFY(zetaAccount->region == Region::Eu);
    QCOMPARE(zetaAccount->freeNumberCap, 5);
    QVERIFY(accounts.workspaceVapiAccount()->isWorkspaceAccount());
    QCOMPARE(accounts.vapiAccounts().size(), 2);
    QCOMPARE(organizations.findById(zeta.id)->vapiAccountId, own.id);
}

void TestAccountStore::observedCapIsRecorded()
{
    Test::TempWorkspace ws;
    AccountStore accounts(ws.database());
    VapiAccount account;
    QVERIFY(accounts.saveVapiAccount(account));
    QCOMPARE(accounts.vapiAccount(account.id)->freeNumberCap, VapiAccount::DefaultFreeNumberCap);
    QVERIFY(accounts.vapiAccount(account.id)->capSource == CapSource::Documented);
    QVERIFY(!accounts.vapiAccount(account.id)->capSetAt.isValid());

    const QDateTime when = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    QVERIFY(accounts.recordLearnedCap(account.id, 3, when));
    auto reread = accounts.vapiAccount(account.id);
    QCOMPARE(reread->freeNumberCap, 3);
    QCOMPARE(reread->capSetAt, when);
    QVERIFY(reread->capSource == CapSource::Learned);

    // A number granted at or under the cap changes nothing; over it, the cap rises.
    QVERIFY(accounts.recordFreeNumberGranted(account.id, 3, when.addDays(1)));
    QCOMPARE(accounts.vapiAccount(account.id)->capSetAt, when);
    QVERIFY(accounts.recordFreeNumberGranted(account.id, 4, when.addDays(2)));
    reread = accounts.vapiAccount(account.id);
    QCOMPARE(reread->freeNumberCap, 4);
    QCOMPARE(reread->capSetAt, when.addDays(2));

    // A payment gate is kept apart from the cap, and ends with a re-check or a granted number.
    QVERIFY(accounts.recordPaymentRequired(account.id, when.addDays(3)));
    reread = accounts.vapiAccount(account.id);
    QCOMPARE(reread->paymentRequiredAt, when.addDays(3));
    QCOMPARE(reread->freeNumberCap, 4);
    QVERIFY(accounts.requestCapRecheck(account.id, when.addDays(4)));
    QCOMPARE(accounts.vapiAccount(account.id)->capRecheckRequestedAt, when.addDays(4));
    QVERIFY(accounts.recordFreeNumberGranted(account.id, 2, when.addDays(5)));
    reread = accounts.vapiAccount(account.id);
    QVERIFY(!reread->paymentRequiredAt.isValid());
    QVERIFY(!reread->capRecheckRequestedAt.isValid());
    QCOMPARE(reread->freeNumberCap, 4);

    QVERIFY(accounts.setCapByHand(account.id, 7, when.addDays(6)));
    reread = accounts.vapiAccount(account.id);
    QCOMPARE(reread->freeNumberCap, 7);
    QVERIFY(reread->capSource == CapSource::Manual);
    QVERIFY(!accounts.setCapByHand(account.id + 100, 7, when));
}

void TestAccountStore::oneAccountPerOwner()
{
    Test::TempWorkspace ws;
    AccountStore accounts(ws.database());
    VapiAccount first;
    VapiAccount second;
    QVERIFY(accounts.saveVapiAccount(first));
    // A second one for the same owner is the input's fault, not the database's.
    const WriteResult refused = accounts.saveVapiAccount(second);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(refused.field(), QStringLiteral("vapi-account"));
    QVERIFY(!refused.message().isEmpty());
    QCOMPARE(accounts.vapiAccounts().size(), 1);
}

void TestAccountStore::writesToAnAccountThatIsGoneSaySo()
{
    // Before: saving an account the workspace no longer held returned success and changed
    // nothing, so a caller believed an edit that was lost.
    Test::TempWorkspace ws;
    AccountStore accounts(ws.database());
    QSignalSpy changed(&accounts, &AccountStore::changed);
    VapiAccount gone;
    gone.id = 4242;
    gone.label = QStringLiteral("Gone");
    const WriteResult saved = accounts.saveVapiAccount(gone);
    QVERIFY(saved.kind() == WriteResult::Kind::NotFound);
    QCOMPARE(saved.message(), QStringLiteral("That Vapi account is no longer in the workspace."));
    TwilioAccount goneTwilio;
    goneTwilio.id = 4242;
    goneTwilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QVERIFY(accounts.saveTwilioAccount(goneTwilio).kind() == WriteResult::Kind::NotFound);
    QVERIFY(accounts.setTwilioTrial(4242, QDateTime::currentDateTimeUtc()).kind()
            == WriteResult::Kind::NotFound);
    QVERIFY(accounts.removeVapiAccount(4242).kind() == WriteResult::Kind::NotFound);
    QVERIFY(accounts.removeTwilioAccount(4242).kind() == WriteResult::Kind::NotFound);
    QVERIFY(accounts.recordLearnedCap(4242, 3, QDateTime::currentDateTimeUtc()).kind()
            == WriteResult::Kind::NotFound);
    QCOMPARE(changed.count(), 0);
    QVERIFY(accounts.vapiAccounts().isEmpty());
    QVERIFY(accounts.twilioAccounts().isEmpty());

    // A bad input is refused, naming it; the database was not asked.
    VapiAccount negative;
    negative.freeNumberCap = -1;
    const WriteResult refused = accounts.saveVapiAccount(negative);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(refused.field(), QStringLiteral("cap"));
}

void TestAccountStore::twilioAccountsValidateSids_data()
{
    QTest::addColumn<QString>("accountSid");
    QTest::addColumn<bool>("apiKey");
    QTest::addColumn<QString>("apiKeySid");
    QTest::addColumn<QString>("errorPrefix");

    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("good token") << (u"AC" + hex) << false << QString() << QString();
    QTest::newRow("good key") << (u"AC" + hex) << true << (u"SK" + hex) << QString();
    QTest::newRow("bad account") << (u"AX" + hex) << false << QString()
                                 << QStringLiteral("Twilio account SID:");
    QTest::newRow("bad key") << (u"AC" + hex) << true << (u"AC" + hex)
                             << QStringLiteral("Twilio API key SID:");
}

void TestAccountStore::twilioAccountsValidateSids()
{
    QFETCH(QString, accountSid);
    QFETCH(bool, apiKey);
    QFETCH(QString, apiKeySid);
    QFETCH(QString, errorPrefix);

    Test::TempWorkspace ws;
    AccountStore accounts(ws.database());
    TwilioAccount account;
    account.accountSid = accountSid;
    account.authMode = apiKey ? TwilioAuthMode::ApiKey : TwilioAuthMode::AuthToken;
    account.apiKeySid = apiKeySid;
    const WriteResult saved = accounts.saveTwilioAccount(account);
    QCOMPARE(saved.ok(), errorPrefix.isEmpty());
    QVERIFY2(saved.message().startsWith(errorPrefix), qPrintable(saved.message()));
    QCOMPARE(accounts.twilioAccounts().size(), errorPrefix.isEmpty() ? 1 : 0);
    if (errorPrefix.isEmpty()) {
        const auto saved = accounts.twilioAccount(account.id);
        QVERIFY(saved->authMode == account.authMode);
        QCOMPARE(saved->apiKeySid, apiKeySid);
    }
}

void TestAccountStore::twilioWorkspaceAndOrganization()
{
    Test::TempWorkspace ws;
    OrganizationStore organizations(ws.database());
    AccountStore accounts(ws.database());
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(organizations.add(acme));

    TwilioAccount global;
    global.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    TwilioAccount own;
    own.organizationId = acme.id;
    own.accountSid = QStringLiteral("AC22222222222222222222222222222222");
    QVERIFY(accounts.saveTwilioAccount(global));
    QVERIFY(accounts.saveTwilioAccount(own));
    QCOMPARE(accounts.workspaceTwilioAccount()->accountSid, global.accountSid);
    QCOMPARE(accounts.organizationTwilioAccount(acme.id)->accountSid, own.accountSid);

    own.accountSid = QStringLiteral("AC33333333333333333333333333333333");
    QVERIFY(accounts.saveTwilioAccount(own));
    QCOMPARE(accounts.organizationTwilioAccount(acme.id)->accountSid, own.accountSid);
    QCOMPARE(accounts.twilioAccounts().size(), 2);
}

void TestAccountStore::removingOrganizationRemovesItsAccounts()
{
    Test::TempWorkspace ws;
    OrganizationStore organizations(ws.database());
    AccountStore accounts(ws.database());
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(organizations.add(acme));
    TwilioAccount own;
    own.organizationId = acme.id;
    own.accountSid = QStringLiteral("AC22222222222222222222222222222222");
    QVERIFY(accounts.saveTwilioAccount(own));
    VapiAccount ownVapi;
    ownVapi.organizationId = acme.id;
    QVERIFY(accounts.saveVapiAccount(ownVapi));

    QVERIFY(organizations.remove(acme.id));
    QVERIFY(accounts.twilioAccounts().isEmpty());
    QVERIFY(accounts.vapiAccounts().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "TestAccountStore.moc"
