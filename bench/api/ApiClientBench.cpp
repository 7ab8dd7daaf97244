// SPDX-License-Identifier: Apache-2.0
// The API clients' cost per call and throughput against the sandbox on loopback, beside raw
// QNetworkAccessManager requests to the same sandbox in the same run (the baseline), with no
// added latency and with 50 ms; and a batch of creates with the in-flight limit at 1, 4 and 8.
// The sandbox runs as its own process, so the CPU time measured here is the client's alone
// (this process: the caller's thread and Qt's HTTP thread). Figures: bench/README.md.
#include "core/api/RequestScheduler.h"
#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <functional>
#include <memory>

using namespace Switchboard;
using namespace std::chrono_literals;

namespace {

const QString VapiKey = QStringLiteral("bench-vapi-key");
const QString TwilioSid = QStringLiteral("AC33333333333333333333333333333333");
const QString TwilioToken = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString OwnedNumber = QStringLiteral("+14155550177");

QTextStream out(stdout);

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

struct Figures
{
    int calls = 0;
    int failures = 0;
    double wallMs = 0;
    double cpuMs = 0;
};

void report(const QString &name, const Figures &f)
{
    out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(0)
        << QStringLiteral("%1 calls  %2 calls/s  %3 µs CPU/call  %4 ms wall%5\n")
                    .arg(f.calls, 5)
                    .arg(f.calls * 1000.0 / f.wallMs, 8, 'f', 1)
                    .arg(f.cpuMs * 1000.0 / f.calls, 7, 'f', 1)
                    .arg(f.wallMs, 8, 'f', 0)
                    .arg(f.failures ? QStringLiteral("  (%1 FAILED)").arg(f.failures) : QString());
    out.flush();
}

// Runs `total` calls, at most `parallel` at a time: `start(i, done)` starts call i and calls
// done(ok) once.
Figures run(
        int total, int parallel, const std::function<void(int, std::function<void(bool)>)> &start)
{
    Figures f;
    QEventLoop loop;
    int next = 0;
    int finished = 0;
    std::function<void()> launch;
    launch = [&] {
        const int i = next++;
        start(i, [&](bool ok) {
            ++finished;
            if (!ok)
                ++f.failures;
            if (next < total)
                launch();
            else if (finished == total)
                loop.quit();
        });
    };
    QElapsedTimer wall;
    const double cpuBefore = cpuMs();
    wall.start();
    for (int i = 0; i < std::min(parallel, total); ++i)
        launch();
    loop.exec();
    f.wallMs = double(wall.nsecsElapsed()) / 1e6;
    f.cpuMs = cpuMs() - cpuBefore;
    f.calls = total;
    return f;
}

class Sandbox
{
public:
    bool start(const QString &program)
    {
        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--activation-delay"), QStringLiteral("0"),
                QStringLiteral("--vapi-account"), VapiKey + QStringLiteral(":100000"),
                QStringLiteral("--twilio-account"),
                TwilioSid + u':' + TwilioToken + u':' + OwnedNumber});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        QString seen;
        while (m_process.waitForReadyRead(5000)) {
            seen += QString::fromUtf8(m_process.readAll());
            const auto match = listening.match(seen);
            if (match.hasMatch()) {
                m_base = QUrl(match.captured(1));
                return true;
            }
        }
        return false;
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
    QUrl base() const { return m_base; }

