// SPDX-License-Identifier: Apache-2.0
#include "core/api/ApiEndpoint.h"

#include <QTest>

using namespace Switchboard;

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QCOMPARE(ApiEndpoint::vapiUs(), QUrl(QStringLiteral("https://api.vapi.ai")));
        QCOMPARE(ApiEndpoint::vapiEu(), QUrl(QStringLiteral("https://api.eu.vapi.ai")));
        QCOMPARE(ApiEndpoint::twilio(), QUrl(QStringLiteral("https://api.twilio.com")));
        QVERIFY(ApiEndpoint::checkBaseUrl(ApiEndpoint::vapiUs()).isEmpty());
        QVERIFY(ApiEndpoint::checkBaseUrl(ApiEndpoint::vapiEu()).isEmpty());
        QVERIFY(ApiEndpoint::checkBaseUrl(ApiEndpoint::twilio()).isEmpty());
    }

    void isLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("127.200.3.4") << "http://127.200.3.4" << true;
        QTest::newRow("localhost") << "http://localhost:1234/vapi" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST" << true;
        QTest::newRow("::1") << "http://[::1]:9000" << true;
        QTest::newRow("10.0.0.1") << "http://10.0.0.1" << false;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("name starting with 127") << "http://127.0.0.1.example.com" << false;
        QTest::newRow("localhost.evil") << "http://localhost.evil.com" << false;
        QTest::newRow("api.vapi.ai") << "https://api.vapi.ai" << false;
        QTest::newRow("no host") << "http:///path" << false;
    }
    void isLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(ApiEndpoint::isLoopback(QUrl(url)), loopback);
    }

    void checkBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("https vapi") << "https://api.vapi.ai" << true << "";
        QTest::newRow("https with path") << "https://proxy.example.com/vapi" << true << "";
        QTest::newRow("http loopback") << "http://127.0.0.1:4010" << true << "";
        QTest::newRow("http localhost") << "http://localhost:4010" << true << "";
        QTest::newRow("http ipv6 loopback") << "http://[::1]:4010" << true << "";
        QTest::newRow("https loopback") << "https://127.0.0.1:4443" << true << "";
        QTest::newRow("http remote") << "http://api.vapi.ai" << false << "https://";
        QTest::newRow("http private net") << "http://192.168.1.20:4010" << false << "192.168.1.20";
        QTest::newRow("ftp") << "ftp://api.twilio.com" << false << "https://";
        QTest::newRow("empty") << "" << false << "empty";
        QTest::newRow("credentials in url")
                << "https://AC123:secret@api.twilio.com" << false << "user name";
        QTest::newRow("no host") << "https://" << false << "not a valid";
    }
    void checkBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, mentions);
        const QString why = ApiEndpoint::checkBaseUrl(QUrl(url));
        QCOMPARE(why.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY2(why.contains(mentions), qPrintable(why));
            QVERIFY2(why.endsWith(u'.'), qPrintable(why)); // one sentence
            QVERIFY2(!why.contains(QStringLiteral("secret")), qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "TestApiEndpoint.moc"
