// SPDX-License-Identifier: Apache-2.0
// What an organization is set up with, as the wizard and `org add|edit` save it: the rules the
// workspace keeps whoever asks (issue 17: the slug changed on edit; a free-number cap had no
// place to be set). Judged by the workspace's rows, read back through the stores.
#include "core/domain/VapiAccount.h"
#include "core/setup/OrganizationSetup.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "TestSupport.h"

#include <QTest>

using namespace Switchboard;

class TestOrganizationSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theSlugStaysOnceChosen();
    void aCapSetByHandIsKeptWithItsSource();
    void aCapNeedsAnAccountOfItsOwnAndARange_data();
    void aCapNeedsAnAccountOfItsOwnAndARange();
    void numbersTakenOutOfTheListLeaveThePool();

private:
    bool save(OrganizationSetup &setup, QString *error)
    {
        return setup.save(*m_db, *m_organizations, *m_accounts, *m_pool, error);
    }
    std::optional<VapiAccount> ownAccount(qint64 organizationId) const
    {
        for (const VapiAccount &account : m_accounts->vapiAccounts()) {
            if (account.organizationId == organizationId)
                return account;
        }
        return std::nullopt;
    }

    std::unique_ptr<Test::TempWorkspace> m_ws;
    WorkspaceDatabase *m_db = nullptr;
    std::unique_ptr<OrganizationStore> m_organizations;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<NumberPoolStore> m_pool;
};

void TestOrganizationSetup::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->errorString()));
    m_db = &m_ws->database();
    m_organizations = std::make_unique<OrganizationStore>(*m_db);
    m_accounts = std::make_unique<AccountStore>(*m_db);
    m_pool = std::make_unique<NumberPoolStore>(*m_db);
}

void TestOrganizationSetup::cleanup()
{
    m_pool.reset();
    m_accounts.reset();
    m_organizations.reset();
    m_db = nullptr;
    m_ws.reset();
}

void TestOrganizationSetup::theSlugStaysOnceChosen()
{
    OrganizationSetup setup;
    setup.slug = QStringLiteral("acme-dental");
    setup.name = QStringLiteral("Acme Dental");
    QString error;
    QVERIFY2(save(setup, &error), qPrintable(error));

    auto edited = OrganizationSetup::load(setup.id, *m_organizations, *m_accounts, *m_pool);
    QVERIFY(edited);
    edited->slug = QStringLiteral("acme-dental-two");
    edited->name = QStringLiteral("Acme Dental Two");
    QVERIFY(!save(*edited, &error));
    QCOMPARE(error,
            QStringLiteral("slug: stays \"acme-dental\" once the organization exists; scripts and "
                           "exports name it by its slug"));
    const auto stored = m_organizations->findById(setup.id);
    QCOMPARE(stored->slug, QStringLiteral("acme-dental"));
    QCOMPARE(stored->name, QStringLiteral("Acme Dental")); // nothing of the edit was kept

    edited->slug = QStringLiteral("acme-dental");
    QVERIFY2(save(*edited, &error), qPrintable(error)); // the rest may change
    QCOMPARE(m_organizations->findById(setup.id)->name, QStringLiteral("Acme Dental Two"));
}

void TestOrganizationSetup::aCapSetByHandIsKeptWithItsSource()
{
    OrganizationSetup setup;
    setup.slug = QStringLiteral("white-label");
    setup.name = QStringLiteral("White Label");
    setup.ownVapiAccount = true;
    QString error;
    QVERIFY2(save(setup, &error), qPrintable(error));
    auto account = ownAccount(setup.id);
    QVERIFY(account);
    QCOMPARE(account->freeNumberCap, VapiAccount::DefaultFreeNumberCap);
    QVERIFY(account->capSource == CapSource::Documented);

    // The same cap again (a form that shows it) changes nothing: the source stays.
    auto edited = OrganizationSetup::load(setup.id, *m_organizations, *m_accounts, *m_pool);
    QCOMPARE(edited->freeNumberCap, std::optional<int>(VapiAccount::DefaultFreeNumberCap));
    QVERIFY2(save(*edited, &error), qPrintable(error));
    QVERIFY(ownAccount(setup.id)->capSource == CapSource::Documented);

    edited->freeNumberCap = 20;
    QVERIFY2(save(*edited, &error), qPrintable(error));
    account = ownAccount(setup.id);
    QCOMPARE(account->freeNumberCap, 20);
    QVERIFY(account->capSource == CapSource::Manual);
    QVERIFY(account->capSetAt.isValid());
}

