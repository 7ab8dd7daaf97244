// SPDX-License-Identifier: Apache-2.0
#include "core/api/Redaction.h"

#include <QTest>

using namespace Switchboard;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *name :
                {"twilioAuthToken", "twilioApiSecret", "twilioApiKey", "auth_token", "AuthToken",
                        "secret", "password", "apiKey", "Authorization", "authentication"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : {"number", "twilioAccountSid", "sid", "name", "assistantId",
                     "PhoneNumber", "friendly_name", "metadata"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
    void secretFields()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Redaction::isSecretField(name), secret);
    }

    void json()
    {
        const QByteArray body
                = R"({"provider":"twilio","twilioAuthToken":"tok-1","nested":{"auth_token":"tok-2","list":[{"secret":"tok-3"}]},"number":"+1"})";
        const QByteArray out = Redaction::json(body);
        QVERIFY(!out.contains("tok-"));
        QVERIFY(out.contains("\"number\":\"+1\""));
        QVERIFY(out.contains("<redacted>"));
        QCOMPARE(Redaction::json(R"([{"auth_token":"tok-4"}])").contains("tok-4"), false);
        // Not JSON: not shown at all.
        QCOMPARE(Redaction::json("tok-5 garbage"), QByteArray("<13 bytes, not JSON>"));
    }

    void form()
    {
        const QByteArray out = Redaction::form("FriendlyName=a&AuthToken=tok-1&PhoneNumber=%2B1");
        QCOMPARE(out, QByteArray("FriendlyName=a&AuthToken=<redacted>&PhoneNumber=%2B1"));
    }

    void values()
    {
        const QString out = Redaction::values(QStringLiteral("key k+y/1 and k%2By%2F1 and empty"),
                {QStringLiteral("k+y/1"), QString()});
        QCOMPARE(out, QStringLiteral("key <redacted> and <redacted> and empty"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
