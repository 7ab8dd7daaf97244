// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"
#include "Commands.h"
#include "ProvisionOutput.h"
#include "TerminalText.h"

#include "api/VapiClient.h"
#include "domain/Organization.h"
#include "domain/Validation.h"
#include "provisioning/ApiClientProvider.h"
#include "provisioning/AssistantLinking.h"
#include "provisioning/AutoProvisioner.h"
#include "provisioning/DirectoryRefresh.h"
#include "provisioning/NumberRelease.h"
#include "provisioning/ProvisioningEngine.h"
#include "provisioning/ProvisioningJob.h"
#include "storage/AccountStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NumberPoolStore.h"
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// Fetches a fresh listing; on failure says so and goes on with the last one.
int refreshThen(CliContext &context, qint64 organizationId, const std::function<int()> &print)
{
    return context.runAsync([&context, organizationId, print](
                                    const std::function<void(int)> &done) {
        auto *refresh = new DirectoryRefresh(context.services(), organizationId);
        QObject::connect(refresh, &DirectoryRefresh::finished, refresh,
                [&context, refresh, print, done](bool) {
                    if (!refresh->problems().isEmpty())
                        context.err() << "note: showing the last listing; "
                                      << printable(refresh->problems().join(QStringLiteral("; ")))
                                      << '\n';
                    context.err().flush();
                    refresh->deleteLater();
                    done(print());
                });
        refresh->start();
    });
}

// A read-only workspace cannot keep a fresh listing: the last one is shown, with a note.
bool refreshable(CliContext &context)
{
    if (!context.workspaceIsReadOnly())
        return true;
    context.err() << "note: showing the last listing; the workspace is read-only, so it "
                     "cannot be refreshed\n";
    context.err().flush();
    return false;
}

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

bool scope(CliContext &context, QCommandLineParser &parser, qint64 *organizationId, int *code)
{
    *organizationId = 0;
    if (!parser.isSet(QStringLiteral("org")))
        return true;
    Organization organization;
    if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization)) {
        *code = BadUsage;
        return false;
    }
    *organizationId = organization.id;
    return true;
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
                QStringLiteral("The assistant's name (at most 40 characters)."),
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
    } else if (name.isEmpty() || name.size() > 40) {
        return context.fail(
                BadUsage, QStringLiteral("--name: must be 1 to 40 characters (Vapi's limit)"));
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

namespace {

// number release ID [--release-on-twilio]: the number leaves Vapi (a pool number goes back to
// its pool); only with the flag is a pool number released on Twilio too, which stops its bill.
// With the flag, an available pool number (+E164) that is no longer in Vapi is released on
// Twilio alone.
int numberRelease(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Release a number from Vapi; a Twilio pool number goes back to its "
                           "pool."));
    parser.addPositionalArgument(QStringLiteral("number"),
            QStringLiteral("The Vapi id of the number (number list --json), or with "
                           "--release-on-twilio an available pool number in E.164."));
    parser.addOption({QStringLiteral("release-on-twilio"),
            QStringLiteral("Release a pool number on Twilio as well: it stops the monthly bill "
                           "and the number leaves the pool.")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("number release"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, QStringLiteral("number release needs exactly one number"));
    const QString wanted = parser.positionalArguments().constFirst();
    const bool onTwilio = parser.isSet(QStringLiteral("release-on-twilio"));
    if (!context.openWorkspace())
        return context.openFailure();
    const auto inVapi = context.directory().number(wanted);
    std::optional<PoolNumber> pooled;
    if (!inVapi) {
        const PhoneAddress address = PhoneAddress::fromNumber(wanted, QStringLiteral("US"));
        if (onTwilio && address.isValid()) {
            for (const TwilioAccount &account : context.accounts().twilioAccounts()) {
                for (const PoolNumber &n : context.pool().numbers(account.id)) {
                    if (n.number == address && n.state == PoolNumber::State::Available)
                        pooled = n;
                }
            }
        }
        if (!pooled)
            return context.fail(BadUsage,
                    onTwilio ? QStringLiteral("%1: neither a number in Vapi (number list --json "
                                              "shows their ids) nor an available pool number")
                                       .arg(printable(wanted))
                             : QStringLiteral("%1: no number in Vapi has this id (number list "
                                              "--json shows them)")
                                       .arg(printable(wanted)));
    }
    if (!context.connectApis())
        return BadUsage;
    return context.runAsync([&context, inVapi, pooled, onTwilio](
                                    const std::function<void(int)> &done) {
        auto *release = new NumberRelease(context.services());
        auto report = [&context, release, done](const NumberRelease::Outcome &outcome,
                              bool releasedOnTwilio, bool inPool) {
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("ok"), outcome.ok},
                        {QStringLiteral("message"), outcome.message},
                        {QStringLiteral("releasedOnTwilio"), releasedOnTwilio},
                        {QStringLiteral("inPool"), inPool}});
            else
                (outcome.ok ? context.out() : context.err()) << printable(outcome.message) << '\n';
            context.out().flush();
            context.err().flush();
            release->deleteLater();
            done(outcome.ok ? Success : OperationFailed);
        };
        auto onTwilioRelease = [release, report](const PoolNumber &number) {
            release->releaseOnTwilio(number, [report](const NumberRelease::Outcome &outcome) {
                report(outcome, outcome.ok, !outcome.ok);
            });
        };
        if (!inVapi) {
            onTwilioRelease(*pooled);
            return;
        }
        release->releaseFromVapi(*inVapi,
                [&context, report, onTwilioRelease, onTwilio](
                        const NumberRelease::Outcome &outcome) {
                    if (!outcome.ok || !outcome.poolNumber) {
                        report(outcome, false, false);
                        return;
                    }
                    if (onTwilio) {
                        if (!context.json())
                            context.out() << printable(outcome.message) << '\n';
                        onTwilioRelease(*outcome.poolNumber);
                        return;
                    }
                    NumberRelease::Outcome kept = outcome;
                    kept.message += u' '
                            + QStringLiteral("To stop the bill: number release %1 "
                                             "--release-on-twilio")
                                      .arg(outcome.poolNumber->number.toString());
                    report(kept, false, true);
                });
    });
}

} // namespace

