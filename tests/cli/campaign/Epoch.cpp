// SPDX-License-Identifier: Apache-2.0
#include "Epoch.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace Campaign {
namespace {

const QString OrgSlug = QStringLiteral("campaign");
const QString VapiKey = QStringLiteral("campaign-vapi-key");
const QString OrgSid = QStringLiteral("AC0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a");
const QString OrgToken = QStringLiteral("campaign-org-token");
const QString WorkspaceSid = QStringLiteral("AC0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
const QString WorkspaceToken = QStringLiteral("campaign-workspace-token");
const int SandboxFreeCap = 3;
const int MaxConcurrency = 6;

QString S(const char *text)
{
    return QString::fromLatin1(text);
}

QString joined(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QStringList poolNumbers(const QString &prefix, int count)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers << prefix + QString::number(i);
    return numbers;
}

int inFlightIn(const QJsonArray &history)
{
    return int(std::count_if(history.begin(), history.end(), [](const QJsonValue &attempt) {
        return attempt[QLatin1String("outcome")].toString() == u"in-flight";
    }));
}

} // namespace

Epoch::Epoch(const Programs &programs, quint64 seed, int number, Figures &figures)
    : m_programs(programs)
    , m_seed(seed)
    , m_number(number)
    , m_figures(figures)
    , m_random(quint32(seed ^ (seed >> 32)) + quint32(number) * 0x9E3779B9u)
    , m_directory(QDir(programs.workDirectory).filePath(QStringLiteral("epoch-%1").arg(number)))
{ }

QString Epoch::where() const
{
    return QStringLiteral("seed %1, epoch %2, %3").arg(m_seed).arg(m_number).arg(m_round);
}

void Epoch::fail(const QString &what)
{
    m_figures.failures << QStringLiteral("[%1] %2").arg(where(), what);
    qWarning("FAILURE [%s] %s", qPrintable(where()), qPrintable(what));
}

CliRun Epoch::cli(const QStringList &arguments, const RunLimits &limits, const QByteArray &input)
{
    ++m_figures.cliRuns;
    return m_cli->run(arguments, limits, input);
}

bool Epoch::accept(const CliRun &run, std::initializer_list<int> codes)
{
    if (run.hung()) {
        fail(run.describe()
                + (run.stack.isEmpty() ? QString() : QStringLiteral("; stack: ") + run.stack));
        m_stopped = true;
        return false;
    }
    if (!run.ended()) {
        fail(run.describe());
        return false;
    }
    ++m_figures.exitCodes[QString::number(run.exitCode)];
    if (std::find(codes.begin(), codes.end(), run.exitCode) == codes.end()) {
        fail(run.describe() + QStringLiteral(": ")
                + QString::fromUtf8(run.err.left(400)).trimmed());
        return false;
    }
    return true;
}

void Epoch::run(const QDeadlineTimer &rounds)
{
    ++m_figures.epochs;
    if (!setUp()) {
        m_stopped = true;
        return;
    }
    for (int i = 1; i <= m_rounds && !m_stopped && !rounds.hasExpired(); ++i)
        round(i);
    if (!m_stopped)
        resumeUntilSettled();
    checkEnd();
    m_sandbox.stop();
}

bool Epoch::setUp()
{
    // The allowances, drawn from the seed: small enough that every link runs dry.
    const int workspaceFreeCap = m_random.bounded(2, 5);
    m_setup.orgSid = OrgSid;
    m_setup.workspaceSid = WorkspaceSid;
    const QStringList orgPool = poolNumbers(S("+1720555015"), m_random.bounded(1, 4));
    const QStringList workspacePool = poolNumbers(S("+1720555016"), m_random.bounded(1, 4));
    m_setup.orgPool = QSet<QString>(orgPool.cbegin(), orgPool.cend());
    m_setup.workspacePool = QSet<QString>(workspacePool.cbegin(), workspacePool.cend());
    m_setup.orgPurchaseLimit = m_random.bounded(1, 4);
    m_setup.workspacePurchaseLimit = m_random.bounded(1, 4);
    const int capacity = qMin(workspaceFreeCap, SandboxFreeCap) + int(orgPool.size())
            + m_setup.orgPurchaseLimit + int(workspacePool.size()) + m_setup.workspacePurchaseLimit;
    m_maxAssistants = capacity + m_random.bounded(2, 6);
    m_rounds = m_random.bounded(6, 15);
    qInfo("[%s] Vapi free cap %d (the sandbox's %d); organization pool %lld, purchase limit %d; "
          "workspace pool %lld, purchase limit %d; room for %d numbers, %d assistants, %d rounds",
            qPrintable(where()), workspaceFreeCap, SandboxFreeCap, qlonglong(orgPool.size()),
            m_setup.orgPurchaseLimit, qlonglong(workspacePool.size()),
            m_setup.workspacePurchaseLimit, capacity, m_maxAssistants, m_rounds);

    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot make ") + m_directory);
        return false;
    }
    QString error;
    const quint64 sandboxSeed = m_seed + quint64(m_number);
    if (!m_sandbox.start(m_programs.sandbox,
                {S("--seed"), QString::number(sandboxSeed), S("--vapi-account"),
                        QStringLiteral("%1:%2").arg(VapiKey).arg(SandboxFreeCap),
                        S("--twilio-account"),
                        QStringLiteral("%1:%2:%3").arg(OrgSid, OrgToken, orgPool.join(u',')),
                        S("--twilio-account"),
                        QStringLiteral("%1:%2:%3")
                                .arg(WorkspaceSid, WorkspaceToken, workspacePool.join(u','))},
                QDir(m_directory).filePath(S("sandbox-state.json")), &error)) {
        fail(error);
        return false;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SWITCHBOARD_DATA_DIR", "SWITCHBOARD_DATABASE_PASSWORD", "PGPASSWORD",
                 "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_PHONE_NUMBER"})
        environment.remove(S(name));
    environment.insert(S("SWITCHBOARD_VAPI_API_KEY"), VapiKey);
    environment.insert(S("TWILIO_ACCOUNT_SID"), WorkspaceSid);
    environment.insert(S("TWILIO_AUTH_TOKEN"), WorkspaceToken);
    m_cli.emplace(m_programs.cli,
            QStringList{S("--data-dir"), QDir(m_directory).filePath(S("workspace")),
                    S("--vapi-url"), m_sandbox.baseUrl(), S("--twilio-url"), m_sandbox.baseUrl()},
            environment);
    m_invariants.emplace(m_setup);

    // The workspace, through the CLI as a person sets it up; the organization's own Twilio
    // token goes to the keychain (the only place an organization's secret is read from).
    const QList<std::pair<QStringList, QByteArray>> steps{
            {{S("workspace"), S("set"), S("--vapi-region"), S("us"), S("--free-cap"),
                     QString::number(workspaceFreeCap), S("--twilio-account-sid"), WorkspaceSid,
                     S("--pool"), workspacePool.join(u','), S("--allow-purchase"),
                     S("--purchase-limit"), QString::number(m_setup.workspacePurchaseLimit)},
                    {}},
            {{S("org"), S("add"), OrgSlug, S("--name"), S("Crash campaign"), S("--area-code"),
                     S("303")},
                    {}},
            {{S("org"), S("edit"), OrgSlug, S("--twilio-account-sid"), OrgSid, S("--pool"),
                     orgPool.join(u','), S("--allow-purchase"), S("--purchase-limit"),
                     QString::number(m_setup.orgPurchaseLimit)},
                    {}},
            {{S("org"), S("secret"), S("set"), OrgSlug, S("twilio-auth-token")},
                    OrgToken.toUtf8() + '\n'},
    };
    for (const auto &[arguments, input] : steps) {
        if (!accept(cli(arguments, {}, input), {0}))
            return false;
    }
    return createAssistants(m_random.bounded(2, 5)) > 0;
}

