// SPDX-License-Identifier: Apache-2.0
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addFindUpdateRemove();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsDuplicateSlug();
    void servingVapiAccountPrefersOwn();

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    WorkspaceDatabase *m_db = nullptr;
};

void TestOrganizationStore::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->errorString()));
    m_db = &m_ws->database();
}

void TestOrganizationStore::cleanup()
{
    m_db = nullptr;
    m_ws.reset();
}

void TestOrganizationStore::addFindUpdateRemove()
{
    OrganizationStore store(*m_db);
    QSignalSpy changed(&store, &OrganizationStore::changed);

    Organization acme;
    acme.slug = QStringLiteral("acme-dental");
    acme.name = QStringLiteral("  Acme Dental ");
    acme.preferredAreaCode = QStringLiteral("415");
    acme.preferSip = true;
    QString error;
    QVERIFY2(store.add(acme, &error), qPrintable(error));
    QVERIFY(acme.id > 0);
    QCOMPARE(changed.count(), 1);

    auto found = store.findBySlug(QStringLiteral("acme-dental"));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Acme Dental"));
    QCOMPARE(found->preferredAreaCode, QStringLiteral("415"));
    QVERIFY(found->preferSip);
    QVERIFY(found->createdAt.isValid());

    found->allowPurchase = true;
    found->monthlyPurchaseLimit = 3;
    QVERIFY(store.update(*found, &error));
    QCOMPARE(store.findById(acme.id)->monthlyPurchaseLimit, 3);
    QCOMPARE(changed.count(), 2);

    QVERIFY(store.remove(acme.id, &error));
    QVERIFY(!store.findById(acme.id));
    QVERIFY(!store.remove(acme.id, &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

void TestOrganizationStore::rejectsBadInput_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("field");

    QTest::newRow("bad slug") << "Acme Dental"
                              << "Acme"
                              << ""
                              << "slug:";
    QTest::newRow("empty name") << "acme"
                                << " "
                                << ""
                                << "name:";
    QTest::newRow("two-digit area code") << "acme"
                                         << "Acme"
                                         << "41"
                                         << "area code:";
}

void TestOrganizationStore::rejectsBadInput()
{
    QFETCH(QString, slug);
    QFETCH(QString, name);
    QFETCH(QString, areaCode);
    QFETCH(QString, field);

    OrganizationStore store(*m_db);
    Organization o;
    o.slug = slug;
    o.name = name;
    o.preferredAreaCode = areaCode;
    QString error;
    QVERIFY(!store.add(o, &error));
    QVERIFY2(error.startsWith(field), qPrintable(error));
    QVERIFY(store.list().isEmpty());
}

void TestOrganizationStore::rejectsDuplicateSlug()
{
    OrganizationStore store(*m_db);
    Organization a = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization b = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme again"));
    QVERIFY(store.add(a));
    QString error;
    QVERIFY(!store.add(b, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(store.list().size(), 1);
}

void TestOrganizationStore::servingVapiAccountPrefersOwn()
{
    OrganizationStore store(*m_db);
    Organization agencyCustomer
            = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization whiteLabel
            = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(store.add(agencyCustomer));
    QVERIFY(store.add(whiteLabel));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO vapi_accounts (organization_id, label) VALUES (NULL, 'workspace')")));
    QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO vapi_accounts (organization_id, label) VALUES (%1, 'zeta own')")
                           .arg(whiteLabel.id)));
    QCOMPARE(store.findById(agencyCustomer.id)->vapiAccountId, 1);
    QCOMPARE(store.findById(whiteLabel.id)->vapiAccountId, 2);
}

QTEST_GUILESS_MAIN(TestOrganizationStore)
#include "TestOrganizationStore.moc"
