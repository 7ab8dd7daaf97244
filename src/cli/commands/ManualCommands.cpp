// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/domain/Organization.h"
#include "core/provisioning/ManualAssignment.h"
#include "core/storage/AccountStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/OrganizationStore.h"

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
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
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
                      << printable(t.assistantName.isEmpty() ? t.assistantId : t.assistantName)
                      << "  [" << toString(t.state) << "]  " << t.createdAt.toString(Qt::ISODate)
                      << '\n';
        for (const QString &reason : t.reasons)
            context.out() << "    - " << printable(reason) << '\n';
    }
    context.out().flush();
    return Success;
}

int manualComplete(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Complete a manual task: give its assistant a number (imported from the organization's "
            "or the workspace's Twilio account), a Vapi SIP URI, or an existing unassigned "
            "number."));
    parser.addPositionalArgument(
            QStringLiteral("task"), QStringLiteral("The task's number (see manual list)."));
    parser.addOption(
            {QStringLiteral("number"), QStringLiteral("An E.164 number."), QStringLiteral("e164")});
    parser.addOption({QStringLiteral("sip-uri"),
            QStringLiteral("A SIP URI on sip.vapi.ai (sip.eu.vapi.ai for EU)."),
            QStringLiteral("uri")});
    parser.addOption({QStringLiteral("existing"),
            QStringLiteral("The Vapi id of an existing, unassigned number."),
            QStringLiteral("id")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("manual complete"), arguments, &code))
        return code;
    bool ok = false;
    const qint64 taskId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || taskId <= 0)
        return context.fail(BadUsage,
                QStringLiteral("TASK: must be the number of a manual task (see manual list)"));
    const int given = int(parser.isSet(QStringLiteral("number")))
            + int(parser.isSet(QStringLiteral("sip-uri")))
            + int(parser.isSet(QStringLiteral("existing")));
    if (given != 1)
        return context.fail(
                BadUsage, QStringLiteral("give exactly one of --number, --sip-uri and --existing"));
    const ManualAssignment::Kind kind = parser.isSet(QStringLiteral("number"))
            ? ManualAssignment::Kind::Number
            : parser.isSet(QStringLiteral("sip-uri")) ? ManualAssignment::Kind::SipUri
                                                      : ManualAssignment::Kind::Existing;
    const QString value
            = parser.value(parser.isSet(QStringLiteral("number"))     ? QStringLiteral("number")
                            : parser.isSet(QStringLiteral("sip-uri")) ? QStringLiteral("sip-uri")
                                                                      : QStringLiteral("existing"));
    if (!context.openWorkspace())
        return context.openFailure();
    const auto task = context.tasks().task(taskId);
    if (!task)
        return context.fail(
                BadUsage, QStringLiteral("TASK: there is no manual task #%1").arg(taskId));
    if (task->state != ManualTaskState::Open)
        return context.fail(BadUsage,
                QStringLiteral("TASK: manual task #%1 is %2, not open")
                        .arg(taskId)
                        .arg(toString(task->state)));
    const auto account = context.accounts().vapiAccountServing(task->organizationId);
    const QString option = kind == ManualAssignment::Kind::Number ? QStringLiteral("--number")
            : kind == ManualAssignment::Kind::SipUri              ? QStringLiteral("--sip-uri")
                                                                  : QStringLiteral("--existing");
    if (FieldError problem
            = ManualAssignment::validate(kind, value, account ? account->region : Region::Us)) {
        problem.field = option;
        return context.fail(BadUsage, problem.toString());
    }
    if (!context.connectApis())
        return BadUsage;
    return context.runAsync([&context, task, kind, value](const std::function<void(int)> &done) {
        auto *assignment = new ManualAssignment(context.services(), *task, kind, value);
        QObject::connect(assignment, &ManualAssignment::finished, assignment,
                [&context, done](
                        bool succeeded, const QString &message, const PhoneNumber &number) {
                    if (!succeeded) {
                        done(context.fail(OperationFailed, message));
                        return;
                    }
                    if (context.json())
                        context.printJson(QJsonObject{{QStringLiteral("phoneNumberId"), number.id},
                                {QStringLiteral("number"), number.address.toString()},
                                {QStringLiteral("message"), message}});
                    else
                        context.out() << printable(message) << '\n';
                    context.out().flush();
                    done(Success);
                });
        assignment->start();
    });
}

} // namespace

int runManual(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list")
        return manualList(context, arguments.mid(1));
    if (sub == u"complete")
        return manualComplete(context, arguments.mid(1));
    return context.fail(BadUsage,
            QStringLiteral("manual: unknown subcommand \"%1\"; use list or complete").arg(sub));
}

} // namespace Switchboard::Cli