int Epoch::createAssistants(int count)
{
    int created = 0;
    for (int i = 0; i < count && m_assistants < m_maxAssistants; ++i) {
        const CliRun run
                = cli({S("--json"), S("assistant"), S("create"), S("--org"), OrgSlug, S("--name"),
                              QStringLiteral("Desk %1").arg(m_assistants + 1), S("--no-provision")},
                        {});
        if (!accept(run, {0}))
            break;
        if (QJsonDocument::fromJson(run.out).object().value(S("id")).toString().isEmpty()) {
            fail(QStringLiteral("assistant create printed no id: ") + QString::fromUtf8(run.out));
            break;
        }
        ++m_assistants;
        ++created;
    }
    return created;
}

// An assistant for provision --assistant: mostly one without a number, sometimes any (one that
// has a number must not get a second).
QString Epoch::pickAssistant()
{
    QString error;
    const QJsonObject state = m_sandbox.readState(&error);
    QStringList all;
    QSet<QString> withNumber;
    for (const QJsonValue org : state[S("vapi")][S("accounts")].toArray()) {
        for (const QJsonValue a : org[S("assistants")].toArray())
            all << a[S("id")].toString();
        for (const QJsonValue n : org[S("phoneNumbers")].toArray())
            withNumber.insert(n[S("assistantId")].toString());
    }
    QStringList without;
    for (const QString &id : std::as_const(all)) {
        if (!withNumber.contains(id))
            without << id;
    }
    const QStringList &from = !without.isEmpty() && m_random.bounded(100) < 70 ? without : all;
    return from.isEmpty() ? QString() : from.at(m_random.bounded(int(from.size())));
}

