// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/ProvisionOutput.h"

#include "core/domain/Organization.h"
#include "core/provisioning/AutoProvisioner.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/Reconciliation.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Switchboard::Cli {
namespace {

constexpr qint64 DefaultIntervalMs = 5LL * 60 * 1000;
constexpr qint64 MaxIntervalMs = 24LL * 60 * 60 * 1000;

// Set by SIGTERM and SIGINT; read by a timer on the event loop (a signal handler may do nothing
// else). The second signal ends the process at once: the next start completes what was in
// flight (Reconciliation).
std::atomic<int> g_stopSignals{0};

extern "C" void onStopSignal(int)
{
    if (g_stopSignals.fetch_add(1) >= 1)
        std::_Exit(128 + SIGTERM);
}

// "30s", "5m", "1h", or plain seconds; nullopt when it is none of those or out of range.
std::optional<qint64> parseInterval(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*([smh]?)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 ms = amount * (unit == u"h" ? 3600000 : unit == u"m" ? 60000 : 1000);
    if (ms < 1000 || ms > MaxIntervalMs)
        return std::nullopt;
    return ms;
}

// One watch: rounds of reconcile → list → provision the new, `interval` apart, until a signal.
// Every round ends, whatever fails in it; a failure is logged and the next round tries again.
class Watch : public QObject
{
public:
    Watch(CliContext &context, qint64 organizationId, qint64 intervalMs, bool once,
            std::function<void(int)> done)
        : m_context(context)
        , m_organizationId(organizationId)
        , m_intervalMs(intervalMs)
        , m_once(once)
        , m_done(std::move(done))
    {
        m_nextRound.setSingleShot(true);
        connect(&m_nextRound, &QTimer::timeout, this, &Watch::startRound);
        m_signalPoll.setInterval(100);
        connect(&m_signalPoll, &QTimer::timeout, this, &Watch::checkSignals);
    }

    void start()
    {
        m_signalPoll.start();
        // Which organizations are watched and how many of them provision automatically; a
        // note when none does (a watch that can do nothing), or when they cannot be read yet.
        QString error;
        int automatic = 0;
        int watched = 0;
        for (const Organization &o : m_context.organizations().list(&error)) {
            if (m_organizationId != 0 && o.id != m_organizationId)
                continue;
            ++watched;
            if (m_context.settings().autoProvisions(o))
                ++automatic;
        }
        QList<std::pair<QString, QJsonValue>> fields{
                {QStringLiteral("intervalSeconds"), m_intervalMs / 1000}};
        if (!error.isEmpty()) {
            fields.append(std::pair<QString, QJsonValue>{QStringLiteral("detail"),
                    QStringLiteral("the organizations cannot be read yet: ") + error});
        } else {
            fields.emplace_back(QStringLiteral("watched"), watched);
            fields.emplace_back(QStringLiteral("automatic"), automatic);
            if (automatic == 0)
                fields.append(std::pair<QString, QJsonValue>{QStringLiteral("detail"),
                        QStringLiteral("none provisions new assistants automatically "
                                       "(workspace set --auto-provision on, or org edit SLUG "
                                       "--auto-provision on)")});
        }
        log(QStringLiteral("started"), fields);
        startRound();
    }

private:
    void checkSignals()
    {
        if (g_stopSignals.load() == 0 || m_stopping)
            return;
        m_stopping = true;
        m_nextRound.stop();
        log(QStringLiteral("stopping"),
                {{QStringLiteral("detail"),
                        m_roundRunning ? QStringLiteral("after the provisioning in progress")
                                       : QString()}});
        if (m_provisioner)
            m_provisioner->cancel();
        if (!m_roundRunning)
            end(Success);
    }

    void startRound()
    {
        if (m_stopping)
            return;
        m_roundRunning = true;
        m_roundClock.start();
        // What a killed process or a crash left in flight first: never a second number for it.
        Reconciliation *reconciliation = m_context.engine().reconcile();
        connect(reconciliation, &Reconciliation::finished, this,
                [this, reconciliation](const Reconciliation::Summary &summary) {
                    reconciliation->deleteLater();
                    if (summary.succeeded + summary.failed > 0)
                        log(QStringLiteral("reconciled"),
                                {{QStringLiteral("detail"),
                                        QStringLiteral("%1 attempt(s) left in flight were "
                                                       "completed")
                                                .arg(summary.succeeded + summary.failed)}});
                    refresh();
                });
        reconciliation->start();
    }

    void refresh()
    {
        if (m_stopping) {
            endRound();
            return;
        }
        auto *refresh = new DirectoryRefresh(m_context.services(), m_organizationId, this);
        connect(refresh, &DirectoryRefresh::finished, this, [this, refresh](bool) {
            refresh->deleteLater();
            for (const QString &problem : refresh->problems())
                log(QStringLiteral("problem"),
                        {{QStringLiteral("detail"),
                                QStringLiteral("Vapi could not be listed; trying again next "
                                               "round: %1")
                                        .arg(problem)}});
            provision(refresh->listedAccounts());
        });
        refresh->start();
    }

