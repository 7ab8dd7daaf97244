// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/CredentialService.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"

#include "SecretTestSupport.h"
#include "TestSupport.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::watch;

namespace {

struct CapturedMessage
{
    QString category;
    QtMsgType type;
    QString text;
};

// The message handler is process-wide state by Qt's design; this test owns it.
QList<CapturedMessage> *captured = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (captured)
        captured->append({QString::fromUtf8(context.category), type, text});
}

// Every level of every Switchboard category, whatever QT_LOGGING_RULES says.
void enableSwitchboardCategories(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "switchboard.", 12) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
        category->setEnabled(QtCriticalMsg, true);
    }
}

} // namespace

// Drives every path of the credential code, successes and failures, with logging fully on,
// and looks for the secrets in everything that was logged and in every error message.
class TestSecretsNeverLogged : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretInLogsOrMessages();

private:
    void drive(CredentialService &credentials, MemorySecretStore &store, WorkspaceDatabase &db,
            qint64 acme, qint64 zeta);
    void expectNoSecrets(const QString &where, const QString &text);

    QList<CapturedMessage> m_messages;
    QStringList m_errors;
    QStringList m_secrets;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSecretsNeverLogged::initTestCase()
{
    captured = &m_messages;
    m_previousHandler = qInstallMessageHandler(capture);
    previousFilter = QLoggingCategory::installFilter(enableSwitchboardCategories);
}

void TestSecretsNeverLogged::cleanupTestCase()
{
    QLoggingCategory::installFilter(previousFilter);
    qInstallMessageHandler(m_previousHandler);
    captured = nullptr;
}

void TestSecretsNeverLogged::expectNoSecrets(const QString &where, const QString &text)
{
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!text.contains(secret), qPrintable(where + u": " + text.left(200)));
}

void TestSecretsNeverLogged::drive(CredentialService &credentials, MemorySecretStore &store,
        WorkspaceDatabase &db, qint64 acme, qint64 zeta)
{
    auto run = [this](SecretJob *job) {
        auto outcome = watch(job);
        QTRY_COMPARE(outcome->count, 1);
        if (outcome->error)
            m_errors.append(outcome->error.message);
    };
    const SecretKey acmeVapi
            = SecretKey::forOrganization(acme, SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey acmeToken
            = SecretKey::forOrganization(acme, SecretApi::Twilio, SecretPurpose::AuthToken);
    const SecretKey zetaVapi
            = SecretKey::forOrganization(zeta, SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey workspaceVapi = SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey);
    const SecretKey workspaceToken
            = SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::AuthToken);

    // Successes.
    run(credentials.probe());
    run(credentials.set(acmeVapi, m_secrets.at(0)));
    run(credentials.set(acmeVapi, m_secrets.at(1))); // rotation
    run(credentials.set(acmeToken, m_secrets.at(2)));
    run(credentials.set(zetaVapi, m_secrets.at(3)));
    run(credentials.read(acmeVapi));
    run(credentials.read(workspaceVapi)); // from the environment
    run(credentials.importFromEnvironment(workspaceVapi));
    run(credentials.remove(zetaVapi));
    run(credentials.wipeOrganization(acme));

    // Not found, refused input.
    run(credentials.read(acmeToken));
    run(credentials.read(workspaceToken));
    run(credentials.set(zetaVapi, QString()));
    run(credentials.set(SecretKey::forOrganization(999, SecretApi::Vapi, SecretPurpose::ApiKey),
            m_secrets.at(4)));

    // Every way the keychain fails.
    for (const SecretError::Kind kind :
            {SecretError::Kind::Unavailable, SecretError::Kind::Denied, SecretError::Kind::Other}) {
        store.setFailure(kind, QStringLiteral("backend detail"));
        run(credentials.set(zetaVapi, m_secrets.at(5)));
        run(credentials.read(zetaVapi));
        run(credentials.remove(zetaVapi));
        run(credentials.wipeOrganization(zeta));
        run(credentials.probe());
    }
    store.clearFailure();

    // The index fails after the keychain took the value.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON secret_refs "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    run(credentials.set(zetaVapi, m_secrets.at(6)));
}

void TestSecretsNeverLogged::noSecretInLogsOrMessages()
{
    m_secrets = {QStringLiteral("acme-vapi-SECRET-one-8f3a"),
            QStringLiteral("acme-vapi-SECRET-two-51c0"), QStringLiteral("acme-twilio-SECRET-77e2"),
            QStringLiteral("zeta-vapi-SECRET-0b9d"), QStringLiteral("unknown-org-SECRET-4411"),
            QStringLiteral("failing-SECRET-a1a1"), QStringLiteral("index-failure-SECRET-c3c3"),
            QStringLiteral("environment-SECRET-e5e5")};

    QTemporaryDir dir;
    DatabaseError error;
    auto db = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(dir.filePath(QStringLiteral("w.db"))), &error);
    QVERIFY2(db, qPrintable(error.message));
    OrganizationStore organizations(*db);
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(organizations.add(acme));
    QVERIFY(organizations.add(zeta));

    MemorySecretStore store;
    SecretIndex index(*db);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SWITCHBOARD_VAPI_API_KEY"), m_secrets.last());
    {
        CredentialService credentials(store, index, EnvironmentCredentials(environment));
        drive(credentials, store, *db, acme.id, zeta.id);
        if (QTest::currentTestFailed())
            return;
    }

    // Logging was on and the code talked: the search below looked at something.
    qsizetype debugLines = 0;
    for (const CapturedMessage &message : std::as_const(m_messages)) {
        if (message.category == u"switchboard.secrets" && message.type == QtDebugMsg)
            ++debugLines;
    }
    QVERIFY2(debugLines >= 20, qPrintable(QString::number(debugLines)));
    QVERIFY(m_errors.size() >= 15);

    for (const CapturedMessage &message : std::as_const(m_messages))
        expectNoSecrets(message.category, message.text);
    for (const QString &text : std::as_const(m_errors))
        expectNoSecrets(QStringLiteral("error message"), text);
}

QTEST_GUILESS_MAIN(TestSecretsNeverLogged)
#include "TestSecretsNeverLogged.moc"
