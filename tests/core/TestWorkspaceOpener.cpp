// SPDX-License-Identifier: Apache-2.0
// WorkspaceOpener: from a location to an open Workspace, asynchronously, asking a person for a
// team database's password only when a password is what is missing. Run on SQLite and (as
// TestWorkspaceOpener_postgres) against a throwaway PostgreSQL cluster that wants a password.
#include "TestSupport.h"
#include "core/secrets/DatabasePassword.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretJob.h"
#include "core/storage/OrganizationStore.h"
#include "core/workspace/PasswordPrompt.h"
#include "core/workspace/WorkspaceOpener.h"

#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

namespace {

// Answers from a list, one answer per question, and remembers what it was asked.
class ScriptedPrompt : public PasswordPrompt
{
public:
    QList<std::optional<QString>> answers;
    QStringList problems;

    void ask(const DatabaseLocation &, const QString &problem, Answer answer) override
    {
        problems << problem;
        answer(answers.isEmpty() ? std::nullopt : answers.takeFirst());
    }
};

// Keeps the environment's database password out of the process while a test runs.
class WithoutPasswordInEnvironment
{
public:
    WithoutPasswordInEnvironment()
        : m_saved(qgetenv(DatabasePassword::Variable))
        , m_savedLibpq(qgetenv(DatabasePassword::LibpqVariable))
    {
        qunsetenv(DatabasePassword::Variable);
        qunsetenv(DatabasePassword::LibpqVariable);
    }
    ~WithoutPasswordInEnvironment()
    {
        if (!m_saved.isEmpty())
            qputenv(DatabasePassword::Variable, m_saved);
        if (!m_savedLibpq.isEmpty())
            qputenv(DatabasePassword::LibpqVariable, m_savedLibpq);
    }

private:
    QByteArray m_saved;
    QByteArray m_savedLibpq;
};

struct Opened
{
    std::unique_ptr<Workspace> workspace;
    DatabaseError error;
    QString source;
    bool finishedAtOnce = true;
};

Opened open(WorkspaceOpener::Request request)
{
    WorkspaceOpener opener(std::move(request));
    QSignalSpy finished(&opener, &WorkspaceOpener::finished);
    opener.start();
    Opened result;
    result.finishedAtOnce = finished.count() > 0;
    if (!finished.wait(20000))
        return result;
    QTest::qWait(50); // a second finished() would come now
    if (finished.count() != 1)
        qFatal("finished() came %d times", int(finished.count()));
    result.error = opener.error();
    result.source = opener.passwordSource();
    result.workspace = opener.takeWorkspace();
    return result;
}

} // namespace

class TestWorkspaceOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAsynchronouslyWithEveryStore();
    void aDamagedFileIsRefusedWithItsReason();
    void aTeamWorkspaceAsksForTheMissingPasswordAndKeepsIt();
    void aDeclinedPromptOpensNothing();
};

void TestWorkspaceOpener::opensAsynchronouslyWithEveryStore()
{
    Test::TempWorkspace existing;
    QVERIFY(existing.isValid());
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(OrganizationStore(existing.database()).add(acme));

    const QString password = existing.password(); // empty on SQLite
    WorkspaceOpener::Request request;
    request.location = existing.location();
    request.options.secrets = SecretBackend::Memory;
    MemorySecretStore passwords;
    request.passwordStore = &passwords;
    WithoutPasswordInEnvironment clean;
    if (!password.isEmpty())
        QVERIFY(passwords.write(DatabasePassword::key(), password));
    QTest::qWait(10); // the store's write finishes on the event loop
    const Opened opened = open(request);
    QVERIFY2(!opened.finishedAtOnce, "finished() never comes before start() returns");
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.workspace->organizations().list().size(), 1);
    QCOMPARE(opened.workspace->organizations().list().constFirst().slug, QStringLiteral("acme"));
    // A worker connection opens the same workspace.
    DatabaseError error;
    QVERIFY2(opened.workspace->workerOpener()(&error), qPrintable(error.message));
}

void TestWorkspaceOpener::aDamagedFileIsRefusedWithItsReason()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("workspace.db"));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    WorkspaceOpener::Request request;
    request.location = DatabaseLocation::sqlite(file);
    request.options.secrets = SecretBackend::Memory;
    const Opened opened = open(request);
    QVERIFY(!opened.workspace);
    QVERIFY(opened.error.kind != DatabaseError::Kind::None);
    QVERIFY(!opened.error.message.isEmpty());
    QVERIFY(opened.source.isEmpty()); // SQLite has no password
}

void TestWorkspaceOpener::aTeamWorkspaceAsksForTheMissingPasswordAndKeepsIt()
{
    if (!Test::usePostgres())
        QSKIP("needs the test PostgreSQL cluster (TestWorkspaceOpener_postgres)");
    Test::TempWorkspace team;
    QVERIFY2(team.isValid(), qPrintable(team.errorString()));
    const QString password = team.password();
    WithoutPasswordInEnvironment clean;

    MemorySecretStore keychain; // nothing stored yet
    ScriptedPrompt prompt;
    prompt.answers = {QStringLiteral("wrong-password"), password};
    WorkspaceOpener::Request request;
    request.location = team.location();
    request.options.secrets = SecretBackend::Memory;
    request.prompt = &prompt;
    request.passwordStore = &keychain;
    Opened opened = open(request);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.source, QStringLiteral("typed"));
    QCOMPARE(prompt.problems.size(), 2);
    QVERIFY(prompt.problems.at(0).isEmpty()); // first time: no complaint
    QVERIFY2(!prompt.problems.at(1).isEmpty(), "the second question says why");
    QVERIFY2(!prompt.problems.at(1).contains(QStringLiteral("wrong-password")),
            "a message never repeats a password");
    QVERIFY(keychain.contains(DatabasePassword::key()));

    // Next time the keychain has it: nobody is asked.
    ScriptedPrompt silent;
    request.prompt = &silent;
    opened = open(request);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.source, QStringLiteral("keychain"));
    QVERIFY(silent.problems.isEmpty());
}

void TestWorkspaceOpener::aDeclinedPromptOpensNothing()
{
    if (!Test::usePostgres())
        QSKIP("needs the test PostgreSQL cluster (TestWorkspaceOpener_postgres)");
    Test::TempWorkspace team;
    QVERIFY2(team.isValid(), qPrintable(team.errorString()));
    WithoutPasswordInEnvironment clean;
    MemorySecretStore keychain;
    ScriptedPrompt prompt; // declines
    WorkspaceOpener::Request request;
    request.location = team.location();
    request.options.secrets = SecretBackend::Memory;
    request.prompt = &prompt;
    request.passwordStore = &keychain;
    const Opened opened = open(request);
    QVERIFY(!opened.workspace);
    QCOMPARE(prompt.problems.size(), 1);
    QVERIFY(!keychain.contains(DatabasePassword::key()));
}

QTEST_GUILESS_MAIN(TestWorkspaceOpener)
#include "TestWorkspaceOpener.moc"
