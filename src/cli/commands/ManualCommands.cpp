#include "CliContext.h"
#include "Commands.h"

#include "domain/Organization.h"
#include "storage/ManualTaskStore.h"
#include "storage/OrganizationStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

int manualList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Open manual-assignment tasks, with their reasons."));
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Completed and cancelled tasks too.")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("manual list"), arguments, &code))
        return code;
    if (!context.openWorkspace())
        return OperationFailed;
    qint64 organizationId = 0;
    if (parser.isSet(QStringLiteral("org"))) {
        Organization organization;
        if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
            return BadUsage;
        organizationId = organization.id;
    }
    const auto state = parser.isSet(QStringLiteral("all")) ? std::nullopt
                                                           : std::optional(ManualTaskState::Open);
    const QList<ManualTask> tasks = context.tasks().tasks(state, organizationId);
    if (context.json()) {
        QJsonArray array;
        for (const ManualTask &t : tasks) {
            const auto organization = context.organizations().findById(t.organizationId);
            array.append(QJsonObject{{QStringLiteral("id"), t.id},
                    {QStringLiteral("organization"), organization ? organization->slug : QString()},
                    {QStringLiteral("assistantId"), t.assistantId},
                    {QStringLiteral("assistantName"), t.assistantName},
                    {QStringLiteral("state"), toString(t.state)},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(t.reasons)},
                    {QStringLiteral("instructions"), t.instructions},
                    {QStringLiteral("resolution"), t.resolution},
                    {QStringLiteral("createdAt"), t.createdAt.toString(Qt::ISODate)}});
        }
        context.printJson(array);
        return Success;
    }
    if (tasks.isEmpty())
        context.out() << "No open manual tasks.\n";
    for (const ManualTask &t : tasks) {
        context.out() << '#' << t.id << "  "
                      << (t.assistantName.isEmpty() ? t.assistantId : t.assistantName) << "  ["
                      << toString(t.state) << "]  " << t.createdAt.toString(Qt::ISODate) << '\n';
        for (const QString &reason : t.reasons)
            context.out() << "    - " << reason << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace

int runManual(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list")
        return manualList(context, arguments.mid(1));
    return context.fail(BadUsage,
            QStringLiteral("manual: unknown subcommand \"%1\"; use list or complete").arg(sub));
}

} // namespace Switchboard::Cli