int runNumber(CliContext &context, const QStringList &arguments)
{
    if (arguments.value(0) == u"release")
        return numberRelease(context, arguments.mid(1));
    if (arguments.value(0) != u"list")
        return context.fail(BadUsage,
                QStringLiteral("number: unknown subcommand \"%1\"; use list or release")
                        .arg(arguments.value(0)));
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Phone numbers in Vapi, fresh, with their assistants."));
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    parser.addOption({QStringLiteral("offline"),
            QStringLiteral("Show the last listing without asking Vapi.")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("number list"), arguments.mid(1), &code))
        return code;
    qint64 organizationId = 0;
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    if (!scope(context, parser, &organizationId, &code))
        return code == Success ? OperationFailed : code;
    auto print = [&context, organizationId] {
        QJsonArray array;
        for (const PhoneNumber &n : context.directory().numbers(organizationId)) {
            const auto assistant
                    = n.isAssigned() ? context.directory().assistant(n.assistantId) : std::nullopt;
            const auto organization = context.organizations().findById(n.organizationId);
            if (context.json()) {
                array.append(QJsonObject{{QStringLiteral("id"), n.id},
                        {QStringLiteral("number"), n.address.toString()},
                        {QStringLiteral("provider"), toString(n.provider)},
                        {QStringLiteral("status"), toString(n.status)},
                        {QStringLiteral("organization"),
                                organization ? organization->slug : QString()},
                        {QStringLiteral("assistantId"), n.assistantId},
                        {QStringLiteral("assistantName"),
                                assistant ? assistant->name : QString()}});
                continue;
            }
            context.out() << printable(n.address.displayText()).leftJustified(34)
                          << toString(n.provider).leftJustified(8)
                          << toString(n.status).leftJustified(11)
                          << (n.isAssigned() ? printable(
                                      assistant ? assistant->name : n.assistantId)
                                             : QStringLiteral("(no assistant: calls are hung up)"))
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
    return refreshThen(context, organizationId, print);
}

} // namespace Switchboard::Cli
