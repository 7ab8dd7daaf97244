// SPDX-License-Identifier: Apache-2.0
#include "core/domain/TwilioAccount.h"
#include "core/domain/VapiAccount.h"
#include "core/secrets/SecretKey.h"

#include <QSet>
#include <QTest>

using namespace Switchboard;

class TestSecretKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndFormats_data();
    void parsesAndFormats();
    void refuses_data();
    void refuses();
    void buildsOnlySupportedPairs();
    void keysForAccounts();
    void everyKeyOfAnOrganization();
    void hashesAndCompares();
};

void TestSecretKey::parsesAndFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scope");
    QTest::addColumn<qint64>("organizationId");
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("purpose");

    const int org = int(SecretKey::Scope::Organization);
    const int ws = int(SecretKey::Scope::Workspace);
    QTest::newRow("org vapi key") << "org/7/vapi/api-key" << org << qint64(7)
                                  << int(SecretApi::Vapi) << int(SecretPurpose::ApiKey);
    QTest::newRow("org twilio token") << "org/42/twilio/auth-token" << org << qint64(42)
                                      << int(SecretApi::Twilio) << int(SecretPurpose::AuthToken);
    QTest::newRow("org twilio api key secret")
            << "org/9007199254740993/twilio/api-key-secret" << org << qint64(9007199254740993)
            << int(SecretApi::Twilio) << int(SecretPurpose::ApiKeySecret);
    QTest::newRow("workspace vapi key") << "workspace/vapi/api-key" << ws << qint64(0)
                                        << int(SecretApi::Vapi) << int(SecretPurpose::ApiKey);
    QTest::newRow("workspace twilio token")
            << "workspace/twilio/auth-token" << ws << qint64(0) << int(SecretApi::Twilio)
            << int(SecretPurpose::AuthToken);
    QTest::newRow("workspace postgres password")
            << "workspace/postgres/password" << ws << qint64(0) << int(SecretApi::Postgres)
            << int(SecretPurpose::Password);
    QTest::newRow("probe") << "probe/availability" << int(SecretKey::Scope::Probe) << qint64(0)
                           << int(SecretApi::Vapi) << int(SecretPurpose::ApiKey);
}

void TestSecretKey::parsesAndFormats()
{
    QFETCH(QString, text);
    QFETCH(int, scope);
    QFETCH(qint64, organizationId);
    QFETCH(int, api);
    QFETCH(int, purpose);

    QString error;
    const SecretKey key = SecretKey::parse(text, &error);
    QVERIFY2(key.isValid(), qPrintable(error));
    QCOMPARE(int(key.scope()), scope);
    QCOMPARE(key.organizationId(), organizationId);
    if (!key.isProbe()) {
        QCOMPARE(int(key.api()), api);
        QCOMPARE(int(key.purpose()), purpose);
    }
    QCOMPARE(key.toString(), text);
    QCOMPARE(SecretKey::parse(key.toString()), key);
    QVERIFY(!key.describe().isEmpty());
}

void TestSecretKey::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("because");

    QTest::newRow("empty") << ""
                           << "is not of the form";
    QTest::newRow("colon scheme") << "org:7:vapi:api-key"
                                  << "is not of the form";
    QTest::newRow("missing purpose") << "org/7/vapi"
                                     << "is not of the form";
    QTest::newRow("extra part") << "org/7/vapi/api-key/x"
                                << "is not of the form";
    QTest::newRow("workspace with id") << "workspace/7/vapi/api-key"
                                       << "is not of the form";
    QTest::newRow("upper case prefix") << "ORG/7/vapi/api-key"
                                       << "is not of the form";
    QTest::newRow("trailing slash") << "workspace/vapi/api-key/"
                                    << "is not of the form";
    QTest::newRow("zero id") << "org/0/vapi/api-key"
                             << "not an organization id";
    QTest::newRow("leading zero") << "org/07/vapi/api-key"
                                  << "not an organization id";
    QTest::newRow("negative id") << "org/-7/vapi/api-key"
                                 << "not an organization id";
    QTest::newRow("slug for id") << "org/acme/vapi/api-key"
                                 << "not an organization id";
    QTest::newRow("id with space") << "org/ 7/vapi/api-key"
                                   << "not an organization id";
    QTest::newRow("id overflow") << "org/99999999999999999999/vapi/api-key"
                                 << "not an organization id";
    QTest::newRow("unknown api") << "org/7/stripe/api-key"
                                 << "unknown service";
    QTest::newRow("upper case api") << "org/7/Vapi/api-key"
                                    << "unknown service";
    QTest::newRow("unknown purpose") << "org/7/vapi/token"
                                     << "unknown purpose";
    QTest::newRow("vapi auth token") << "workspace/vapi/auth-token"
                                     << "has no vapi auth-token";
    QTest::newRow("twilio api-key") << "org/7/twilio/api-key"
                                    << "has no twilio api-key";
    QTest::newRow("org postgres") << "org/7/postgres/password"
                                  << "has no postgres password";
}