    void provision(const QSet<qint64> &listed)
    {
        if (m_stopping || listed.isEmpty()) {
            endRound();
            return;
        }
        m_provisioner = new AutoProvisioner(m_context.engine(), listed, m_organizationId, this);
        connect(m_provisioner, &AutoProvisioner::provisioned, this,
                [this](const ProvisioningResult &result) { logResult(result); });
        connect(m_provisioner, &AutoProvisioner::finished, this, [this] {
            for (const QString &problem : m_provisioner->problems())
                log(QStringLiteral("problem"), {{QStringLiteral("detail"), problem}});
            m_provisioner->deleteLater();
            m_provisioner = nullptr;
            endRound();
        });
        m_provisioner->start();
    }

    void endRound()
    {
        m_roundRunning = false;
        if (m_stopping || m_once) {
            end(Success);
            return;
        }
        m_nextRound.start(int(std::max<qint64>(m_intervalMs - m_roundClock.elapsed(), 0)));
    }

    void end(int code)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_signalPoll.stop();
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        log(QStringLiteral("stopped"), {});
        deleteLater();
        m_done(code);
    }

    void logResult(const ProvisioningResult &result)
    {
        const auto assistant = m_context.directory().assistant(result.assistantId);
        QString organization;
        if (const auto owner
                = m_context.organizations().findById(assistant ? assistant->organizationId : 0))
            organization = owner->slug;
        const QString event = result.refused                     ? QStringLiteral("refused")
                : result.succeeded()                             ? QStringLiteral("provisioned")
                : result.outcome == AttemptOutcome::ManualQueued ? QStringLiteral("manual-queued")
                                                                 : QStringLiteral("failed");
        if (m_context.json()) {
            QJsonObject line = resultJson(result);
            line.insert(QStringLiteral("time"), now());
            line.insert(QStringLiteral("event"), event);
            line.insert(QStringLiteral("organization"), organization);
            line.insert(QStringLiteral("assistantName"), assistant ? assistant->name : QString());
            printLine(line);
            return;
        }
        QTextStream &out = m_context.out();
        out << now() << "  " << event.leftJustified(14) << printable(organization) << "  "
            << printable(assistant ? assistant->name : result.assistantId) << "  "
            << (result.number.id.isEmpty() ? QString() : result.number.address.displayText())
            << (result.number.id.isEmpty() ? QString() : QStringLiteral("  "))
            << printable(result.summary) << '\n';
        out.flush();
    }

    void log(const QString &event, const QList<std::pair<QString, QJsonValue>> &fields)
    {
        if (m_context.json()) {
            QJsonObject line{{QStringLiteral("time"), now()}, {QStringLiteral("event"), event}};
            for (const auto &[key, value] : fields) {
                if (!value.toString().isEmpty() || value.isDouble())
                    line.insert(key, value);
            }
            printLine(line);
            return;
        }
        QStringList parts;
        for (const auto &[key, value] : fields) {
            const QString text = value.isDouble() ? QString::number(value.toInteger())
                                                  : printable(value.toString());
            if (!text.isEmpty())
                parts << (key == u"detail" ? QString() : key + u'=') + text;
        }
        QString line = now() + QStringLiteral("  ") + event.leftJustified(14)
                + parts.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        QTextStream &out = m_context.out();
        out << line << '\n';
        out.flush();
    }

    void printLine(const QJsonObject &line)
    {
        m_context.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                        << '\n';
        m_context.out().flush();
    }

    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

    CliContext &m_context;
    qint64 m_organizationId = 0;
    qint64 m_intervalMs = DefaultIntervalMs;
    bool m_once = false;
    std::function<void(int)> m_done;
    QTimer m_nextRound;
    QTimer m_signalPoll;
    QElapsedTimer m_roundClock;
    QPointer<AutoProvisioner> m_provisioner;
    bool m_roundRunning = false;
    bool m_stopping = false;
    bool m_ended = false;
};

} // namespace

int runWatch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run until stopped: on every interval, list each organization's assistants and give "
            "the new ones a number, as their organization's policy says (--auto-provision). One "
            "line per event; SIGTERM or Ctrl+C stops it between steps."));
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    parser.addOption({QStringLiteral("interval"),
            QStringLiteral("How often: 30s, 5m, 1h (default 5m; 1s to 24h)."),
            QStringLiteral("duration")});
    parser.addOption(
            {QStringLiteral("once"), QStringLiteral("One round, then stop (for a scheduler).")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("watch"), arguments, &code))
        return code;
    // From here on a SIGTERM is a request to stop cleanly, even while the workspace opens.
    g_stopSignals = 0;
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    qint64 intervalMs = DefaultIntervalMs;
    if (parser.isSet(QStringLiteral("interval"))) {
        const auto parsed = parseInterval(parser.value(QStringLiteral("interval")));
        if (!parsed)
            return context.fail(BadUsage,
                    QStringLiteral("--interval: give a duration from 1s to 24h, such as 30s, 5m "
                                   "or 1h"));
        intervalMs = *parsed;
    }
    if (!context.openWorkspace())
        return context.openFailure();
    qint64 organizationId = 0;
    if (parser.isSet(QStringLiteral("org"))) {
        Organization organization;
        if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
            return BadUsage;
        organizationId = organization.id;
    }
    if (!context.connectApis())
        return BadUsage;
    const bool once = parser.isSet(QStringLiteral("once"));
    return context.runAsync(
            [&context, organizationId, intervalMs, once](const std::function<void(int)> &done) {
                // Deletes itself when it ends.
                auto *watch = new Watch(context, organizationId, intervalMs, once, done);
                watch->setParent(QCoreApplication::instance());
                watch->start();
            });
}

} // namespace Switchboard::Cli