void TestOrganizationSetup::aCapNeedsAnAccountOfItsOwnAndARange_data()
{
    QTest::addColumn<bool>("ownAccount");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("problem");
    QTest::newRow("the workspace's account")
            << false << 8
            << QStringLiteral("free-number cap: belongs to the "
                              "organization's own Vapi account; the "
                              "workspace's cap is one of the "
                              "workspace's settings");
    QTest::newRow("below zero") << true << -1
                                << QStringLiteral("free-number cap: must be between 0 and 1000");
    QTest::newRow("a typo") << true << 50000
                            << QStringLiteral("free-number cap: must be between 0 and 1000");
}

void TestOrganizationSetup::aCapNeedsAnAccountOfItsOwnAndARange()
{
    QFETCH(bool, ownAccount);
    QFETCH(int, cap);
    QFETCH(QString, problem);
    OrganizationSetup setup;
    setup.slug = QStringLiteral("capped");
    setup.name = QStringLiteral("Capped");
    setup.ownVapiAccount = ownAccount;
    setup.freeNumberCap = cap;
    const QList<FieldError> problems = setup.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().toString(), problem);
    QString error;
    QVERIFY(!save(setup, &error));
    QVERIFY(!m_organizations->findBySlug(QStringLiteral("capped")));
}

// Found by the walk: numbers deleted from the wizard's pool list stayed in the pool, and the
// chain gave them out after the wizard had said the pool was empty.
void TestOrganizationSetup::numbersTakenOutOfTheListLeaveThePool()
{
    OrganizationSetup setup;
    setup.slug = QStringLiteral("copperline");
    setup.name = QStringLiteral("Copperline");
    setup.twilioAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcd07");
    setup.poolNumbers = {QStringLiteral("+12065550101"), QStringLiteral("+12065550102"),
            QStringLiteral("+12065550103")};
    QString error;
    QVERIFY2(save(setup, &error), qPrintable(error));
    const qint64 account = m_accounts->organizationTwilioAccount(setup.id)->id;
    QCOMPARE(m_pool->numbers(account).size(), 3);

    // One is in use: an attempt holds it.
    const auto claimed = m_pool->claimNext(account, 0);
    QVERIFY(claimed);

    // Emptied: refused whole while one is in use, naming it.
    auto edited = OrganizationSetup::load(setup.id, *m_organizations, *m_accounts, *m_pool);
    QVERIFY(edited);
    edited->poolNumbers.clear();
    QVERIFY(!save(*edited, &error));
    QVERIFY2(error.contains(claimed->number.displayText())
                    && error.contains(QStringLiteral("in use")),
            qPrintable(error));
    QCOMPARE(m_pool->numbers(account).size(), 3); // nothing was changed

    // The free ones taken out of the list leave; the one in use, kept in the list, stays.
    edited = OrganizationSetup::load(setup.id, *m_organizations, *m_accounts, *m_pool);
    edited->poolNumbers = {claimed->number.toString()};
    QVERIFY2(save(*edited, &error), qPrintable(error));
    const QList<PoolNumber> left = m_pool->numbers(account);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().number, claimed->number);
}

QTEST_MAIN(TestOrganizationSetup)
#include "TestOrganizationSetup.moc"
