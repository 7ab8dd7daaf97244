// SPDX-License-Identifier: Apache-2.0
// Requests per second the sandbox serves on loopback, beside a trivial QHttpServer route
// measured in the same run: later client benchmarks can check that the sandbox is not their
// bottleneck. Each server runs in its own thread; the client is one QNetworkAccessManager
// with a fixed number of requests in flight. Not a test: it prints figures (bench/README.md).
#include "sandbox/SandboxServer.h"
#include "sandbox/vapi/VapiJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Switchboard::Sandbox;

namespace {

const QString benchKey = QStringLiteral("bench-key");

// Runs a server on its own event loop; port() is valid once start() returns.
class ServerThread : public QThread
{
public:
    explicit ServerThread(std::function<quint16()> startServer)
        : m_startServer(std::move(startServer))
    { }

    quint16 startAndWait()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        m_port = m_startServer();
        m_ready.release();
        exec();
    }

private:
    std::function<quint16()> m_startServer;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

struct Scenario
{
    QString name;
    QByteArray method;
    QUrl url;
    std::function<QByteArray(int)> body; // request i's body; empty for GET
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Result
{
    int requests = 0;
    int failures = 0;
    double seconds = 0;
    QList<qint64> latenciesUs;
};

// Sends `count` requests, keeping `inFlight` outstanding, and waits for all of them.
Result run(QNetworkAccessManager &network, const Scenario &scenario, int count, int inFlight)
{
    Result result;
    QEventLoop loop;
    int sent = 0;
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> sendNext = [&] {
        if (sent >= count)
            return;
        const int index = sent++;
        QNetworkRequest request(scenario.url);
        for (const auto &[name, value] : scenario.headers)
            request.setRawHeader(name, value);
        const qint64 startedNs = clock.nsecsElapsed();
        QNetworkReply *reply = network.sendCustomRequest(
                request, scenario.method, scenario.body ? scenario.body(index) : QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, startedNs] {
            result.latenciesUs.append((clock.nsecsElapsed() - startedNs) / 1000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status >= 300)
                ++result.failures;
            reply->readAll();
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else
                sendNext();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        sendNext();
    loop.exec();
    result.requests = count;
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

qint64 percentile(QList<qint64> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(fraction * values.size())));
}

World benchWorld(int existingNumbers)
{
    World world;
    world.settings.activationDelayMs = 0;
    VapiOrgRecord org;
    org.apiKey = benchKey;
    org.orgId = QStringLiteral("00000000-0000-4000-8000-00000000be0c");
    org.freeNumberCap = 1000000;
    for (int i = 0; i < existingNumbers; ++i) {
        VapiNumberRecord number;
        number.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        number.provider = QStringLiteral("vapi");
        number.createdAt = number.updatedAt
                = QDateTime::currentDateTimeUtc().addSecs(i - existingNumbers);
        number.fields.insert(QStringLiteral("number"), QStringLiteral("+1303555%1").arg(5000 + i));
        number.fields.insert(QStringLiteral("name"), QStringLiteral("Line %1").arg(i));
        org.phoneNumbers.append(number);
    }
    world.vapiOrgs.append(org);
    return world;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 4000;

    // Baselines: the cheapest route QHttpServer serves (a small JSON array), and the same
    // server answering a ready-made body as large as the sandbox's list of 100 numbers, which
    // separates the cost of HTTP on loopback from the cost of building the answer.
    ServerThread baselineThread([] {
        auto *server = new QHttpServer;
        server->route(QStringLiteral("/ping"), [] {
            return QJsonArray{QJsonObject{{QStringLiteral("ok"), true}}};
        });
        QJsonArray hundred;
        const World world = benchWorld(100);
        for (const VapiNumberRecord &number : world.vapiOrgs.first().phoneNumbers)
            hundred.append(VapiJson::phoneNumber(
                    number, world.vapiOrgs.first().orgId, QStringLiteral("active")));
        const QByteArray payload = VapiJson::compact(hundred);
        server->route(QStringLiteral("/ready-made-list"), [payload] {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), payload);
        });
        QObject::connect(
                QThread::currentThread(), &QThread::finished, server, &QObject::deleteLater);
        return server->listen(QHostAddress::LocalHost, 0);
    });
    const quint16 baselinePort = baselineThread.startAndWait();

