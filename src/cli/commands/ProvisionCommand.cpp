// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/ProvisionOutput.h"

#include "core/domain/Organization.h"
#include "core/domain/Validation.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/Reconciliation.h"
#include "core/storage/DirectoryStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include "core/secrets/SecretInput.h"

#include <cstdio>

namespace Switchboard::Cli {
namespace {

// A terminal on Linux and macOS, a console on Windows (where _isatty() would take NUL for one).
bool stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return SecretInput::isTerminal(_fileno(stderr));
#else
    return SecretInput::isTerminal(fileno(stderr));
#endif
}

QJsonObject usageJson(const FreeNumberUsage &usage)
{
    return QJsonObject{{QStringLiteral("used"), usage.used()},
            {QStringLiteral("limit"), usage.cap()},
            {QStringLiteral("remaining"), usage.remaining()},
            {QStringLiteral("percent"), usage.percent()},
            {QStringLiteral("level"), toString(usage.level())}};
}

int dryRun(CliContext &context, const Organization &organization, const QStringList &assistants)
{
    QString error;
    const QList<LinkDecision> plan = context.engine().plan(organization.id, &error);
    const auto usage = context.engine().usageFor(organization.id);
    if (context.json()) {
        QJsonArray links;
        for (const LinkDecision &d : plan)
            links.append(QJsonObject{{QStringLiteral("strategy"), toString(d.strategy)},
                    {QStringLiteral("attempt"), d.attempt},
                    {QStringLiteral("purchase"), d.purchase},
                    {QStringLiteral("reason"), d.reason}});
        context.printJson(QJsonObject{{QStringLiteral("organization"), organization.slug},
                {QStringLiteral("assistants"), QJsonArray::fromStringList(assistants)},
                {QStringLiteral("usage"), usage ? usageJson(*usage) : QJsonObject()},
                {QStringLiteral("chain"), links}});
        return Success;
    }
    QTextStream &out = context.out();
    out << "Dry run for " << printable(organization.name) << " (" << assistants.size()
        << " assistant(s)); nothing is changed.\n";
    if (usage)
        out << "Free numbers: " << usage->summary() << '\n';
    for (const LinkDecision &d : plan) {
        const bool stops = d.attempt;
        out << "  " << toString(d.strategy).leftJustified(20) << (d.attempt ? "try   " : "skip  ")
            << printable(d.reason) << '\n';
        if (stops) {
            out << "  (later links run only if this one fails)\n";
            break;
        }
    }
    out.flush();
    return Success;
}

} // namespace

