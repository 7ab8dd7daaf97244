// SPDX-License-Identifier: Apache-2.0
// The workspace's own setup, as Settings and `workspace set` save it: all of it or nothing.
// Here the pool editor's part (issue 17): a number taken out of the pool only while no
// provisioning holds it, even when one claims it between the dialog opening and OK.
#include "core/domain/TwilioAccount.h"
#include "core/setup/WorkspaceSetup.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceStores.h"

#include "TestSupport.h"

#include <QTest>

using namespace Switchboard;

class TestWorkspaceSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aFreeNumberLeavesThePool();
    void aNumberClaimedMeanwhileStaysAndNothingChanges();

private:
    QList<QString> pool() const
    {
        QStringList numbers;
        for (const PoolNumber &number : m_pool->numbers(m_twilio.id))
            numbers << number.number.toString();
        numbers.sort();
        return numbers;
    }
    qint64 idOf(const QString &e164) const
    {
        for (const PoolNumber &number : m_pool->numbers(m_twilio.id)) {
            if (number.number.toString() == e164)
                return number.id;
        }
        return 0;
    }

    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<NumberPoolStore> m_pool;
    std::unique_ptr<WorkspaceSettings> m_settings;
    WorkspaceStores m_stores;
    TwilioAccount m_twilio;
};

void TestWorkspaceSetup::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->errorString()));
    m_accounts = std::make_unique<AccountStore>(m_ws->database());
    m_pool = std::make_unique<NumberPoolStore>(m_ws->database());
    m_settings = std::make_unique<WorkspaceSettings>(m_ws->database());
    m_stores.database = &m_ws->database();
    m_stores.accounts = m_accounts.get();
    m_stores.pool = m_pool.get();
    m_stores.settings = m_settings.get();
    m_twilio = {};
    m_twilio.label = QStringLiteral("Workspace");
    m_twilio.accountSid = QStringLiteral("AC") + QString(32, u'a');
    QVERIFY(m_accounts->saveTwilioAccount(m_twilio));
    QCOMPARE(Test::addToPool(*m_pool, m_twilio.id,
                     {PhoneAddress::parse(QStringLiteral("+14155550190")),
                             PhoneAddress::parse(QStringLiteral("+14155550191"))}),
            2);
}

void TestWorkspaceSetup::cleanup()
{
    m_stores = {};
    m_settings.reset();
    m_pool.reset();
    m_accounts.reset();
    m_ws.reset();
}

void TestWorkspaceSetup::aFreeNumberLeavesThePool()
{
    WorkspaceSetup setup;
    setup.poolNumbersRemoved = {idOf(QStringLiteral("+14155550190"))};
    setup.poolNumbers = {PhoneAddress::parse(QStringLiteral("+14155550192"))};
    const WriteResult saved = setup.save(m_stores);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(pool(), QStringList({QStringLiteral("+14155550191"), QStringLiteral("+14155550192")}));
}

void TestWorkspaceSetup::aNumberClaimedMeanwhileStaysAndNothingChanges()
{
    const qint64 id = idOf(QStringLiteral("+14155550190"));
    // The dialog showed it free; a provisioning claims it before OK.
    const auto claimed = m_pool->claimNext(m_twilio.id, 7);
    QVERIFY(claimed);
    QCOMPARE(claimed->id, id);

    WorkspaceSetup setup;
    setup.defaultAreaCode = QStringLiteral("303");
    setup.poolNumbersRemoved = {id};
    const WriteResult saved = setup.save(m_stores);
    QVERIFY(!saved);
    QVERIFY(saved.kind() == WriteResult::Kind::Refused);
    QCOMPARE(saved.field(), QStringLiteral("pool"));
    QCOMPARE(saved.message(),
            QStringLiteral("+1 415-555-0190 is in use (a provisioning took it, or it is in Vapi) "
                           "and stays in the pool; nothing was changed"));
    QCOMPARE(pool(), QStringList({QStringLiteral("+14155550190"), QStringLiteral("+14155550191")}));
    QVERIFY(m_settings->defaultAreaCode() != QStringLiteral("303")); // all of it or nothing
}

QTEST_MAIN(TestWorkspaceSetup)
#include "TestWorkspaceSetup.moc"
