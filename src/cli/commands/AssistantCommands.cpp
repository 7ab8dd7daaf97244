// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/ListingSupport.h"
#include "cli/commands/ProvisionOutput.h"

#include "core/api/VapiClient.h"
#include "core/domain/Organization.h"
#include "core/domain/Validation.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/AssistantLinking.h"
#include "core/provisioning/AutoProvisioner.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// One line on standard error for each assistant that the listing found new and the policy
// provisioned, so that standard output stays the listing (or its JSON).
void noteAutomatic(CliContext &context, const ProvisioningResult &result)
{
    const auto assistant = context.directory().assistant(result.assistantId);
    context.err() << "note: new assistant "
                  << printable(assistant ? assistant->name : result.assistantId) << ": "
                  << printable(result.summary) << '\n';
    context.err().flush();
}

// As refreshThen, and then the new assistants of organizations that provision automatically
// get a number (AutoProvisioner) before the listing is printed.
int refreshProvisionThen(
        CliContext &context, qint64 organizationId, const std::function<int()> &print)
{
    return context.runAsync([&context, organizationId, print](
                                    const std::function<void(int)> &done) {
        auto *refresh = new DirectoryRefresh(context.services(), organizationId);
        QObject::connect(refresh, &DirectoryRefresh::finished, refresh,
                [&context, organizationId, refresh, print, done](bool) {
                    if (!refresh->problems().isEmpty())
                        context.err() << "note: showing the last listing; "
                                      << printable(refresh->problems().join(QStringLiteral("; ")))
                                      << '\n';
                    context.err().flush();
                    auto *provisioner = new AutoProvisioner(
                            context.engine(), refresh->listedAccounts(), organizationId);
                    refresh->deleteLater();
                    QObject::connect(provisioner, &AutoProvisioner::provisioned, provisioner,
                            [&context](const ProvisioningResult &result) {
                                noteAutomatic(context, result);
                            });
                    QObject::connect(provisioner, &AutoProvisioner::finished, provisioner,
                            [&context, provisioner, print, done] {
                                for (const QString &problem : provisioner->problems())
                                    context.err() << "note: " << printable(problem) << '\n';
                                context.err().flush();
                                provisioner->deleteLater();
                                done(print());
                            });
                    provisioner->start();
                });
        refresh->start();
    });
}

QJsonObject assistantJson(CliContext &context, const Assistant &a)
{
    const auto organization = context.organizations().findById(a.organizationId);
    const auto number = a.hasNumber() ? context.directory().number(a.phoneNumberId) : std::nullopt;
    return QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name},
            {QStringLiteral("organization"), organization ? organization->slug : QString()},
            {QStringLiteral("phoneNumberId"), a.phoneNumberId},
            {QStringLiteral("number"), number ? number->address.toString() : QString()}};
}

int assistantList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Assistants with their numbers, fresh from Vapi."));
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    parser.addOption({QStringLiteral("offline"),
            QStringLiteral("Show the last listing without asking Vapi.")});
    parser.addOption({QStringLiteral("no-provision"),
            QStringLiteral("Only list: do not give new assistants a number, whatever their "
                           "organization's policy.")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("assistant list"), arguments, &code))
        return code;
    qint64 organizationId = 0;
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    if (!scope(context, parser, &organizationId, &code))
        return code == Success ? OperationFailed : code;
    auto print = [&context, organizationId] {
        QJsonArray array;
        for (const Assistant &a : context.directory().assistants(organizationId)) {
            const QJsonObject o = assistantJson(context, a);
            if (context.json()) {
                array.append(o);
                continue;
            }
            context.out()
                    << printable(a.id) << "  " << printable(a.name).left(30).leftJustified(31)
                    << printable(o[QStringLiteral("organization")].toString()).leftJustified(20)
                    << ' '
                    << (a.hasNumber() ? printable(o[QStringLiteral("number")].toString())
                                      : QStringLiteral("(no number)"))
                    << '\n';
        }
        if (context.json())
            context.printJson(array);
        context.out().flush();
        return int(Success);
    };
    if (parser.isSet(QStringLiteral("offline")) || !refreshable(context))
        return print();
    if (!context.connectApis())
        return BadUsage;
    if (parser.isSet(QStringLiteral("no-provision")))
        return refreshThen(context, organizationId, print);
    return refreshProvisionThen(context, organizationId, print);
}

// The new (or linked) assistant, and what provisioning it came to: `result` is null when it
// was not provisioned (--no-provision, or its organization provisions on request).
void printCreated(CliContext &context, const Organization &organization, const Assistant &assistant,
        const ProvisioningResult *result, bool link)
{
    if (context.json()) {
        QJsonObject o = assistantJson(context, assistant);
        if (result && !result->number.id.isEmpty()) {
            o.insert(QStringLiteral("phoneNumberId"), result->number.id);
            o.insert(QStringLiteral("number"), result->number.address.toString());
        }
        o.insert(QStringLiteral("provisioning"),
                result ? QJsonValue(resultJson(*result)) : QJsonValue(QJsonValue::Null));
        context.printJson(o);
        context.out().flush();
        return;
    }
    context.out() << printable(assistant.id) << "  " << printable(assistant.name) << "  ("
                  << printable(organization.slug) << ")\n";
    if (result) {
        context.out() << "  " << toString(result->outcome).leftJustified(14)
                      << result->number.address.displayText().leftJustified(20)
                      << printable(result->summary) << '\n';
        printSteps(context.out(), *result);
    } else if (!link) {
        context.out() << "  no number yet; to give it one: provision --org "
                      << printable(organization.slug) << " --assistant " << printable(assistant.id)
                      << '\n';
    }
    context.out().flush();
}

