// SPDX-License-Identifier: Apache-2.0
// Two consoles on one team database (PostgreSQL, under tests/support/with-postgres.sh): two
// engines, each with its own connection, stores and secrets, against one sandbox. Their
// statements interleave through the event loop as two consoles' would; what keeps them apart is
// the database (FOR UPDATE SKIP LOCKED claims, the unique in-flight index), which this checks.
#include "EngineFixture.h"

#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/Reconciliation.h"
#include "core/storage/WorkspaceCopier.h"

#include <QSet>
#include <QSqlQuery>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// The second console: its own connection to the fixture's database (or another database) and
// everything on top, its secrets in memory of its own.
struct SecondConsole
{
    explicit SecondConsole(EngineFixture &first)
        : SecondConsole(first, first.workspace.openAnother())
    { }
    SecondConsole(EngineFixture &first, std::unique_ptr<WorkspaceDatabase> db)
        : database(std::move(db))
        , organizations(*database)
        , accounts(*database)
        , pool(*database)
        , history(*database)
        , tasks(*database)
        , directory(*database)
        , settings(*database)
        , secretIndex(*database)
        , credentials(secretStore, secretIndex, EnvironmentCredentials())
        , clients(network, scheduler, credentials)
    {
        clients.setBaseUrlOverrides(first.sandbox.baseUrl(), first.sandbox.baseUrl());
        services.organizations = &organizations;
        services.accounts = &accounts;
        services.pool = &pool;
        services.history = &history;
        services.tasks = &tasks;
        services.directory = &directory;
        services.settings = &settings;
        services.clients = &clients;
        engine = std::make_unique<ProvisioningEngine>(services);
    }
    bool setSecret(const SecretKey &key, const QString &value)
    {
        SecretJob *job = secretStore.write(key, value);
        QSignalSpy done(job, &SecretJob::finished);
        return done.wait(5000) && !job->error();
    }

    std::unique_ptr<WorkspaceDatabase> database;
    OrganizationStore organizations;
    AccountStore accounts;
    NumberPoolStore pool;
    HistoryStore history;
    ManualTaskStore tasks;
    DirectoryStore directory;
    WorkspaceSettings settings;
    MemorySecretStore secretStore;
    SecretIndex secretIndex;
    CredentialService credentials;
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    CredentialClientProvider clients;
    ProvisioningServices services;
    std::unique_ptr<ProvisioningEngine> engine;
};

QStringList poolOf(int count)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers << QStringLiteral("+1415555%1").arg(100 + i, 4, 10, QLatin1Char('0'));
    return numbers;
}

int scalar(WorkspaceDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool runBatch(ProvisioningBatch *batch, int timeoutMs)
{
    QSignalSpy finished(batch, &ProvisioningBatch::finished);
    batch->start();
    return finished.wait(timeoutMs);
}

} // namespace

class TestTeamConsoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoConsolesShareOnePoolWithoutOverlap();
    void serverRestartMidBatchThenResumeCompletesEveryone();
    void migratedWorkspaceOpensAndProvisions();
};

void TestTeamConsoles::initTestCase()
{
    if (!usePostgres())
        QSKIP("needs SWITCHBOARD_TEST_POSTGRES (run under tests/support/with-postgres.sh)");
}

