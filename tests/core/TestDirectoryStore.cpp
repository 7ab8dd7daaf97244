// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QtNumeric>

using namespace Switchboard;

class TestDirectoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replaceIsASnapshot();
    void numbersByOrganizationAndAssistant();
    void freeNumbersCountAgainstTheCap();
    void workspaceSettings();
    void aRefusedWriteIsNotCalledALostConnection();
    void aListingThatFailsHalfWayChangesNothing();

private:
    PhoneNumber makeNumber(const QString &id, NumberProvider provider, const QString &address,
            const QString &assistantId = {}, qint64 organizationId = 0) const;

    std::unique_ptr<Test::TempWorkspace> m_ws;
    VapiAccount m_account;
    Organization m_acme;
};

void TestDirectoryStore::init()
{
    m_ws = std::make_unique<Test::TempWorkspace>();
    QVERIFY(m_ws->isValid());
    AccountStore accounts(m_ws->database());
    m_account = {};
    QVERIFY(accounts.saveVapiAccount(m_account));
    OrganizationStore organizations(m_ws->database());
    m_acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(organizations.add(m_acme));
}

void TestDirectoryStore::cleanup()
{
    m_ws.reset();
}

PhoneNumber TestDirectoryStore::makeNumber(const QString &id, NumberProvider provider,
        const QString &address, const QString &assistantId, qint64 organizationId) const
{
    PhoneNumber n;
    n.id = id;
    n.vapiAccountId = m_account.id;
    n.organizationId = organizationId;
    n.provider = provider;
    n.address = PhoneAddress::parse(address);
    n.status = NumberStatus::Active;
    n.assistantId = assistantId;
    return n;
}

void TestDirectoryStore::replaceIsASnapshot()
{
    DirectoryStore directory(m_ws->database());
    QSignalSpy changed(&directory, &DirectoryStore::changed);
    Assistant a;
    a.id = QStringLiteral("a1");
    a.vapiAccountId = m_account.id;
    a.organizationId = m_acme.id;
    a.name = QStringLiteral("Front desk");
    a.metadata = QJsonObject{{QStringLiteral("switchboardOrganization"), QStringLiteral("acme")}};
    Assistant b = a;
    b.id = QStringLiteral("a2");
    b.name = QStringLiteral("After hours");
    QVERIFY(directory.replaceAssistants(m_account.id, {a, b}));
    QCOMPARE(directory.assistants().size(), 2);
    QCOMPARE(directory.assistants(m_acme.id).constFirst().name, QStringLiteral("After hours"));
    QCOMPARE(directory.assistant(QStringLiteral("a1"))->metadata, a.metadata);

    QVERIFY(directory.replaceAssistants(m_account.id, {b}));
    QVERIFY(!directory.assistant(QStringLiteral("a1")));
    QCOMPARE(changed.count(), 2);
}

void TestDirectoryStore::numbersByOrganizationAndAssistant()
{
    DirectoryStore directory(m_ws->database());
    QVERIFY(directory.replaceNumbers(m_account.id,
            {makeNumber(QStringLiteral("n1"), NumberProvider::Vapi, QStringLiteral("+14155550100"),
                     QStringLiteral("a1"), m_acme.id),
                    makeNumber(QStringLiteral("n2"), NumberProvider::Vapi,
                            QStringLiteral("sip:acme@sip.vapi.ai"), {}, m_acme.id),
                    makeNumber(QStringLiteral("n3"), NumberProvider::Twilio,
                            QStringLiteral("+14155550101"))}));
    QCOMPARE(directory.numbers().size(), 3);
    QCOMPARE(directory.numbers(m_acme.id).size(), 2);
    QCOMPARE(directory.numbersOfAssistant(QStringLiteral("a1")).size(), 1);
    const auto sip = directory.number(QStringLiteral("n2"));
    QVERIFY(sip->address.isSipUri());
    QVERIFY(!sip->isAssigned());

    PhoneNumber assigned = *sip;
    assigned.assistantId = QStringLiteral("a2");
    QVERIFY(directory.upsertNumber(assigned));
    QCOMPARE(directory.number(QStringLiteral("n2"))->assistantId, QStringLiteral("a2"));
    QVERIFY(directory.removeNumber(QStringLiteral("n2")));
    QCOMPARE(directory.numbers().size(), 2);
}

