// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/domain/Organization.h"
#include "core/provisioning/FreeNumberCap.h"
#include "core/provisioning/UsageReport.h"
#include "core/storage/AccountStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// Parses "[--org SLUG]" and opens the workspace; *organizationId is 0 without --org.
bool parseScope(CliContext &context, const QString &name, const QString &description,
        const QStringList &arguments, qint64 *organizationId, int *code,
        CliContext::Access access = CliContext::Access::Read)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    if (!parseCommand(context, parser, name, arguments, code))
        return false;
    if (!context.openWorkspace(access)) {
        *code = context.openFailure();
        return false;
    }
    *organizationId = 0;
    if (parser.isSet(QStringLiteral("org"))) {
        Organization organization;
        if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization)) {
            *code = BadUsage;
            return false;
        }
        *organizationId = organization.id;
    }
    return true;
}

QString money(double dollars)
{
    return QStringLiteral("$") + QString::number(dollars, 'f', 2);
}

// `usage recheck [--org SLUG]`: the next provisioning asks Vapi once more over a learned cap,
// and a payment gate is over (the customer added a payment method).
int runUsageRecheck(CliContext &context, const QStringList &arguments)
{
    qint64 organizationId = 0;
    int code = Success;
    if (!parseScope(context, QStringLiteral("usage recheck"),
                QStringLiteral("Ask Vapi again: the next provisioning tries one free number over "
                               "a learned cap, and after a payment method was added."),
                arguments, &organizationId, &code, CliContext::Access::Write))
        return code;
    const QList<UsageReport> reports = usageReports(context.services(), organizationId);
    if (reports.isEmpty())
        return context.fail(OperationFailed,
                QStringLiteral("No Vapi account is set up yet (workspace set --vapi-region us)."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray done;
    for (const UsageReport &r : reports) {
        if (const WriteResult marked = context.accounts().requestCapRecheck(r.account.id, now);
                !marked)
            return context.fail(OperationFailed, marked.message());
        done.append(r.account.isWorkspaceAccount() ? QStringLiteral("workspace") : r.account.label);
        if (!context.json())
            context.out() << (r.account.isWorkspaceAccount()
                            ? QStringLiteral("Workspace Vapi account")
                            : QStringLiteral("Vapi account \"%1\"").arg(printable(r.account.label)))
                          << ": the next provisioning asks Vapi for a free number again (cap "
                          << r.account.freeNumberCap << ", "
                          << printable(FreeNumberCap::sourceText(r.account)) << ").\n";
    }
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("recheck"), done}});
    return Success;
}

} // namespace

int runUsage(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == u"recheck")
        return runUsageRecheck(context, arguments.mid(1));
    qint64 organizationId = 0;
    int code = Success;
    if (!parseScope(context, QStringLiteral("usage"),
                QStringLiteral("Free-number usage per Vapi account, as last seen (refresh with "
                               "`number list --refresh`)."),
                arguments, &organizationId, &code))
        return code;
    const QList<UsageReport> reports = usageReports(context.services(), organizationId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.json()) {
        QJsonArray array;
        for (const UsageReport &r : reports) {
            array.append(QJsonObject{
                    {QStringLiteral("vapiAccount"),
                            r.account.isWorkspaceAccount() ? QStringLiteral("workspace")
                                                           : r.account.label},
                    {QStringLiteral("region"), toString(r.account.region)},
                    {QStringLiteral("used"), r.usage.used()},
                    {QStringLiteral("limit"), r.usage.cap()},
                    {QStringLiteral("remaining"), r.usage.remaining()},
                    {QStringLiteral("percent"), r.usage.percent()},
                    {QStringLiteral("level"), toString(r.usage.level())},
                    {QStringLiteral("capSource"), toString(r.account.capSource)},
                    {QStringLiteral("capSetAt"), r.account.capSetAt.toString(Qt::ISODate)},
                    {QStringLiteral("capRecheckDue"), FreeNumberCap::recheckDue(r.account, now)},
                    {QStringLiteral("paymentRequiredAt"),
                            r.account.paymentRequiredAt.toString(Qt::ISODate)},
                    {QStringLiteral("advice"), r.usage.advice()},
                    {QStringLiteral("organizations"),
                            QJsonArray::fromStringList(r.organizations)}});
        }
        context.printJson(array);
        return Success;
    }
    if (reports.isEmpty()) {
        context.out() << "No Vapi account is set up yet (workspace set --vapi-region us).\n";
        return Success;
    }
    for (const UsageReport &r : reports) {
        context.out() << (r.account.isWorkspaceAccount()
                        ? QStringLiteral("Workspace Vapi account")
                        : QStringLiteral("Vapi account \"%1\"").arg(printable(r.account.label)))
                      << ": " << printable(r.usage.summary()) << " [" << toString(r.usage.level())
                      << "]\n";
        context.out() << "  cap " << r.account.freeNumberCap << ": "
                      << printable(FreeNumberCap::sourceText(r.account))
                      << (FreeNumberCap::recheckDue(r.account, now)
                                         ? QStringLiteral("; the next provisioning asks Vapi again")
                                         : QString())
                      << '\n';
        if (FreeNumberCap::waitingForPaymentMethod(r.account, now))
            context.out() << "  " << printable(FreeNumberCap::paymentText(r.account))
                          << " (switchboard-cli usage recheck)\n";
        if (!r.usage.advice().isEmpty())
            context.out() << "  " << printable(r.usage.advice()) << '\n';
    }
    context.out().flush();
    return Success;
}