void TestSecretKey::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, because);

    QString error;
    const SecretKey key = SecretKey::parse(text, &error);
    QVERIFY(!key.isValid());
    QVERIFY(key.toString().isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("secret key: ")), qPrintable(error));
    QVERIFY2(error.contains(because), qPrintable(error));
}

void TestSecretKey::buildsOnlySupportedPairs()
{
    QVERIFY(SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey).isValid());
    QVERIFY(!SecretKey::forOrganization(0, SecretApi::Vapi, SecretPurpose::ApiKey).isValid());
    QVERIFY(!SecretKey::forOrganization(-3, SecretApi::Vapi, SecretPurpose::ApiKey).isValid());
    QVERIFY(!SecretKey::forOrganization(1, SecretApi::Postgres, SecretPurpose::Password).isValid());
    QVERIFY(SecretKey::forWorkspace(SecretApi::Postgres, SecretPurpose::Password).isValid());
    QVERIFY(!SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::Password).isValid());
    QVERIFY(!SecretKey().isValid());
    QVERIFY(SecretKey().toString().isEmpty());
}

void TestSecretKey::keysForAccounts()
{
    VapiAccount workspaceVapi;
    QCOMPARE(SecretKey::forAccount(workspaceVapi).toString(), u"workspace/vapi/api-key");
    VapiAccount ownVapi;
    ownVapi.organizationId = 12;
    QCOMPARE(SecretKey::forAccount(ownVapi).toString(), u"org/12/vapi/api-key");

    TwilioAccount twilio;
    twilio.organizationId = 5;
    QCOMPARE(SecretKey::forAccount(twilio).toString(), u"org/5/twilio/auth-token");
    twilio.authMode = TwilioAuthMode::ApiKey;
    QCOMPARE(SecretKey::forAccount(twilio).toString(), u"org/5/twilio/api-key-secret");
    twilio.organizationId = 0;
    QCOMPARE(SecretKey::forAccount(twilio).toString(), u"workspace/twilio/api-key-secret");
}

void TestSecretKey::everyKeyOfAnOrganization()
{
    QStringList names;
    for (const SecretKey &key : SecretKey::allForOrganization(3))
        names.append(key.toString());
    QCOMPARE(names,
            QStringList({QStringLiteral("org/3/vapi/api-key"),
                    QStringLiteral("org/3/twilio/auth-token"),
                    QStringLiteral("org/3/twilio/api-key-secret")}));
    QVERIFY(SecretKey::allForOrganization(0).isEmpty());
    QCOMPARE(SecretKey::allForWorkspace().size(), 4);
    for (const SecretKey &key : SecretKey::allForWorkspace())
        QVERIFY(key.isWorkspace());
}

void TestSecretKey::hashesAndCompares()
{
    QSet<SecretKey> keys;
    keys.insert(SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey));
    keys.insert(SecretKey::parse(QStringLiteral("org/1/vapi/api-key")));
    keys.insert(SecretKey::forOrganization(2, SecretApi::Vapi, SecretPurpose::ApiKey));
    keys.insert(SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey));
    QCOMPARE(keys.size(), 3);
    QVERIFY(SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey)
            != SecretKey::forOrganization(1, SecretApi::Twilio, SecretPurpose::AuthToken));
}

QTEST_GUILESS_MAIN(TestSecretKey)
#include "TestSecretKey.moc"
