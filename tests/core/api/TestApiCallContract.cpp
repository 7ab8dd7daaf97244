// SPDX-License-Identifier: Apache-2.0
#include "core/api/RequestScheduler.h"
#include "core/api/RestTransport.h"
#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace std::chrono_literals;

// The call contract that needs no server: refusals before sending, the one finish path,
// cancel, a dead context, a destroyed client, backoff with jitter, and a closed loopback port.
class TestApiCallContract : public QObject
{
    Q_OBJECT

    static ApiCallPolicy fastPolicy()
    {
        ApiCallPolicy policy;
        policy.transferTimeout = 2s;
        policy.maxAttempts = 3;
        policy.backoffBase = 1ms;
        policy.backoffCap = 5ms;
        policy.budget = 5s;
        policy.jitterSeed = 7;
        return policy;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot bind a loopback port");
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void plainHttpIsRefusedWithoutSending()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        VapiClient vapi(network, scheduler,
                {QUrl(QStringLiteral("http://api.vapi.ai")), QStringLiteral("key"),
                        QStringLiteral("vapi/1")});
        QVERIFY(vapi.configurationError().contains(QStringLiteral("https://")));
        TwilioClient twilio(network, scheduler,
                {QUrl(QStringLiteral("http://api.twilio.com")),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("t"),
                        QStringLiteral("twilio/1")});
        QVERIFY(!twilio.configurationError().isEmpty());

        QList<ApiError> errors;
        int calls = 0;
        const auto expectRefused = [&errors](const auto &result) {
            QVERIFY(!result.ok());
            errors.append(result.error());
        };
        vapi.listAssistants(this, expectRefused), ++calls;
        vapi.listAllPhoneNumbers(this, expectRefused), ++calls;
        vapi.createFreeNumber({QStringLiteral("415"), {}, {}, {}}, this, expectRefused), ++calls;
        twilio.fetchAccount(this, expectRefused), ++calls;
        twilio.buyNumber({QStringLiteral("+14155552671"), {}, {}, {}, {}}, this, expectRefused),
                ++calls;
        QVERIFY(errors.isEmpty()); // never inside the method: from the event loop
        QTRY_COMPARE(errors.size(), calls);
        for (const ApiError &error : std::as_const(errors)) {
            QCOMPARE(error.category, ApiError::Category::Refused);
            QVERIFY(error.hint.contains(QStringLiteral("https://")));
            QCOMPARE(error.attempts, 0);
        }
        QCOMPARE(scheduler.peakInFlight(QStringLiteral("api.vapi.ai:80")), 0);
        QCOMPARE(scheduler.peakInFlight(QStringLiteral("api.twilio.com:80")), 0);
    }

