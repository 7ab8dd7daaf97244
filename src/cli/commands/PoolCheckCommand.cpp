// SPDX-License-Identifier: Apache-2.0
#include "cli/commands/PoolCheckCommand.h"

#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/domain/Organization.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/PoolNumberCheck.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretKey.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QJsonObject resultJson(const PoolCheckResult &result, const QDateTime &when)
{
    return QJsonObject{
            {QStringLiteral("number"), result.number.toString()},
            {QStringLiteral("twilioCheck"),
                    result.answered ? toString(result.check) : QStringLiteral("unknown")},
            {QStringLiteral("detail"), result.detail},
            {QStringLiteral("cleared"), result.cleared},
            {QStringLiteral("checkedAt"), result.answered ? when.toString(Qt::ISODate) : QString()},
    };
}

} // namespace

void checkPoolNumbers(CliContext &context, const TwilioAccount &account,
        const QList<PhoneAddress> &numbers, bool clearRouting, bool afterSave,
        const std::function<void(int code)> &done)
{
    if (numbers.isEmpty()) {
        done(Success);
        return;
    }
    // Just added, and no secret set for the account yet (the index says so without opening the
    // keychain): the check waits for `pool check`.
    if (afterSave
            && context.credentials().status(SecretKey::forAccount(account)).source
                    == SecretSource::NotSet) {
        context.err() << "note: the pool was not checked against Twilio (no secret is set for "
                         "Twilio account "
                      << printable(account.accountSid)
                      << "); run `switchboard-cli pool check` once the secret is set\n";
        done(Success);
        return;
    }
    ProvisioningServices services = context.services();
    // The CLI's run lives as long as the application: its loop runs until done() is called.
    services.clients->twilioClient(account, QCoreApplication::instance(),
            [&context, account, numbers, clearRouting, afterSave, done, services](
                    TwilioClient *client, const TwilioCredentials &, const QString &error) {
                if (!client) {
                    if (afterSave) {
                        context.err() << "note: the pool was not checked against Twilio ("
                                      << printable(error)
                                      << "); run `switchboard-cli pool check` once the secret "
                                         "is set\n";
                        done(Success);
                    } else {
                        done(context.fail(OperationFailed, error));
                    }
                    return;
                }
                auto *run = new PoolCheckRun(*client, account.accountSid, numbers);
                run->setClearRouting(clearRouting);
                run->recordIn(services.pool, account.id, services.clock);
                QObject::connect(run, &PoolCheckRun::finished, run,
                        [&context, run, afterSave, clearRouting, done, services](
                                const QList<PoolCheckResult> &results) {
                            const QDateTime now = services.clock();
                            int code = Success;
                            QJsonArray json;
                            bool routed = false;
                            for (const PoolCheckResult &result : results) {
                                json.append(resultJson(result, now));
                                if (!result.usable())
                                    code = OperationFailed;
                                routed |= result.answered
                                        && result.check == PoolNumber::TwilioCheck::Routed;
                                // After a save the organization is printed on stdout; what
                                // needs attention goes to stderr then.
                                if (afterSave) {
                                    if (!result.usable())
                                        context.err()
                                                << "warning: "
                                                << printable(PoolNumberCheck::describe(result))
                                                << '\n';
                                } else if (!context.json()) {
                                    context.out()
                                            << (result.usable() ? "ok       " : "PROBLEM  ")
                                            << printable(PoolNumberCheck::describe(result)) << '\n';
                                }
                            }
                            if (!run->storageError().isEmpty()) {
                                context.err() << "error: what Twilio said could not be recorded: "
                                              << printable(run->storageError()) << '\n';
                                code = OperationFailed;
                            }
                            if (!afterSave && context.json())
                                context.printJson(json);
                            if (routed && !clearRouting)
                                context.err()
                                        << "hint: with --clear-twilio-routing Switchboard clears "
                                           "the application or trunk in Twilio, so that calls "
                                           "reach the voice URL Vapi writes\n";
                            if (code != Success && afterSave)
                                context.err() << "note: saved; the chain passes over the numbers "
                                                 "above until they are fixed and checked again "
                                                 "(`switchboard-cli pool check`)\n";
                            context.out().flush();
                            done(code);
                        });
                run->start();
            });
}

int runPool(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub != u"check")
        return context.fail(
                BadUsage, QStringLiteral("pool: unknown subcommand \"%1\"; use check").arg(sub));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Ask Twilio about a pool's numbers now: whether the account holds each, whether it "
            "takes voice calls, and whether an application or trunk keeps calls from Vapi. What "
            "Twilio says is recorded; the chain passes over numbers it cannot use for a day."));
    parser.addPositionalArgument(QStringLiteral("numbers"),
            QStringLiteral("Only these pool numbers (E.164); default: all but those in use."),
            QStringLiteral("[+E164…]"));
    parser.addOption({QStringLiteral("org"), QStringLiteral("The organization's pool."),
            QStringLiteral("slug")});
    parser.addOption(
            {QStringLiteral("workspace"), QStringLiteral("The workspace's (global) pool.")});
    parser.addOption({QStringLiteral("clear-twilio-routing"),
            QStringLiteral("Consent to clear a number's TwiML application or SIP trunk in "
                           "Twilio (Twilio ignores the voice URL Vapi writes while either is "
                           "set).")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("pool check"), arguments.mid(1), &code))
        return code;
    const bool workspace = parser.isSet(QStringLiteral("workspace"));
    if (workspace == parser.isSet(QStringLiteral("org")))
        return context.fail(BadUsage, QStringLiteral("pool check: give --org SLUG or --workspace"));
    QList<PhoneAddress> only;
    for (const QString &text : parser.positionalArguments()) {
        QString error;
        const PhoneAddress number = PhoneAddress::fromNumber(text, QStringLiteral("US"), &error);
        if (!number.isValid())
            return context.fail(BadUsage, text + QStringLiteral(": ") + error);
        only << number;
    }
    if (!context.openWorkspace())
        return context.openFailure();
    if (!context.connectApis())
        return BadUsage;
    std::optional<TwilioAccount> account;
    if (workspace) {
        account = context.accounts().workspaceTwilioAccount();
        if (!account)
            return context.fail(BadUsage,
                    QStringLiteral("--workspace: the workspace has no Twilio "
                                   "account (see `workspace set`)"));
    } else {
        Organization organization;
        if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
            return BadUsage;
        account = context.accounts().organizationTwilioAccount(organization.id);
        if (!account)
            return context.fail(BadUsage,
                    QStringLiteral("--org: %1 has no Twilio account of its own")
                            .arg(organization.slug));
    }
    QList<PhoneAddress> numbers;
    const QList<PoolNumber> pool = context.pool().numbers(account->id);
    for (const PhoneAddress &number : std::as_const(only)) {
        const bool held = std::any_of(pool.cbegin(), pool.cend(),
                [&number](const PoolNumber &n) { return n.number == number; });
        if (!held)
            return context.fail(
                    BadUsage, QStringLiteral("%1: not in this pool").arg(number.displayText()));
        numbers << number;
    }
    if (only.isEmpty()) {
        // A number an attempt holds right now is being imported: left alone.
        for (const PoolNumber &n : pool) {
            if (n.state != PoolNumber::State::Reserved)
                numbers << n.number;
        }
    }
    const bool clear = parser.isSet(QStringLiteral("clear-twilio-routing"));
    return context.runAsync([&](const std::function<void(int)> &done) {
        checkPoolNumbers(context, *account, numbers, clear, false, done);
    });
}

} // namespace Switchboard::Cli