    // The sandbox: 10 numbers to list, as an organization typically has.
    ServerThread sandboxThread([] {
        auto *server = new SandboxServer(benchWorld(10));
        QObject::connect(
                QThread::currentThread(), &QThread::finished, server, &QObject::deleteLater);
        return server->listen(QHostAddress::LocalHost, 0);
    });
    const quint16 sandboxPort = sandboxThread.startAndWait();
    ServerThread fullListThread([] {
        auto *server = new SandboxServer(benchWorld(100));
        QObject::connect(
                QThread::currentThread(), &QThread::finished, server, &QObject::deleteLater);
        return server->listen(QHostAddress::LocalHost, 0);
    });
    const quint16 fullListPort = fullListThread.startAndWait();

    auto url = [](quint16 port, const QString &path) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    };
    const QList<QPair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer " + benchKey.toUtf8()}};
    const QList<QPair<QByteArray, QByteArray>> jsonAuth{
            {"Authorization", "Bearer " + benchKey.toUtf8()}, {"Content-Type", "application/json"}};
    static const QStringList areaCodes{QStringLiteral("415"), QStringLiteral("212"),
            QStringLiteral("312"), QStringLiteral("206"), QStringLiteral("305"),
            QStringLiteral("512"), QStringLiteral("617"), QStringLiteral("404")};
    const QList<Scenario> scenarios{
            {QStringLiteral("baseline: QHttpServer GET /ping"), "GET",
                    url(baselinePort, QStringLiteral("/ping")), {}, {}},
            {QStringLiteral("baseline: QHttpServer, ready-made 100-number body"), "GET",
                    url(baselinePort, QStringLiteral("/ready-made-list")), {}, {}},
            {QStringLiteral("sandbox: GET /phone-number (10 numbers)"), "GET",
                    url(sandboxPort, QStringLiteral("/phone-number")), {}, auth},
            {QStringLiteral("sandbox: GET /phone-number (100 numbers)"), "GET",
                    url(fullListPort, QStringLiteral("/phone-number")), {}, auth},
            {QStringLiteral("sandbox: POST /phone-number (free number)"), "POST",
                    url(sandboxPort, QStringLiteral("/phone-number")),
                    [](int i) {
                        return QJsonDocument(
                                QJsonObject{{QStringLiteral("provider"), QStringLiteral("vapi")},
                                        {QStringLiteral("numberDesiredAreaCode"),
                                                areaCodes.at(i % areaCodes.size())},
                                        {QStringLiteral("name"),
                                                QStringLiteral("Bench %1").arg(i)}})
                                .toJson(QJsonDocument::Compact);
                    },
                    jsonAuth},
    };

    QNetworkAccessManager network;
    QTextStream out(stdout);
    out << "Requests per scenario: " << count << " (after " << count / 10 << " warm-up requests)\n";
    out << "Machine: " << QThread::idealThreadCount() << " logical cores; Qt " << qVersion()
        << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(QStringLiteral("scenario"), -50)
                    .arg(QStringLiteral("in flight"), 9)
                    .arg(QStringLiteral("req/s"), 9)
                    .arg(QStringLiteral("p50 µs"), 8)
                    .arg(QStringLiteral("p99 µs"), 8)
                    .arg(QStringLiteral("failed"), 6);
    for (const Scenario &scenario : scenarios) {
        for (int inFlight : {1, 6}) {
            run(network, scenario, count / 10, inFlight); // warm-up: connections, caches
            const Result result = run(network, scenario, count, inFlight);
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                            .arg(scenario.name, -50)
                            .arg(inFlight, 9)
                            .arg(result.requests / result.seconds, 9, 'f', 0)
                            .arg(percentile(result.latenciesUs, 0.5), 8)
                            .arg(percentile(result.latenciesUs, 0.99), 8)
                            .arg(result.failures, 6);
            out.flush();
        }
    }
    for (ServerThread *thread : {&baselineThread, &sandboxThread, &fullListThread}) {
        thread->quit();
        thread->wait();
    }
    return 0;
}