    void badInputIsRefusedNamingTheField()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        VapiClient vapi(network, scheduler,
                {QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("key"),
                        QStringLiteral("vapi/1")});
        std::optional<ApiError> error;
        vapi.getAssistant(QStringLiteral("not-a-uuid"), this,
                [&error](const ApiResult<Assistant> &r) { error = r.error(); });
        QTRY_VERIFY(error);
        QCOMPARE(error->category, ApiError::Category::Refused);
        QVERIFY(error->hint.contains(QStringLiteral("assistant id")));
        QCOMPARE(scheduler.peakInFlight(QStringLiteral("127.0.0.1:9")), 0);
    }

    void closedPortIsANetworkErrorAfterRetries()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        const quint16 port = closedPort();
        VapiClient vapi(network, scheduler,
                {QUrl(u"http://127.0.0.1:" + QString::number(port)), QStringLiteral("key"),
                        QStringLiteral("vapi/1")});
        vapi.setCallPolicy(fastPolicy());
        std::optional<ApiError> listError;
        vapi.listAssistants(this, [&](const ApiResult<QList<Assistant>> &r) {
            QVERIFY(!r.ok());
            listError = r.error();
        });
        // A refused connection never reached a server: even a create may be sent again.
        std::optional<ApiError> createError;
        vapi.createAssistant(
                {QStringLiteral("A"), {}, {}, {}}, this, [&](const ApiResult<Assistant> &r) {
                    QVERIFY(!r.ok());
                    createError = r.error();
                });
        QTRY_VERIFY(listError && createError);
        for (const ApiError &error : {*listError, *createError}) {
            QCOMPARE(error.category, ApiError::Category::Network);
            QCOMPARE(error.attempts, 3);
            QVERIFY(!error.ambiguous);
            QVERIFY(error.hint.contains(QStringLiteral("127.0.0.1")));
        }
    }

    void finishesExactlyOnceWhenCancelled()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        VapiClient vapi(network, scheduler,
                {QUrl(u"http://127.0.0.1:" + QString::number(closedPort())), QStringLiteral("key"),
                        QStringLiteral("vapi/1")});
        int callbacks = 0;
        std::optional<ApiError> error;
        ApiCallHandle call = vapi.listAssistants(this, [&](const ApiResult<QList<Assistant>> &r) {
            ++callbacks;
            error = r.error();
        });
        QVERIFY(call);
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QVERIFY(!call->isFinished());
        call->cancel();
        QCOMPARE(callbacks, 1);
        QCOMPARE(error->category, ApiError::Category::Cancelled);
        QCOMPARE(finished.size(), 1);
        QVERIFY(call->isFinished());
        call->cancel(); // already done: nothing happens
        QCOMPARE(callbacks, 1);
        QTRY_VERIFY(call.isNull()); // it deletes itself
        QCOMPARE(callbacks, 1);
    }

    void deadContextGetsNoCallback()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        VapiClient vapi(network, scheduler,
                {QUrl(u"http://127.0.0.1:" + QString::number(closedPort())), QStringLiteral("key"),
                        QStringLiteral("vapi/1")});
        vapi.setCallPolicy(fastPolicy());
        auto *context = new QObject;
        bool called = false;
        ApiCallHandle call = vapi.listAllPhoneNumbers(
                context, [&called](const ApiResult<QList<PhoneNumber>> &) { called = true; });
        QSignalSpy finished(call.data(), &ApiCall::finished);
        delete context;
        QCOMPARE(finished.size(), 1); // finished at once, without the callback
        QTRY_VERIFY(call.isNull());
        QTest::qWait(50); // the retries it would have made cannot call back either
        QVERIFY(!called);
    }

    void destroyingTheClientCancelsItsCalls()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        std::optional<ApiError> error;
        {
            TwilioClient twilio(network, scheduler,
                    {QUrl(u"http://127.0.0.1:" + QString::number(closedPort())),
                            QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                            QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                            QStringLiteral("t"), QStringLiteral("twilio/1")});
            twilio.fetchAccount(
                    this, [&error](const ApiResult<TwilioAccountInfo> &r) { error = r.error(); });
        }
        QVERIFY(error);
        QCOMPARE(error->category, ApiError::Category::Cancelled);
    }

    void untrustedCertificateIsTlsAndNeverIgnored()
    {
        // A TLS listener (no HTTP behind it) with a self-signed certificate made for this run:
        // the handshake must fail, and the call end as Tls at once, without a retry.
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                "openssl (scripts/install-deps.sh) is needed to make the test certificate");
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const auto certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);

        QSslServer server;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificates.first());
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QNetworkAccessManager network;
        RequestScheduler scheduler;
        TwilioClient twilio(network, scheduler,
                {QUrl(u"https://127.0.0.1:" + QString::number(server.serverPort())),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("t"),
                        QStringLiteral("twilio/1")});
        QVERIFY(twilio.configurationError().isEmpty());
        twilio.setCallPolicy(fastPolicy());
        std::optional<ApiError> error;
        twilio.fetchAccount(this, [&error](const ApiResult<TwilioAccountInfo> &r) {
            QVERIFY(!r.ok());
            error = r.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(error, 10000);
        QCOMPARE(ApiError::categoryName(error->category), QStringLiteral("tls"));
        QCOMPARE(error->attempts, 1);
        QVERIFY(error->hint.contains(QStringLiteral("certificate")));
    }

    void backoffIsFullJitterAndHonoursRetryAfter()
    {
        QNetworkAccessManager network;
        RequestScheduler scheduler;
        RestTransport transport(network, scheduler, ApiErrors::Provider::Vapi, {}, {}, nullptr, {});
        ApiCallPolicy policy;
        policy.backoffBase = 100ms;
        policy.backoffCap = 1000ms;
        policy.jitterSeed = 42;
        transport.setPolicy(policy);
        QList<qint64> first;
        for (int retry = 0; retry < 8; ++retry) {
            const qint64 delay = transport.backoffMs(retry, 0);
            QVERIFY(delay >= 0);
            QVERIFY(delay <= std::min<qint64>(1000, 100 << retry));
            first.append(delay);
        }
        transport.setPolicy(policy); // the same seed gives the same waits
        QList<qint64> second;
        for (int retry = 0; retry < 8; ++retry)
            second.append(transport.backoffMs(retry, 0));
        QCOMPARE(second, first);
        QCOMPARE(transport.backoffMs(0, 5000), 5000); // Retry-After wins over a shorter jitter
        // Full jitter spreads: not all waits at the ceiling.
        QVERIFY(std::any_of(first.begin(), first.end(), [](qint64 d) { return d < 100; }));
    }
};

QTEST_GUILESS_MAIN(TestApiCallContract)
#include "TestApiCallContract.moc"