void TestTeamConsoles::twoConsolesShareOnePoolWithoutOverlap()
{
    EngineFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.workspace.errorString()));
    QVERIFY(f.setUpVapi(0)); // no free numbers: every number comes from the pool
    const Organization acme = f.addOrganization(QStringLiteral("acme"), poolOf(30));
    const QStringList assistants = f.createAssistants(acme, 50);
    QCOMPARE(assistants.size(), 50);

    SecondConsole second(f);
    QVERIFY(second.database);
    QVERIFY(second.setSecret(SecretKey::forAccount(*f.accounts.workspaceVapiAccount()),
            QLatin1String(EngineFixture::VapiKey)));
    QVERIFY(second.setSecret(SecretKey::forAccount(*f.accounts.organizationTwilioAccount(acme.id)),
            QLatin1String(EngineFixture::OrgTwilioToken)));

    // Both consoles provision all 50 at once, in opposite orders so that they meet.
    QStringList reversed(assistants.crbegin(), assistants.crend());
    ProvisioningBatch *a = f.engine->provisionAll(acme.id, assistants, 4);
    ProvisioningBatch *b = second.engine->provisionAll(acme.id, reversed, 4);
    QSignalSpy aDone(a, &ProvisioningBatch::finished);
    QSignalSpy bDone(b, &ProvisioningBatch::finished);
    a->start();
    b->start();
    QVERIFY(aDone.wait(240000) || aDone.size() == 1);
    QVERIFY(bDone.size() == 1 || bDone.wait(240000));

    QVERIFY(f.refresh());
    // Every pool number went to Vapi once, for one assistant.
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM number_pool WHERE state = 'imported'")),
            30);
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(DISTINCT vapi_phone_number_id) FROM number_pool "
                                    "WHERE state = 'imported'")),
            30);
    int withNumber = 0;
    QSet<QString> addresses;
    for (const QString &assistant : assistants) {
        const QList<PhoneNumber> numbers = f.directory.numbersOfAssistant(assistant);
        QVERIFY2(numbers.size() <= 1, qPrintable(assistant));
        if (!numbers.isEmpty()) {
            ++withNumber;
            addresses.insert(numbers.constFirst().address.toString());
        }
    }
    QCOMPARE(withNumber, 30);
    QCOMPARE(addresses.size(), 30);
    // The rest wait in the manual queue, once each.
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM manual_tasks WHERE state = 'open'")),
            20);
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM provisioning_attempts WHERE outcome = "
                                    "'in-flight'")),
            0);
}

void TestTeamConsoles::serverRestartMidBatchThenResumeCompletesEveryone()
{
    EngineFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.workspace.errorString()));
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), poolOf(60));
    const QStringList assistants = f.createAssistants(acme, 40);
    QCOMPARE(assistants.size(), 40);

    ProvisioningBatch *batch = f.engine->provisionAll(acme.id, assistants, 4);
    bool restarted = false;
    connect(batch, &ProvisioningBatch::progress, this, [&](int completed, int, const auto &) {
        if (completed == 10 && !restarted) {
            restarted = true;
            QVERIFY(restartPostgres());
        }
    });
    QVERIFY(runBatch(batch, 240000));
    QVERIFY(restarted);
    // The server is back: the connection is opened again on first use.
    QTRY_VERIFY_WITH_TIMEOUT(
            scalar(f.workspace.database(), QStringLiteral("SELECT 1")) == 1, 10000);

    // What the restart left in flight is settled as after a crash, then the batch is resumed.
    Reconciliation *reconciliation = f.engine->reconcile();
    QSignalSpy reconciled(reconciliation, &Reconciliation::finished);
    reconciliation->start();
    QVERIFY(reconciled.wait(60000));
    QVERIFY(runBatch(f.engine->provisionAll(acme.id, assistants, 4), 240000));

    QVERIFY(f.refresh());
    for (const QString &assistant : assistants)
        QVERIFY2(f.directory.numbersOfAssistant(assistant).size() == 1, qPrintable(assistant));
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM provisioning_attempts WHERE outcome = "
                                    "'in-flight'")),
            0);
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM number_pool WHERE state = 'imported'")),
            40);
    QCOMPARE(scalar(f.workspace.database(),
                     QStringLiteral("SELECT count(*) FROM number_pool WHERE state = 'reserved'")),
            0);
}

