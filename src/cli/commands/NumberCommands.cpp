// SPDX-License-Identifier: Apache-2.0
// number list | release | assign | unassign (search and buy: NumberBuyCommand.cpp)
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/ListingSupport.h"

#include "core/domain/Organization.h"
#include "core/provisioning/NumberAssignment.h"
#include "core/provisioning/NumberRelease.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {

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

// The Vapi id of a number given by its id or its address (E.164 or as people write it), from
// the last listing; empty when the workspace knows no such number.
QString numberIdOf(CliContext &context, const QString &given)
{
    if (context.directory().number(given))
        return given;
    const PhoneAddress address = PhoneAddress::fromNumber(given, QStringLiteral("US"));
    if (!address.isValid())
        return {};
    for (const PhoneNumber &number : context.directory().numbers()) {
        if (number.address == address)
            return number.id;
    }
    return {};
}

// number assign NUMBER --assistant ID, and number unassign NUMBER: the console's Assign and
// Unassign, with the same checks (NumberAssignment).
int numberAssign(CliContext &context, const QStringList &arguments, bool assign)
{
    const QString name
            = assign ? QStringLiteral("number assign") : QStringLiteral("number unassign");
    QCommandLineParser parser;
    parser.setApplicationDescription(assign
                    ? QStringLiteral("Route a number to an assistant of its organization.")
                    : QStringLiteral("Take a number off its assistant: calls to it are then hung "
                                     "up."));
    parser.addPositionalArgument(QStringLiteral("number"),
            QStringLiteral("The number's Vapi id (number list --json) or the number itself."));
    if (assign)
        parser.addOption({QStringLiteral("assistant"),
                QStringLiteral("The Vapi id of the assistant (assistant list --json)."),
                QStringLiteral("id")});
    int code = Success;
    if (!parseCommand(context, parser, name, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, name + QStringLiteral(" needs exactly one number"));
    const QString assistantId = parser.value(QStringLiteral("assistant")).trimmed();
    if (assign && assistantId.isEmpty())
        return context.fail(BadUsage,
                QStringLiteral("--assistant: give the assistant's id (assistant list --json)"));
    if (!context.openWorkspace())
        return context.openFailure();
    const QString given = parser.positionalArguments().constFirst();
    const QString numberId = numberIdOf(context, given);
    if (numberId.isEmpty())
        return context.fail(BadUsage,
                QStringLiteral("%1: no number in Vapi is known by this id or address (number "
                               "list shows them)")
                        .arg(printable(given)));
    if (!context.connectApis())
        return BadUsage;
    return context.runAsync([&context, numberId, assistantId](
                                    const std::function<void(int)> &done) {
        auto *assignment = new NumberAssignment(context.services());
        assignment->assign(numberId, assistantId,
                [&context, assignment, done](const NumberAssignment::Outcome &outcome) {
                    const bool ok = outcome.result.ok();
                    if (context.json())
                        context.printJson(QJsonObject{{QStringLiteral("ok"), ok},
                                {QStringLiteral("message"), outcome.message},
                                {QStringLiteral("numberId"), outcome.number.id},
                                {QStringLiteral("number"), outcome.number.address.toString()},
                                {QStringLiteral("assistantId"), outcome.number.assistantId}});
                    else
                        (ok ? context.out() : context.err()) << printable(outcome.message) << '\n';
                    context.out().flush();
                    context.err().flush();
                    assignment->deleteLater();
                    // Refused or unknown: nothing was sent, as with any bad input.
                    const WriteResult::Kind kind = outcome.result.kind();
                    done(ok                                             ? Success
                                    : kind == WriteResult::Kind::Failed ? OperationFailed
                                                                        : BadUsage);
                });
    });
}

} // namespace

int runNumber(CliContext &context, const QStringList &arguments)
{
    if (arguments.value(0) == u"release")
        return numberRelease(context, arguments.mid(1));
    if (arguments.value(0) == u"search" || arguments.value(0) == u"buy")
        return runNumberPurchase(context, arguments.value(0), arguments.mid(1));
    if (arguments.value(0) == u"assign")
        return numberAssign(context, arguments.mid(1), true);
    if (arguments.value(0) == u"unassign")
        return numberAssign(context, arguments.mid(1), false);
    if (arguments.value(0) != u"list")
        return context.fail(BadUsage,
                QStringLiteral("number: unknown subcommand \"%1\"; use list, assign, unassign, "
                               "release, search or buy")
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