int runScaling(CliContext &context, const QStringList &arguments)
{
    qint64 organizationId = 0;
    int code = Success;
    if (!parseScope(context, QStringLiteral("scaling"),
                QStringLiteral("Scaling advice: stage, monthly cost now and as assistants grow, "
                               "setup time and next steps."),
                arguments, &organizationId, &code))
        return code;
    const ScalingInputs inputs = scalingInputs(context.services(), organizationId);
    const ScalingAdvice advice = ScalingAdvice::advise(inputs);
    if (context.json()) {
        QJsonArray links;
        for (const ScalingAdvice::Link &link : advice.links)
            links.append(QJsonObject{{QStringLiteral("title"), link.title},
                    {QStringLiteral("url"), link.url.toString()}});
        context.printJson(QJsonObject{{QStringLiteral("stage"), toString(advice.stage)},
                {QStringLiteral("monthlyCostNow"), advice.monthlyCostNow},
                {QStringLiteral("monthlyCostAfter10More"), advice.monthlyCostAfter10More},
                {QStringLiteral("monthlyCostAfter50More"), advice.monthlyCostAfter50More},
                {QStringLiteral("freeNumbersInUse"), inputs.freeNumbersInUse},
                {QStringLiteral("freeNumberCap"), inputs.freeNumberCap},
                {QStringLiteral("vapiAccounts"), inputs.vapiAccounts},
                {QStringLiteral("fullVapiAccounts"), inputs.fullVapiAccounts},
                {QStringLiteral("setupTime"), advice.setupTime},
                {QStringLiteral("nextSteps"), QJsonArray::fromStringList(advice.nextSteps)},
                {QStringLiteral("links"), links}});
        return Success;
    }
    QTextStream &out = context.out();
    out << "Stage:            " << displayName(advice.stage) << '\n'
        << "Monthly cost now: " << money(advice.monthlyCostNow) << '\n'
        << "  with 10 more assistants: " << money(advice.monthlyCostAfter10More) << '\n'
        << "  with 50 more assistants: " << money(advice.monthlyCostAfter50More) << '\n'
        << "Free Vapi numbers: " << ScalingAdvice::freeNumbersText(inputs) << '\n'
        << "Setup time:       " << printable(advice.setupTime) << '\n'
        << "Next steps:\n";
    for (const QString &step : advice.nextSteps)
        out << "  - " << printable(step) << '\n';
    for (const ScalingAdvice::Link &link : advice.links)
        out << "  " << printable(link.title) << ": " << printable(link.url.toString()) << '\n';
    out.flush();
    return Success;
}

} // namespace Switchboard::Cli