QString Epoch::drawFaults(int *maxLatencyMs)
{
    struct Weighted
    {
        const char *text;
        int weight;
    };
    static const Weighted routes[] = {
            {"POST /phone-number", 6}, // free numbers and imports
            {"POST /2010-04-01/Accounts/*/IncomingPhoneNumbers.json", 5}, // purchases
            {"GET /v2/phone-number", 2}, // Vapi listings (reconciliation, refresh, checks)
            {"GET /phone-number", 1}, {"GET /assistant", 1},
            {"GET /2010-04-01/Accounts/*/IncomingPhoneNumbers.json", 2}, // recovering purchases
            {"GET /2010-04-01/Accounts/*/AvailablePhoneNumbers/**", 1}, // searching
    };
    static const Weighted kinds[] = {{"429", 1}, {"500", 1}, {"502", 1}, {"503", 1}, {"reset", 1},
            {"truncate", 1}, {"malformed", 1}, {"lost", 2}, {"lost:close", 1}, {"lost:hang", 2},
            {"latency", 2}};
    auto pick = [this](const auto &table) {
        int total = 0;
        for (const Weighted &w : table)
            total += w.weight;
        int at = m_random.bounded(total);
        for (const Weighted &w : table) {
            if (at < w.weight)
                return S(w.text);
            at -= w.weight;
        }
        return QString();
    };

    *maxLatencyMs = 0;
    QStringList rules;
    const int count = m_random.bounded(100) < 10 ? 0 : m_random.bounded(1, 5);
    for (int i = 0; i < count; ++i) {
        const QString kind = pick(kinds);
        ++m_figures.faultsSet[kind == u"lost" ? S("lost:reset") : kind];
        QString rule = kind;
        if (kind == u"latency") {
            const int ms = m_random.bounded(100, 1501);
            *maxLatencyMs = qMax(*maxLatencyMs, ms);
            rule = QStringLiteral("latency:%1").arg(ms);
        }
        rule += u'@' + pick(routes);
        if (kind == u"lost:hang") // each costs a job the CLI's whole transfer timeout (15 s)
            rule += S(",count=1");
        else if (m_random.bounded(2) == 0)
            rule += QStringLiteral(",count=%1").arg(m_random.bounded(1, 4));
        else
            rule += QStringLiteral(",rate=%1").arg(m_random.bounded(10, 51) / 100.0, 0, 'f', 2);
        if (kind == u"429")
            rule += QStringLiteral(",retry-after=%1").arg(m_random.bounded(0, 3));
        rules << rule;
    }
    // Often the creates are also slow (after the rules above, which win): a kill finds them in
    // flight more often, as it would on a loaded service.
    if (m_random.bounded(100) < 50) {
        const int ms = m_random.bounded(150, 801);
        *maxLatencyMs = qMax(*maxLatencyMs, ms);
        ++m_figures.faultsSet[S("latency")];
        rules << QStringLiteral("latency:%1@POST /**,rate=%2")
                         .arg(ms)
                         .arg(m_random.bounded(50, 101) / 100.0, 0, 'f', 2);
    }
    return rules.join(u';');
}