// A populated SQLite workspace (history, pool, cache, a manual task) copied to PostgreSQL: equal
// counts, the same ids, and the copy provisions the rest with new ids after the copied ones.
void TestTeamConsoles::migratedWorkspaceOpensAndProvisions()
{
    EngineFixture f(TempWorkspace::Backend::Sqlite);
    QVERIFY2(f.isValid(), qPrintable(f.workspace.errorString()));
    QVERIFY(!f.workspace.database().location().isPostgres());
    QVERIFY(f.setUpVapi(0));
    const Organization acme = f.addOrganization(QStringLiteral("acme"), poolOf(3));
    const QStringList assistants = f.createAssistants(acme, 6);
    QCOMPARE(assistants.size(), 6);
    // Three get pool numbers, the fourth ends in the manual queue (pool used up).
    QVERIFY(runBatch(f.engine->provisionAll(acme.id, assistants.mid(0, 4), 2), 120000));
    QCOMPARE(
            scalar(f.workspace.database(), QStringLiteral("SELECT count(*) FROM manual_tasks")), 1);
    const int attempts = scalar(
            f.workspace.database(), QStringLiteral("SELECT count(*) FROM provisioning_attempts"));
    QVERIFY(attempts >= 4);
    const int lastAttemptId = scalar(
            f.workspace.database(), QStringLiteral("SELECT max(id) FROM provisioning_attempts"));

    ScratchPostgresDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.errorString()));
    DatabaseError error;
    auto target = WorkspaceDatabase::open(scratch.location(), &error, postgresPassword());
    QVERIFY2(target, qPrintable(error.message));
    QList<WorkspaceCopier::TableCount> counts;
    QString copyError;
    QVERIFY2(WorkspaceCopier::copy(f.workspace.database(), *target, &counts, &copyError),
            qPrintable(copyError));
    QCOMPARE(counts.size(), WorkspaceCopier::tables().size());
    for (const auto &count : std::as_const(counts)) {
        QCOMPARE(count.target, count.source);
        if (count.table == u"provisioning_attempts")
            QCOMPARE(count.target, qint64(attempts));
    }
    QCOMPARE(scalar(*target, QStringLiteral("SELECT max(id) FROM provisioning_attempts")),
            lastAttemptId);
    QCOMPARE(scalar(*target, QStringLiteral("SELECT id FROM organizations WHERE slug = 'acme'")),
            int(acme.id));
    // A second copy is refused: the target is no longer empty.
    QVERIFY(!WorkspaceCopier::copy(f.workspace.database(), *target, &counts, &copyError));
    QVERIFY2(copyError.contains(QStringLiteral("not empty")), qPrintable(copyError));

    // The team workspace provisions the rest (a new pool number first).
    SecondConsole team(f, std::move(target));
    QVERIFY(team.setSecret(SecretKey::forAccount(*team.accounts.workspaceVapiAccount()),
            QLatin1String(EngineFixture::VapiKey)));
    const auto twilio = team.accounts.organizationTwilioAccount(acme.id);
    QVERIFY(twilio);
    QVERIFY(team.setSecret(
            SecretKey::forAccount(*twilio), QLatin1String(EngineFixture::OrgTwilioToken)));
    f.sandbox.state().addIncomingNumber(
            *f.sandbox.state().twilioAccount(QLatin1String(EngineFixture::OrgTwilioSid)), [&] {
                Sandbox::IncomingNumberRecord record;
                record.sid = f.sandbox.state().newSid(QStringLiteral("PN"));
                record.phoneNumber = QStringLiteral("+14155550199");
                return record;
            }());
    QCOMPARE(Test::addToPool(team.pool, twilio->id,
                     {PhoneAddress::fromNumber(QStringLiteral("+14155550199"))}),
            1);
    QVERIFY(runBatch(team.engine->provisionAll(acme.id, {assistants.at(4)}, 1), 60000));
    QVERIFY(scalar(*team.database,
                    QStringLiteral("SELECT min(id) FROM provisioning_attempts WHERE assistant_id "
                                   "= '%1'")
                            .arg(assistants.at(4)))
            > lastAttemptId);
    QCOMPARE(scalar(*team.database,
                     QStringLiteral("SELECT count(*) FROM number_pool WHERE state = 'imported'")),
            4);
}

QTEST_GUILESS_MAIN(TestTeamConsoles)
#include "TestTeamConsoles.moc"
