// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/RequestScheduler.h"
#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace Switchboard::Test {

// The embedded sandbox (in-process, 127.0.0.1, a free port) with one Vapi account and one
// Twilio account (with an API key), and clients for them with a fast retry policy.
class ApiSandbox
{
public:
    static inline const QString VapiKey = QStringLiteral("vapi-private-key-7d41c2e98a0b4f6e");
    static inline const QString TwilioSid = QStringLiteral("AC11111111111111111111111111111111");
    static inline const QString TwilioToken = QStringLiteral("a9d2c4e6f8091b3d5f7a9c1e3b5d7f90");
    static inline const QString TwilioKeySid = QStringLiteral("SK22222222222222222222222222222222");
    static inline const QString TwilioKeySecret = QStringLiteral("keysecret-5e8b1d4a7c0f3e6b9d2a");

    static Sandbox::World defaultWorld()
    {
        Sandbox::World world;
        world.settings.seed = 4;
        world.settings.activationDelayMs = 0;
        Sandbox::InventoryRule local;
        local.areaCodes = {QStringLiteral("415"), QStringLiteral("212")};
        local.count = 40;
        Sandbox::InventoryRule tollFree;
        tollFree.type = QStringLiteral("toll-free");
        tollFree.areaCodes = {QStringLiteral("800")};
        tollFree.count = 10;
        world.inventoryRules = {local, tollFree};
        return world;
    }

    static ApiCallPolicy fastPolicy()
    {
        using namespace std::chrono_literals;
        ApiCallPolicy policy;
        policy.transferTimeout = 1500ms;
        policy.maxAttempts = 4;
        policy.backoffBase = 5ms;
        policy.backoffCap = 40ms;
        policy.budget = 20s;
        policy.jitterSeed = 11;
        return policy;
    }

    explicit ApiSandbox(Sandbox::World world = defaultWorld(), int freeNumberCap = 10,
            const QStringList &ownedNumbers = {})
        : server(std::move(world))
    {
        QString error;
        if (!server.listen(QHostAddress::LocalHost, 0, &error))
            qFatal("sandbox: %s", qPrintable(error));
        server.state().addVapiAccount(VapiKey, freeNumberCap, QStringLiteral("Test org"));
        server.state().addTwilioAccount(TwilioSid, TwilioToken, ownedNumbers);
        server.state().addTwilioApiKey(TwilioSid, TwilioKeySid, TwilioKeySecret);
        vapi = makeVapi(VapiKey);
        twilio = makeTwilio(TwilioSid, TwilioToken);
        twilioByKey = makeTwilio(TwilioKeySid, TwilioKeySecret);
    }

    std::unique_ptr<VapiClient> makeVapi(const QString &key)
    {
        auto client = std::make_unique<VapiClient>(network, scheduler,
                VapiCredentials{server.baseUrl(), key, QStringLiteral("vapi/") + key.left(8)});
        client->setCallPolicy(fastPolicy());
        return client;
    }

    std::unique_ptr<TwilioClient> makeTwilio(
            const QString &user, const QString &secret, const QString &accountSid = TwilioSid)
    {
        auto client = std::make_unique<TwilioClient>(network, scheduler,
                TwilioCredentials{server.baseUrl(), accountSid, user, secret,
                        QStringLiteral("twilio/") + accountSid});
        client->setCallPolicy(fastPolicy());
        return client;
    }

    void addFault(const QString &text)
    {
        QString error;
        const auto rule = Sandbox::FaultRule::parse(text, &error);
        if (!rule)
            qFatal("fault: %s", qPrintable(error));
        server.faults().add(*rule);
    }

    int count(const QString &method, const QString &glob, int status = 0)
    {
        return int(server.requestLog().matching(method, glob, status).size());
    }

    Sandbox::SandboxServer server;
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    std::unique_ptr<VapiClient> vapi;
    std::unique_ptr<TwilioClient> twilio;
    std::unique_ptr<TwilioClient> twilioByKey;
};

// Runs one call and waits for its result (the callback must run exactly once). A local event
// loop, not QTest::qWaitFor: its 10 ms naps would add up on every hop between the client and
// the sandbox, which share this thread.
template<typename T, typename Start>
std::optional<ApiResult<T>> await(Start start, int timeoutMs = 15000)
{
    std::optional<ApiResult<T>> result;
    int callbacks = 0;
    QObject context;
    QEventLoop loop;
    start(&context, [&](const ApiResult<T> &r) {
        ++callbacks;
        result = r;
        loop.quit();
    });
    if (callbacks == 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents(); // let a second (wrong) callback show itself
    if (callbacks > 1)
        qFatal("a call finished %d times", callbacks);
    return result;
}

inline QString describe(const ApiError &error)
{
    return ApiError::categoryName(error.category) + u' ' + QString::number(error.httpStatus) + u' '
            + error.toString();
}

} // namespace Switchboard::Test

// A result that must be a value, with the error in the failure message otherwise. The
// expression is evaluated once.
#define SB_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &sbResult = (expression);                                                       \
        QVERIFY2(sbResult.has_value(), "the call did not finish");                                 \
        QVERIFY2(sbResult->ok(),                                                                   \
                sbResult->ok() ? "" : qPrintable(Switchboard::Test::describe(sbResult->error()))); \
    } while (false)