QJsonArray Epoch::historySnapshot()
{
    RunLimits limits;
    limits.timeoutMs = 30000;
    const CliRun run = cli({S("--json"), S("history")}, limits);
    if (!accept(run, {0}))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    if (!document.isArray())
        fail(QStringLiteral("history --json printed no array: ")
                + QString::fromUtf8(run.out.left(300)));
    QJsonArray history = document.array();
    m_invariants->checkHistory(history, where());
    return history;
}

void Epoch::round(int index)
{
    m_round = QStringLiteral("round %1").arg(index);
    ++m_figures.rounds;
    // New assistants as the rounds go, so that the last ones come near the end.
    const int missing = m_maxAssistants - m_assistants;
    const int roundsLeft = m_rounds - index + 1;
    createAssistants(m_random.bounded(0, (2 * missing + roundsLeft - 1) / roundsLeft + 1));

    int maxLatencyMs = 0;
    const QString spec = drawFaults(&maxLatencyMs);
    QString error;
    if (!spec.isEmpty() && !m_sandbox.addFaults(spec, &error)) {
        fail(QStringLiteral("the sandbox refused the faults %1: %2").arg(spec, error));
        m_stopped = true;
        return;
    }

    QStringList arguments{S("--json"), S("provision"), S("--org"), OrgSlug, S("--concurrency"),
            QString::number(m_random.bounded(1, MaxConcurrency + 1))};
    const QString one = m_random.bounded(100) < 20 ? pickAssistant() : QString();
    if (one.isEmpty())
        arguments << S("--all-unassigned");
    else
        arguments << S("--assistant") << one;
    RunLimits limits;
    limits.timeoutMs = 90000; // a few lost:hang of 15 s each, retries and backoff
    // A batch without faults is over in a few hundred milliseconds: most kills come early.
    const int moment = m_random.bounded(100);
    if (moment < 55)
        limits.killAfterMs = m_random.bounded(30, 700);
    else if (moment < 75)
        limits.killAfterMs = m_random.bounded(700, 4000);
    const CliRun run = cli(arguments, limits);

    QMap<QString, int> hit;
    for (const QJsonValue rule : m_sandbox.faults(&error)) {
        const QString kind = rule[S("kind")].toString();
        const QString label = kind == u"lost" ? kind + u':' + rule[S("mode")].toString() : kind;
        if (const int hits = rule[S("hits")].toInt()) {
            hit[label] += hits;
            m_figures.faultsHit[label] += hits;
        }
    }
    if (!m_sandbox.clearFaults(&error)) {
        fail(error);
        m_stopped = true;
        return;
    }
    if (run.killed) {
        ++m_figures.kills;
        // A delayed create is applied when its delay is over, as a slow service applies it
        // after the client is gone; the restart comes after that.
        QTest::qWait(maxLatencyMs + 300);
    } else {
        ++m_figures.finishedRounds;
        accept(run, {0, 1});
    }
    if (!m_sandbox.isRunning()) {
        fail(QStringLiteral("switchboard-sandbox ended: ") + m_sandbox.stderrText());
        m_stopped = true;
        return;
    }
    if (!m_sandbox.collectRequests(&error))
        fail(error);
    const int inFlight = inFlightIn(historySnapshot());
    if (run.killed && inFlight > 0)
        ++m_figures.killsInFlight;
    qInfo("[%s] faults [%s] hit [%s]; %s; %d in flight", qPrintable(where()), qPrintable(spec),
            qPrintable(joined(hit)), qPrintable(run.describe()), inFlight);
}

