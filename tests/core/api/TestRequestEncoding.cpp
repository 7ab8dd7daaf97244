// SPDX-License-Identifier: Apache-2.0
#include "core/api/RequestEncoding.h"
#include "core/api/TwilioRequestFactory.h"
#include "core/api/VapiRequestFactory.h"

#include <QTest>

using namespace Switchboard;
using namespace std::chrono_literals;

class TestRequestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus") << "PhoneNumber"
                              << "+15005550006" << QByteArray("PhoneNumber=%2B15005550006");
        QTest::newRow("space") << "FriendlyName"
                               << "Acme main" << QByteArray("FriendlyName=Acme%20main");
        QTest::newRow("url") << "VoiceUrl"
                             << "https://api.vapi.ai/twilio/inbound_call?a=b&c=d"
                             << QByteArray("VoiceUrl=https%3A%2F%2Fapi.vapi.ai%2Ftwilio%2Finbound_"
                                           "call%3Fa%3Db%26c%3Dd");
        QTest::newRow("unicode") << "FriendlyName" << QStringLiteral("Zürich ☎")
                                 << QByteArray("FriendlyName=Z%C3%BCrich%20%E2%98%8E");
        QTest::newRow("wildcards") << "Contains"
                                   << "*55%$" << QByteArray("Contains=%2A55%25%24");
        QTest::newRow("empty value") << "SmsUrl"
                                     << "" << QByteArray("SmsUrl=");
    }
    void encode()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(RequestEncoding::encode({{key, value}}), encoded);
        // Decoding as a server does ("+" would be a space) gives the value back.
        const QByteArray valuePart = encoded.mid(encoded.indexOf('=') + 1);
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(valuePart)), value);
    }

    void queryKeepsPlusEncoded()
    {
        const QUrl url = RequestEncoding::resolve(QUrl(QStringLiteral("https://api.twilio.com")),
                QStringLiteral("/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json"),
                {{QStringLiteral("PhoneNumber"), QStringLiteral("+14155552671")},
                        {QStringLiteral("FriendlyName"), QStringLiteral("a&b=c d")}});
        QCOMPARE(url.toEncoded(),
                QByteArray("https://api.twilio.com/2010-04-01/Accounts/AC1/IncomingPhoneNumbers."
                           "json?PhoneNumber=%2B14155552671&FriendlyName=a%26b%3Dc%20d"));
    }

    void resolveKeepsPrefix_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no prefix") << "https://api.vapi.ai"
                                   << "https://api.vapi.ai/phone-number";
        QTest::newRow("slash") << "https://api.vapi.ai/"
                               << "https://api.vapi.ai/phone-number";
        QTest::newRow("prefix") << "http://127.0.0.1:4010/vapi"
                                << "http://127.0.0.1:4010/vapi/phone-number";
        QTest::newRow("prefix slash") << "http://127.0.0.1:4010/vapi/"
                                      << "http://127.0.0.1:4010/vapi/phone-number";
    }
    void resolveKeepsPrefix()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(RequestEncoding::resolve(QUrl(base), QStringLiteral("/phone-number")),
                QUrl(expected));
    }

    void segmentCannotEscape()
    {
        QCOMPARE(RequestEncoding::segment(QStringLiteral("../admin?x=1")),
                QStringLiteral("..%2Fadmin%3Fx%3D1"));
    }

    void vapiRequest()
    {
        const VapiRequestFactory factory(
                QUrl(QStringLiteral("https://api.eu.vapi.ai")), QStringLiteral("key-123"), 7s);
        const QUrl url = factory.url(QStringLiteral("/phone-number"),
                {{QStringLiteral("limit"), QStringLiteral("1000")}});
        QCOMPARE(url, QUrl(QStringLiteral("https://api.eu.vapi.ai/phone-number?limit=1000")));
        const QNetworkRequest request = factory.request(url, true);
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer key-123"));
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                QByteArray("Switchboard/" SWITCHBOARD_VERSION));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                QByteArray("application/json"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(request.transferTimeout(), 7000);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                int(QNetworkRequest::SameOriginRedirectPolicy));
        QVERIFY(!factory.request(url, false).header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void twilioRequest_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        const QString account = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        QTest::newRow("auth token") << account << "token-abc";
        QTest::newRow("api key") << "SK0123456789abcdef0123456789abcdef"
                                 << "secret-xyz";
    }
    void twilioRequest()
    {
        QFETCH(QString, username);
        QFETCH(QString, secret);
        const QString account = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        const TwilioRequestFactory factory(
                QUrl(QStringLiteral("https://api.twilio.com")), account, username, secret, 5s);
        const QUrl url = factory.accountUrl(QStringLiteral("/IncomingPhoneNumbers"));
        // The AC… SID is in the path with either kind of credential.
        QCOMPARE(url,
                QUrl(u"https://api.twilio.com/2010-04-01/Accounts/" + account
                        + u"/IncomingPhoneNumbers.json"));
        const QNetworkRequest request = factory.request(url, true);
        QCOMPARE(request.rawHeader("Authorization"),
                "Basic " + (username + u':' + secret).toUtf8().toBase64());
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                QByteArray("Switchboard/" SWITCHBOARD_VERSION));
        QCOMPARE(request.transferTimeout(), 5000);
        QCOMPARE(factory.accountsUrl(),
                QUrl(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts.json")));
        QCOMPARE(factory.accountUrl({}),
                QUrl(u"https://api.twilio.com/2010-04-01/Accounts/" + account + u".json"));
        QCOMPARE(TwilioRequestFactory::formBody(
                         {{QStringLiteral("PhoneNumber"), QStringLiteral("+15005550006")},
                                 {QStringLiteral("FriendlyName"), QStringLiteral("x y")}}),
                QByteArray("PhoneNumber=%2B15005550006&FriendlyName=x%20y"));
    }

    void twilioPageUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("expected");
        const QString next = QStringLiteral(
                "/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?PhoneNumber=%2B1415&Page=1&"
                "PageToken=PAxyz");
        QTest::newRow("host-relative")
                << "https://api.twilio.com" << next << u"https://api.twilio.com" + next;
        QTest::newRow("sandbox") << "http://127.0.0.1:4010" << next
                                 << u"http://127.0.0.1:4010" + next;
        QTest::newRow("sandbox with prefix")
                << "http://127.0.0.1:4010/twilio" << next << u"http://127.0.0.1:4010/twilio" + next;
        QTest::newRow("prefix already in link")
                << "http://127.0.0.1:4010/twilio" << u"/twilio" + next
                << u"http://127.0.0.1:4010/twilio" + next;
        QTest::newRow("absolute link to another host stays on ours")
                << "https://api.twilio.com" << u"https://evil.example.com" + next
                << u"https://api.twilio.com" + next;
    }
    void twilioPageUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, next);
        QFETCH(QString, expected);
        const TwilioRequestFactory factory(
                QUrl(base), QStringLiteral("AC1"), QStringLiteral("AC1"), QStringLiteral("t"), 1s);
        QCOMPARE(factory.pageUrl(next).toEncoded(), QUrl(expected).toEncoded());
        QVERIFY(factory.pageUrl(next).toEncoded().contains("%2B1415"));
    }
};

QTEST_GUILESS_MAIN(TestRequestEncoding)
#include "TestRequestEncoding.moc"
