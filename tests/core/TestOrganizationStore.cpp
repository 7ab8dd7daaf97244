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
    const WriteResult added = store.add(acme);
    QVERIFY2(added, qPrintable(added.message()));
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
    QVERIFY(store.update(*found));
    QCOMPARE(store.findById(acme.id)->monthlyPurchaseLimit, 3);
    QCOMPARE(changed.count(), 2);

    QVERIFY(store.remove(acme.id));
    QVERIFY(!store.findById(acme.id));
    // Gone (removed from another console): "not found", not a database failure.
    const WriteResult again = store.remove(acme.id);
    QVERIFY(again.kind() == WriteResult::Kind::NotFound);
    QVERIFY2(again.message().contains(QStringLiteral("no longer in the workspace")),
            qPrintable(again.message()));
    QVERIFY(store.update(*found).kind() == WriteResult::Kind::NotFound);
    QCOMPARE(changed.count(), 3);
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
    const WriteResult refused = store.add(o);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QVERIFY2(refused.message().startsWith(field), qPrintable(refused.message()));
    QVERIFY(store.list().isEmpty());
}

void TestOrganizationStore::rejectsDuplicateSlug()
{
    OrganizationStore store(*m_db);
    Organization a = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization b = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme again"));
    QVERIFY(store.add(a));
    // The table decides (no read before the insert to race): still Refused, naming the slug.
    const WriteResult refused = store.add(b);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(refused.field(), QStringLiteral("slug"));
    QVERIFY2(refused.message().contains(QStringLiteral("already exists")),
            qPrintable(refused.message()));
    QCOMPARE(store.list().size(), 1);
    // Renaming another organization to a slug in use is refused the same way.
    Organization c = Test::makeOrganization(QStringLiteral("bright"), QStringLiteral("Bright"));
    QVERIFY(store.add(c));
    c.slug = QStringLiteral("acme");
    QVERIFY(store.update(c).kind() == WriteResult::Kind::Refused);
    QCOMPARE(store.findById(c.id)->slug, QStringLiteral("bright"));
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
