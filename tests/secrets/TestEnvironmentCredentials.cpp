// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/EnvironmentCredentials.h"

#include <QTest>

using namespace Switchboard;

namespace {

const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString KeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");

QProcessEnvironment parse(const QString &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

} // namespace

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providesOnlyWorkspaceSecrets();
    void blankIsUnset();
    void authMode_data();
    void authMode();
    void problems_data();
    void problems();
    void namesTheVariables();
};

void TestEnvironmentCredentials::providesOnlyWorkspaceSecrets()
{
    const EnvironmentCredentials environment(
            parse(QStringLiteral("SWITCHBOARD_VAPI_API_KEY=vk;TWILIO_AUTH_TOKEN=tok;"
                                 "TWILIO_API_SECRET=sec;TWILIO_ACCOUNT_SID=")
                    + Sid));
    QCOMPARE(environment.secret(SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)),
            std::optional<QString>(QStringLiteral("vk")));
    QCOMPARE(environment.secret(
                     SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::AuthToken)),
            std::optional<QString>(QStringLiteral("tok")));
    QCOMPARE(environment.secret(
                     SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::ApiKeySecret)),
            std::optional<QString>(QStringLiteral("sec")));
    QVERIFY(!environment.provides(
            SecretKey::forWorkspace(SecretApi::Postgres, SecretPurpose::Password)));
    for (const SecretKey &key : SecretKey::allForOrganization(1))
        QVERIFY2(!environment.provides(key), qPrintable(key.toString()));
    QVERIFY(!environment.provides(SecretKey::probe()));
    QCOMPARE(environment.twilioAccountSid(), Sid);
}

void TestEnvironmentCredentials::blankIsUnset()
{
    const EnvironmentCredentials environment(
            parse(QStringLiteral("SWITCHBOARD_VAPI_API_KEY= \t;TWILIO_AUTH_TOKEN= tok \n")));
    QVERIFY(!environment.provides(SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)));
    QCOMPARE(environment.secret(
                     SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::AuthToken)),
            std::optional<QString>(QStringLiteral("tok")));
    QVERIFY(!EnvironmentCredentials().provides(
            SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)));
}

void TestEnvironmentCredentials::authMode_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("mode");

    QTest::newRow("none") << ""
                          << "";
    QTest::newRow("auth token") << "TWILIO_AUTH_TOKEN=tok-VALUE-1"
                                << "auth-token";
    QTest::newRow("api key") << "TWILIO_API_KEY=k;TWILIO_API_SECRET=sec-VALUE-2"
                             << "api-key";
    QTest::newRow("api key wins")
            << "TWILIO_AUTH_TOKEN=tok-VALUE-1;TWILIO_API_KEY=k;TWILIO_API_SECRET=sec-VALUE-2"
            << "api-key";
    QTest::newRow("half an api key") << "TWILIO_AUTH_TOKEN=tok-VALUE-1;TWILIO_API_KEY=k"
                                     << "auth-token";
}

void TestEnvironmentCredentials::authMode()
{
    QFETCH(QString, variables);
    QFETCH(QString, mode);
    const std::optional<TwilioAuthMode> actual
            = EnvironmentCredentials(parse(variables)).twilioAuthMode();
    QCOMPARE(actual ? toString(*actual) : QString(), mode);
}

void TestEnvironmentCredentials::problems_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QStringList>("expected"); // the start of each problem, in order

    const QString sid = u"TWILIO_ACCOUNT_SID=" + Sid + u';';
    const QString token = QStringLiteral("TWILIO_AUTH_TOKEN=tok-VALUE-1;");
    const QString apiKey = u"TWILIO_API_KEY=" + KeySid + u';';
    const QString apiSecret = QStringLiteral("TWILIO_API_SECRET=sec-VALUE-2;");

    QTest::newRow("nothing set") << QString() << QStringList();
    QTest::newRow("complete token")
            << QString(sid + token + u"TWILIO_PHONE_NUMBER=+14155552671") << QStringList();
    QTest::newRow("complete api key") << QString(sid + apiKey + apiSecret) << QStringList();
    QTest::newRow("vapi only") << QStringLiteral("SWITCHBOARD_VAPI_API_KEY=k") << QStringList();
    QTest::newRow("bad sid") << QString(u"TWILIO_ACCOUNT_SID=AC123;" + token)
                             << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID: must be \"AC\"")};
    QTest::newRow("sid without credential")
            << sid << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID: is set, but neither")};
    QTest::newRow("token without sid")
            << token << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID: is not set")};
    QTest::newRow("api key without secret") << QString(
            sid + token + apiKey) << QStringList{QStringLiteral("TWILIO_API_SECRET: is not set")};
    QTest::newRow("secret without api key") << QString(
            sid + token + apiSecret) << QStringList{QStringLiteral("TWILIO_API_KEY: is not set")};
    QTest::newRow("api key of the wrong kind")
            << QString(sid + u"TWILIO_API_KEY=" + Sid + u';' + apiSecret)
            << QStringList{QStringLiteral("TWILIO_API_KEY: must be \"SK\"")};
    QTest::newRow("bad phone number") << QString(sid + token + u"TWILIO_PHONE_NUMBER=555-1234")
                                      << QStringList{QStringLiteral("TWILIO_PHONE_NUMBER: ")};
}

void TestEnvironmentCredentials::problems()
{
    QFETCH(QString, variables);
    QFETCH(QStringList, expected);

    const QList<FieldError> problems = EnvironmentCredentials(parse(variables)).problems();
    QStringList actual;
    for (const FieldError &problem : problems)
        actual.append(problem.toString());
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(actual.at(i).startsWith(expected.at(i)), qPrintable(actual.at(i)));
    // A problem names the variable, never a secret's value.
    for (const QString &text : actual)
        QVERIFY2(!text.contains(QStringLiteral("VALUE")), qPrintable(text));
}

void TestEnvironmentCredentials::namesTheVariables()
{
    QCOMPARE(EnvironmentCredentials::variableFor(
                     SecretKey::forWorkspace(SecretApi::Vapi, SecretPurpose::ApiKey)),
            u"SWITCHBOARD_VAPI_API_KEY");
    QCOMPARE(EnvironmentCredentials::variableFor(
                     SecretKey::forWorkspace(SecretApi::Twilio, SecretPurpose::ApiKeySecret)),
            u"TWILIO_API_SECRET");
    QVERIFY(EnvironmentCredentials::variableFor(
            SecretKey::forOrganization(1, SecretApi::Vapi, SecretPurpose::ApiKey))
                    .isEmpty());
    QCOMPARE(EnvironmentCredentials::variableNames().size(), 6);
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "TestEnvironmentCredentials.moc"