int runProvision(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Give assistants phone numbers through the chain: free Vapi number, the organization's "
            "Twilio, the workspace's Twilio, then a manual task."));
    parser.addOption(
            {QStringLiteral("org"), QStringLiteral("The organization."), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("assistant"), QStringLiteral("One assistant (its Vapi id)."),
            QStringLiteral("id")});
    parser.addOption({QStringLiteral("all-unassigned"),
            QStringLiteral("Every assistant of the organization without a number.")});
    parser.addOption({QStringLiteral("dry-run"),
            QStringLiteral("Print the chain's decision and change nothing.")});
    parser.addOption({QStringLiteral("concurrency"),
            QStringLiteral("At most <n> at a time (default 4)."), QStringLiteral("n")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("provision"), arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("org")))
        return context.fail(BadUsage, QStringLiteral("--org: is required"));
    const bool all = parser.isSet(QStringLiteral("all-unassigned"));
    const QString assistantId = parser.value(QStringLiteral("assistant"));
    if (all == !assistantId.isEmpty())
        return context.fail(
                BadUsage, QStringLiteral("give either --assistant ID or --all-unassigned"));
    if (!all)
        if (const FieldError problem
                = Validation::checkVapiId(assistantId, QStringLiteral("--assistant")))
            return context.fail(BadUsage, problem.toString());
    bool ok = true;
    const int concurrency = parser.isSet(QStringLiteral("concurrency"))
            ? parser.value(QStringLiteral("concurrency")).toInt(&ok)
            : 4;
    if (!ok || concurrency < 1 || concurrency > 32)
        return context.fail(
                BadUsage, QStringLiteral("--concurrency: must be a whole number from 1 to 32"));

    if (!context.openWorkspace())
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
        return BadUsage;
    if (!context.connectApis())
        return BadUsage;

    auto unassigned = [&context, &organization] {
        QStringList ids;
        for (const Assistant &a : context.directory().assistants(organization.id)) {
            if (!a.hasNumber())
                ids << a.id;
        }
        return ids;
    };
    if (parser.isSet(QStringLiteral("dry-run")))
        return dryRun(context, organization, all ? unassigned() : QStringList{assistantId});

    const bool json = context.json();
    const bool progressBar = all && !json && stderrIsTerminal();
    return context.runAsync([&, json, progressBar](const std::function<void(int)> &done) {
        // First what a crash left in flight, then a fresh listing, then the chain.
        Reconciliation *reconciliation = context.engine().reconcile();
        QObject::connect(reconciliation, &Reconciliation::finished, reconciliation,
                [&, done, json, progressBar, reconciliation](
                        const Reconciliation::Summary &summary) {
                    if (summary.busy > 0 && !json)
                        context.err() << "note: " << summary.busy
                                      << " attempt(s) in flight belong to another running "
                                         "console or process; they were left alone.\n";
                    auto *refresh = new DirectoryRefresh(
                            context.services(), organization.id, reconciliation);
                    QObject::connect(refresh, &DirectoryRefresh::finished, refresh,
                            [&, done, json, progressBar, refresh](bool) {
                                if (refresh->storageFailed()) {
                                    // Which assistants lack a number is not known then: saying
                                    // "every assistant has one" would be a false success.
                                    context.err() << "switchboard-cli: provision: "
                                                  << printable(refresh->problems().join(
                                                             QStringLiteral("; ")))
                                                  << '\n';
                                    context.err().flush();
                                    done(OperationFailed);
                                    return;
                                }
                                if (!refresh->problems().isEmpty() && !json)
                                    context.err() << "note: "
                                                  << printable(refresh->problems().join(
                                                             QStringLiteral("; ")))
                                                  << '\n';
                                if (const auto usage = context.engine().usageFor(organization.id);
                                        usage && !json
                                        && usage->level() != FreeNumberUsage::Level::Ok) {
                                    context.err() << "Free numbers: " << usage->summary() << "\n  "
                                                  << usage->advice() << '\n';
                                    context.err().flush();
                                }
                                const QStringList ids
                                        = all ? unassigned() : QStringList{assistantId};
                                ProvisioningBatch *batch = context.engine().provisionAll(
                                        organization.id, ids, concurrency);
                                QObject::connect(batch, &ProvisioningBatch::progress, batch,
                                        [&, progressBar](int completed, int total,
                                                const ProvisioningResult &) {
                                            if (!progressBar)
                                                return;
                                            const int width = 30;
                                            const int filled
                                                    = total ? completed * width / total : width;
                                            context.err() << "\r[" << QString(filled, u'#')
                                                          << QString(width - filled, u'.') << "] "
                                                          << completed << '/' << total;
                                            if (completed == total)
                                                context.err() << '\n';
                                            context.err().flush();
                                        });
                                QObject::connect(batch, &ProvisioningBatch::finished, batch,
                                        [&, done, batch, ids, json](bool) {
                                            int exitCode = Success;
                                            QJsonArray results;
                                            for (const ProvisioningResult &r : batch->results()) {
                                                if (r.refused)
                                                    exitCode = BadUsage;
                                                else if ((!r.succeeded() || r.storageFailed)
                                                        && exitCode != BadUsage)
                                                    exitCode = OperationFailed;
                                                if (json) {
                                                    results.append(resultJson(r));
                                                    continue;
                                                }
                                                context.out()
                                                        << r.assistantId.left(8) << "  "
                                                        << toString(r.outcome).leftJustified(14)
                                                        << r.number.address.displayText()
                                                                   .leftJustified(20)
                                                        << printable(r.summary) << '\n';
                                                if (!all)
                                                    printSteps(context.out(), r);
                                            }
                                            if (json)
                                                context.printJson(QJsonObject{
                                                        {QStringLiteral("organization"),
                                                                organization.slug},
                                                        {QStringLiteral("results"), results}});
                                            else if (ids.isEmpty())
                                                context.out() << "Every assistant of "
                                                              << printable(organization.name)
                                                              << " already has a number.\n";
                                            context.out().flush();
                                            batch->deleteLater();
                                            done(exitCode);
                                        });
                                batch->start();
                            });
                    refresh->start();
                });
        reconciliation->start();
    });
}

} // namespace Switchboard::Cli