void TestDirectoryStore::freeNumbersCountAgainstTheCap()
{
    DirectoryStore directory(m_ws->database());
    QList<PhoneNumber> numbers;
    for (int i = 0; i < 8; ++i)
        numbers << makeNumber(QStringLiteral("v%1").arg(i), NumberProvider::Vapi,
                QStringLiteral("+1415555%1").arg(200 + i, 4, 10, QLatin1Char('0')));
    numbers << makeNumber(
            QStringLiteral("t1"), NumberProvider::Twilio, QStringLiteral("+14155550300"));
    QVERIFY(directory.replaceNumbers(m_account.id, numbers));
    QCOMPARE(directory.freeNumberCount(m_account.id), 8);
}

void TestDirectoryStore::workspaceSettings()
{
    WorkspaceSettings settings(m_ws->database());
    QCOMPARE(settings.twilioNumberMonthlyPrice(),
            WorkspaceSettings::DefaultTwilioNumberMonthlyPrice);
    QVERIFY(settings.setTwilioNumberMonthlyPrice(2.5));
    QCOMPARE(settings.twilioNumberMonthlyPrice(), 2.5);
    const WriteResult refused = settings.setTwilioNumberMonthlyPrice(-1);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QVERIFY(refused.message().startsWith(QStringLiteral("Twilio number price:")));
    QVERIFY(settings.setTwilioNumberMonthlyPrice(qQNaN()).kind() == WriteResult::Kind::Refused);
    QCOMPARE(settings.twilioNumberMonthlyPrice(), 2.5);

    const QString id = settings.workspaceId();
    QCOMPARE(id.size(), 36);
    QCOMPARE(settings.workspaceId(), id); // stable
    Test::TempWorkspace other;
    WorkspaceSettings otherSettings(other.database());
    QVERIFY(otherSettings.workspaceId() != id); // per workspace
}

// SQLite's driver files a constraint failure as a ConnectionError; the person must read what
// was refused, not "the connection to the workspace database is gone" (which sends them to
// check the network).
void TestDirectoryStore::aRefusedWriteIsNotCalledALostConnection()
{
    DirectoryStore directory(m_ws->database());
    Assistant orphan;
    orphan.id = QStringLiteral("asst-orphan");
    orphan.name = QStringLiteral("Orphan");
    orphan.vapiAccountId = m_account.id + 1000; // no such account
    const WriteResult refused = directory.upsertAssistant(orphan);
    QVERIFY(refused.kind() == WriteResult::Kind::Failed);
    QVERIFY2(!refused.message().isEmpty(), "a refused write says why");
    QVERIFY2(!refused.message().contains(QStringLiteral("connection")),
            qPrintable(refused.message()));
}

// A listing that cannot be written whole is not written at all: what the console showed before
// stays, instead of an account that lost its assistants half-way.
void TestDirectoryStore::aListingThatFailsHalfWayChangesNothing()
{
    DirectoryStore directory(m_ws->database());
    Assistant kept;
    kept.id = QStringLiteral("asst-kept");
    kept.name = QStringLiteral("Kept");
    kept.vapiAccountId = m_account.id;
    QVERIFY(directory.replaceAssistants(m_account.id, {kept}));

    Assistant fresh = kept;
    fresh.id = QStringLiteral("asst-fresh");
    Assistant orphan = kept;
    orphan.id = QStringLiteral("asst-orphan");
    orphan.vapiAccountId = m_account.id + 1000; // refused by the foreign key, after `fresh`
    QSignalSpy changed(&directory, &DirectoryStore::changed);
    QVERIFY(directory.replaceAssistants(m_account.id, {fresh, orphan}).kind()
            == WriteResult::Kind::Failed);
    QCOMPARE(changed.count(), 0);
    const QList<Assistant> after = directory.assistants();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().id, QStringLiteral("asst-kept"));
}

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "TestDirectoryStore.moc"