void Epoch::resumeUntilSettled()
{
    // Every assistant the epoch allows, so that the chain certainly runs dry to the manual link.
    m_round = QStringLiteral("before the resume");
    createAssistants(m_maxAssistants - m_assistants);
    for (int i = 1; i <= 3; ++i) {
        m_round = QStringLiteral("resume %1").arg(i);
        ++m_figures.resumes;
        RunLimits limits;
        limits.timeoutMs = 60000; // no faults: a few seconds at most
        const CliRun run = cli({S("--json"), S("provision"), S("--org"), OrgSlug,
                                       S("--all-unassigned"), S("--concurrency"),
                                       QString::number(m_random.bounded(1, MaxConcurrency + 1))},
                limits);
        const bool ended = accept(run, {0, 1});
        if (m_stopped)
            return;
        QString error;
        if (!m_sandbox.collectRequests(&error))
            fail(error);
        const int inFlight = inFlightIn(historySnapshot());
        QMap<QString, int> outcomes;
        for (const QJsonValue r :
                QJsonDocument::fromJson(run.out).object().value(S("results")).toArray())
            ++outcomes[r[S("outcome")].toString()];
        const int unsettled = std::accumulate(outcomes.cbegin(), outcomes.cend(), 0)
                - outcomes.value(S("succeeded")) - outcomes.value(S("manual-queued"));
        qInfo("[%s] %s; results [%s]; %d in flight", qPrintable(where()),
                qPrintable(run.describe()), qPrintable(joined(outcomes)), inFlight);
        if (ended && inFlight == 0 && unsettled == 0)
            return;
    }
    fail(QStringLiteral("provisioning without faults did not settle in 3 resumes (results other "
                        "than succeeded or manual-queued, or attempts in flight)"));
}

void Epoch::checkEnd()
{
    m_round = m_stopped ? QStringLiteral("end, after a hang: no resume ran")
                        : QStringLiteral("end");
    EndState end;
    QString error;
    if (!m_sandbox.collectRequests(&error))
        fail(error);
    end.requests = m_sandbox.requests();
    end.sandboxState = m_sandbox.readState(&error);
    if (end.sandboxState.isEmpty())
        fail(error);
    auto json = [this](const QStringList &arguments) {
        RunLimits limits;
        limits.timeoutMs = 30000;
        const CliRun run = cli(QStringList{S("--json")} + arguments, limits);
        accept(run, {0});
        return QJsonDocument::fromJson(run.out);
    };
    end.orgShow = json({S("org"), S("show"), OrgSlug}).object();
    end.workspaceInfo = json({S("workspace"), S("info")}).object();
    end.openTasks = json({S("manual"), S("list")}).array();
    end.inFlight = json({S("history"), S("--outcome"), S("in-flight")}).array();
    m_invariants->checkEnd(end, !m_stopped, where());

    const QMap<QString, int> checks = m_invariants->checksPerInvariant();
    const QMap<QString, int> failed = m_invariants->failedPerInvariant();
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        m_figures.checks[it.key()] += it.value();
        m_figures.failedChecks[it.key()] += failed.value(it.key());
    }
    for (auto it = m_invariants->assistantsByOutcome().cbegin();
            it != m_invariants->assistantsByOutcome().cend(); ++it)
        m_figures.assistantsByOutcome[it.key()] += it.value();
    for (auto it = m_invariants->attemptsByOutcome().cbegin();
            it != m_invariants->attemptsByOutcome().cend(); ++it)
        m_figures.attemptsByOutcome[it.key()] += it.value();
    m_figures.failures << m_invariants->failures();
    qInfo("[%s] assistants per outcome: %s", qPrintable(where()),
            qPrintable(joined(m_invariants->assistantsByOutcome())));
}

} // namespace Campaign