int assistantCreateOrLink(CliContext &context, const QStringList &arguments, bool link)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(link
                    ? QStringLiteral("Link an existing Vapi assistant to an organization "
                                     "(kept in the assistant's metadata).")
                    : QStringLiteral("Create an assistant in the organization's Vapi account."));
    parser.addOption(
            {QStringLiteral("org"), QStringLiteral("The organization."), QStringLiteral("slug")});
    if (link)
        parser.addPositionalArgument(
                QStringLiteral("id"), QStringLiteral("The assistant's Vapi id."));
    else
        parser.addOption({QStringLiteral("name"),
                QStringLiteral("The assistant's name (at most %1 characters).")
                        .arg(VapiNameMaxLength),
                QStringLiteral("name")});
    if (!link)
        parser.addOption({QStringLiteral("no-provision"),
                QStringLiteral("Create it without a number, whatever the organization's "
                               "policy, and keep the policy from giving it one later "
                               "(provision gives it one on request).")});
    const QString command
            = link ? QStringLiteral("assistant link") : QStringLiteral("assistant create");
    int code = Success;
    if (!parseCommand(context, parser, command, arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("org")))
        return context.fail(BadUsage, QStringLiteral("--org: is required"));
    const QString id = link ? parser.positionalArguments().value(0) : QString();
    const QString name = link ? QString() : parser.value(QStringLiteral("name")).trimmed();
    if (link) {
        if (const FieldError problem = Validation::checkVapiId(id, QStringLiteral("ID")))
            return context.fail(BadUsage, problem.toString());
    } else if (name.isEmpty() || name.size() > VapiNameMaxLength) {
        return context.fail(BadUsage,
                QStringLiteral("--name: must be 1 to %1 characters (Vapi's limit)")
                        .arg(VapiNameMaxLength));
    }
    if (!context.openWorkspace())
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
        return BadUsage;
    if (!context.connectApis())
        return BadUsage;
    const bool declined = !link && parser.isSet(QStringLiteral("no-provision"));
    const bool provision = !link && !declined && context.settings().autoProvisions(organization);
    return context.runAsync([&context, organization, link, id, name, provision, declined](
                                    const std::function<void(int)> &done) {
        AssistantLinking::createOrLink(context.services(), organization,
                link ? AssistantLinking::Mode::Link : AssistantLinking::Mode::Create,
                link ? id : name, QCoreApplication::instance(),
                [&context, organization, done, provision, declined, link](
                        const ApiResult<Assistant> &result) {
                    if (!result) {
                        done(context.fail(result.error().category == ApiError::Category::NotFound
                                        ? BadUsage
                                        : OperationFailed,
                                result.error().toString()));
                        return;
                    }
                    const Assistant &assistant = result.value();
                    // Declined on the command line: on record, so that the automatic policy
                    // (now or once it is turned on) never gives it a number behind the
                    // person's back.
                    QString error;
                    if (declined
                            && !context.engine().recordDeclined(
                                    organization, assistant.id, assistant.name, &error)) {
                        printCreated(context, organization, assistant, nullptr, link);
                        done(context.fail(OperationFailed,
                                QStringLiteral("the assistant was created, but the workspace could "
                                               "not record that it is not to be provisioned; "
                                               "the next refresh may provision it: ")
                                        + error));
                        return;
                    }
                    if (!provision) {
                        printCreated(context, organization, assistant, nullptr, link);
                        done(Success);
                        return;
                    }
                    // Its organization provisions new assistants automatically: at once, as
                    // the first and only automatic attempt for it.
                    ProvisioningJob *job = context.engine().provision(
                            organization.id, assistant.id, &error, AttemptOrigin::Automatic);
                    if (!job) {
                        printCreated(context, organization, assistant, nullptr, link);
                        done(context.fail(OperationFailed,
                                QStringLiteral("the assistant was created, but not provisioned: ")
                                        + error));
                        return;
                    }
                    QObject::connect(job, &ProvisioningJob::finished, QCoreApplication::instance(),
                            [&context, organization, assistant, done, link](
                                    const ProvisioningResult &r) {
                                printCreated(context, organization, assistant, &r, link);
                                done(r.succeeded() && !r.storageFailed ? Success : OperationFailed);
                            });
                });
    });
}

} // namespace

int runAssistant(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list")
        return assistantList(context, arguments.mid(1));
    if (sub == u"create")
        return assistantCreateOrLink(context, arguments.mid(1), false);
    if (sub == u"link")
        return assistantCreateOrLink(context, arguments.mid(1), true);
    return context.fail(BadUsage,
            QStringLiteral("assistant: unknown subcommand \"%1\"; use list, create or link")
                    .arg(sub));
}

} // namespace Switchboard::Cli