    // The control endpoint: replace the fault rules.
    void setFaults(QNetworkAccessManager &network, const QString &spec)
    {
        QEventLoop loop;
        QNetworkRequest clear(m_base.resolved(QUrl(QStringLiteral("/__sandbox/faults"))));
        QNetworkReply *reply = network.deleteResource(clear);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (spec.isEmpty())
            return;
        QNetworkRequest add(clear);
        add.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = network.post(
                add, QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson());
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }

private:
    QProcess m_process;
    QUrl m_base;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("API client benchmark against the sandbox"));
    parser.addHelpOption();
    const QCommandLineOption callsOption(QStringLiteral("calls"),
            QStringLiteral("Calls per measurement without added latency (default 2000)."),
            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption slowCallsOption(QStringLiteral("slow-calls"),
            QStringLiteral("Calls per measurement with 50 ms latency (default 100)."),
            QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
            QStringLiteral("Creates per batch (default 1000)."), QStringLiteral("n"),
            QStringLiteral("1000"));
    const QCommandLineOption batchLatencyOption(QStringLiteral("batch-latency"),
            QStringLiteral("Added latency of the batches in ms, besides 0 (default 10)."),
            QStringLiteral("ms"), QStringLiteral("10"));
    parser.addOptions({callsOption, slowCallsOption, batchOption, batchLatencyOption});
    parser.process(app);
    const int calls = parser.value(callsOption).toInt();
    const int slowCalls = parser.value(slowCallsOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    const int batchLatency = parser.value(batchLatencyOption).toInt();

    Sandbox sandbox;
    if (!sandbox.start(QStringLiteral(SWITCHBOARD_SANDBOX_EXECUTABLE))) {
        QTextStream(stderr) << "could not start the sandbox\n";
        return 1;
    }
    QNetworkAccessManager network;
    RequestScheduler scheduler({4, 1e6, 1000000}); // the token bucket out of the way
    VapiClient vapi(network, scheduler, {sandbox.base(), VapiKey, QStringLiteral("vapi/bench")});
    TwilioClient twilio(network, scheduler,
            {sandbox.base(), TwilioSid, TwilioSid, TwilioToken, QStringLiteral("twilio/bench")});
    QObject context;

    // Fixtures: one assistant, one incoming number.
    QString assistantId;
    QString numberSid;
    {
        QEventLoop loop;
        vapi.createAssistant({QStringLiteral("Bench"), {}, {}, {}}, &context,
                [&](const ApiResult<Assistant> &r) {
                    if (r.ok())
                        assistantId = r.value().id;
                    loop.quit();
                });
        loop.exec();
        twilio.listIncomingNumbers(
                {}, &context, [&](const ApiResult<QList<TwilioIncomingNumber>> &r) {
                    if (r.ok() && !r.value().isEmpty())
                        numberSid = r.value().first().sid;
                    loop.quit();
                });
        loop.exec();
    }
    if (assistantId.isEmpty() || numberSid.isEmpty()) {
        QTextStream(stderr) << "could not set up the fixtures\n";
        return 1;
    }

    const QUrl assistantUrl = sandbox.base().resolved(QUrl(u"/assistant/" + assistantId));
    const QUrl numberUrl = sandbox.base().resolved(QUrl(u"/2010-04-01/Accounts/" + TwilioSid
            + u"/IncomingPhoneNumbers/" + numberSid + u".json"));
    const auto rawGet = [&](const QUrl &url, const QByteArray &authorization) {
        return [&network, url, authorization](int, const std::function<void(bool)> &done) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", authorization);
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                const bool ok
                        = reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty();
                reply->deleteLater();
                done(ok);
            });
        };
    };
    const QByteArray bearer = "Bearer " + VapiKey.toUtf8();
    const QUrl phoneNumberUrl = sandbox.base().resolved(QUrl(QStringLiteral("/phone-number")));
    const QByteArray basic = "Basic " + (TwilioSid + u':' + TwilioToken).toUtf8().toBase64();
    const auto vapiGet = [&](int, const std::function<void(bool)> &done) {
        vapi.getAssistant(
                assistantId, &context, [done](const ApiResult<Assistant> &r) { done(r.ok()); });
    };
    const auto twilioGet = [&](int, const std::function<void(bool)> &done) {
        twilio.fetchIncomingNumber(numberSid, &context,
                [done](const ApiResult<TwilioIncomingNumber> &r) { done(r.ok()); });
    };

    out << "Sandbox " << sandbox.base().toString() << ", Qt " << qVersion() << ", "
        << QThread::idealThreadCount() << " cores\n\n";
    run(200, 4, rawGet(assistantUrl, bearer)); // warm up connections and caches

    for (const int latency : {0, 50}) {
        const int n = latency == 0 ? calls : slowCalls;
        sandbox.setFaults(network, latency ? QStringLiteral("latency:%1").arg(latency) : QString());
        out << "== added latency " << latency << " ms\n";
        for (const int parallel : {1, 4}) {
            scheduler.setLimits({parallel, 1e6, 1000000});
            const QString suffix = QStringLiteral(", %1 in flight").arg(parallel);
            report(u"raw QNAM GET /assistant/{id}" + suffix,
                    run(n, parallel, rawGet(assistantUrl, bearer)));
            report(u"VapiClient::getAssistant" + suffix, run(n, parallel, vapiGet));
            report(u"raw QNAM GET …/IncomingPhoneNumbers/{sid}" + suffix,
                    run(n, parallel, rawGet(numberUrl, basic)));
            report(u"TwilioClient::fetchIncomingNumber" + suffix, run(n, parallel, twilioGet));
        }
        out << "\n";
    }

    // A batch of creates (free SIP numbers), all issued at once: the scheduler holds them to
    // the in-flight limit.
    int serial = 0;
    for (const int latency : {0, batchLatency}) {
        sandbox.setFaults(network, latency ? QStringLiteral("latency:%1").arg(latency) : QString());
        out << "== batch of " << batch << " creates, added latency " << latency << " ms\n";
        for (const int limit : {1, 4, 8}) {
            // A scheduler and client of its own, so that the peak is this run's.
            RequestScheduler batchScheduler({limit, 1e6, 1000000});
            VapiClient batchClient(network, batchScheduler,
                    {sandbox.base(), VapiKey, QStringLiteral("vapi/bench")});
            const QString host
                    = sandbox.base().host() + u':' + QString::number(sandbox.base().port());
            const Figures f = run(batch, batch, [&](int, const std::function<void(bool)> &done) {
                const QString uri = QStringLiteral("sip:bench-%1@sip.vapi.ai").arg(serial++);
                batchClient.createFreeNumber({{}, uri, {}, {}}, &context,
                        [done](const ApiResult<PhoneNumber> &r) { done(r.ok()); });
            });
            report(QStringLiteral("createFreeNumber, in-flight limit %1").arg(limit), f);
            out << "    peak in flight " << batchScheduler.peakInFlight(host) << "\n";
            // Baseline: the same creates as raw QNAM POSTs (body as a QByteArray), `limit` at
            // a time.
            report(QStringLiteral("raw QNAM POST /phone-number, %1 at a time").arg(limit),
                    run(batch, limit, [&](int, const std::function<void(bool)> &done) {
                        QNetworkRequest request(phoneNumberUrl);
                        request.setRawHeader("Authorization", bearer);
                        request.setHeader(QNetworkRequest::ContentTypeHeader,
                                QByteArrayLiteral("application/json"));
                        const QByteArray body = QJsonDocument(
                                QJsonObject{{QStringLiteral("provider"), QStringLiteral("vapi")},
                                        {QStringLiteral("sipUri"),
                                                QStringLiteral("sip:bench-%1@sip.vapi.ai")
                                                        .arg(serial++)}})
                                                        .toJson(QJsonDocument::Compact);
                        QNetworkReply *reply = network.post(request, body);
                        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                            const bool ok = reply->error() == QNetworkReply::NoError;
                            reply->deleteLater();
                            done(ok);
                        });
                    }));
        }
        out << "\n";
    }
    return 0;
}
