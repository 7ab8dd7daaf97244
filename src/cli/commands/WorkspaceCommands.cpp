// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/PoolCheckCommand.h"
#include "core/setup/WorkspaceSetup.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/Validation.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"

#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

int workspaceInfo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Where the workspace is, and how it is set up."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("workspace info"), arguments, &code))
        return code;
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    const auto vapi = context.accounts().workspaceVapiAccount();
    const auto twilio = context.accounts().workspaceTwilioAccount();
    const int poolAvailable = twilio ? context.pool().availableCount(twilio->id) : 0;
    QJsonObject info{{QStringLiteral("dataDir"), context.dataDirectory()},
            {QStringLiteral("database"), context.database().location().describe()},
            {QStringLiteral("databasePassword"), context.databasePasswordSource()},
            {QStringLiteral("schemaVersion"), context.database().schemaVersion()},
            {QStringLiteral("readOnly"), context.workspaceIsReadOnly()},
            {QStringLiteral("vapiRegion"), vapi ? toString(vapi->region) : QString()},
            {QStringLiteral("freeNumberCap"), vapi ? vapi->freeNumberCap : 0},
            {QStringLiteral("twilioAccountSid"), twilio ? twilio->accountSid : QString()},
            {QStringLiteral("twilioPoolAvailable"), poolAvailable},
            {QStringLiteral("twilioTrialSince"),
                    twilio && twilio->isKnownTrial()
                            ? QJsonValue(twilio->trialAt.toUTC().toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("allowPurchase"), context.settings().workspaceAllowsPurchase()},
            {QStringLiteral("purchaseLimit"), context.settings().workspaceMonthlyPurchaseLimit()},
            {QStringLiteral("twilioNumberMonthlyPrice"),
                    context.settings().twilioNumberMonthlyPrice()},
            {QStringLiteral("autoProvision"),
                    context.settings().autoProvisionByDefault() ? QStringLiteral("on")
                                                                : QStringLiteral("off")}};
    if (context.json()) {
        context.printJson(info);
        return Success;
    }
    QTextStream &out = context.out();
    out << "Data folder:     " << printable(context.dataDirectory()) << '\n'
        << "Database:        " << printable(context.database().location().describe()) << '\n'
        << "Schema version:  " << context.database().schemaVersion() << '\n';
    if (context.workspaceIsReadOnly())
        out << "Read-only:       yes (commands that change it are refused)\n";
    if (context.database().location().isPostgres())
        out << "Password from:   " << context.databasePasswordSource() << '\n';
    out << "Vapi account:    "
        << (vapi ? QStringLiteral("%1, free-number cap %2")
                                   .arg(toString(vapi->region).toUpper())
                                   .arg(vapi->freeNumberCap)
                 : QStringLiteral("not set up (workspace set --vapi-region us)"))
        << '\n'
        << "Twilio account:  "
        << (twilio ? QStringLiteral("%1, %2 pool number(s) available")
                                   .arg(twilio->accountSid)
                                   .arg(poolAvailable)
                   : QStringLiteral("none"))
        << '\n';
    if (twilio && twilio->isKnownTrial())
        out << "                 a trial account: Twilio refused a purchase on "
            << twilio->trialAt.toUTC().toString(Qt::ISODate)
            << "; nothing is bought from it until it is upgraded (workspace set "
               "--twilio-upgraded)\n";
    out << "Purchases:       "
        << (context.settings().workspaceAllowsPurchase()
                           ? QStringLiteral("allowed, up to %1 a month")
                                     .arg(context.settings().workspaceMonthlyPurchaseLimit())
                           : QStringLiteral("not allowed"))
        << '\n'
        << "Twilio price:    $"
        << QString::number(context.settings().twilioNumberMonthlyPrice(), 'f', 2)
        << " a number a month\n"
        << "New assistants:  "
        << (context.settings().autoProvisionByDefault()
                           ? "get a number automatically, unless their organization says otherwise"
                           : "get a number on request only, unless their organization says "
                             "otherwise")
        << '\n';
    out.flush();
    return Success;
}

int workspaceSet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Set up the workspace's own Vapi and (global) Twilio accounts and its settings."));
    parser.addOption({QStringLiteral("vapi-region"),
            QStringLiteral("Region of the workspace's Vapi account."), QStringLiteral("us|eu")});
    parser.addOption({QStringLiteral("area-code"),
            QStringLiteral("Area code for free numbers when an organization has no preference "
                           "(default 415)."),
            QStringLiteral("NNN")});
    parser.addOption({QStringLiteral("free-cap"),
            QStringLiteral("Free numbers the workspace's Vapi account may hold."),
            QStringLiteral("n")});
    parser.addOption({QStringLiteral("twilio-account-sid"),
            QStringLiteral("The global Twilio account (AC + 32 hex)."), QStringLiteral("sid")});
    parser.addOption({QStringLiteral("twilio-api-key"),
            QStringLiteral("Authenticate with this API key SID (SK…)."), QStringLiteral("sid")});
    parser.addOption({QStringLiteral("pool"),
            QStringLiteral("Numbers the global Twilio account owns, comma-separated E.164."),
            QStringLiteral("+E164,…")});
    parser.addOption({QStringLiteral("clear-twilio-routing"),
            QStringLiteral("Consent to clear the TwiML application or SIP trunk of a --pool "
                           "number in Twilio (Twilio ignores the voice URL Vapi writes while "
                           "either is set).")});
    parser.addOption({QStringLiteral("allow-purchase"),
            QStringLiteral("Buy numbers in the global account when its pool is used up.")});
    parser.addOption({QStringLiteral("no-purchase"),
            QStringLiteral("Never buy numbers in the global account.")});
    parser.addOption({QStringLiteral("purchase-limit"),
            QStringLiteral("At most <n> purchases a month."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("twilio-price"),
            QStringLiteral("Monthly price of a Twilio number in US dollars (for scaling advice)."),
            QStringLiteral("usd")});
    parser.addOption({QStringLiteral("auto-provision"),
            QStringLiteral("The default for organizations that follow the workspace: give new "
                           "assistants a number without being asked (on) or only on request "
                           "(off)."),
            QStringLiteral("on|off")});
    parser.addOption({QStringLiteral("twilio-upgraded"),
            QStringLiteral("The global Twilio account is no longer a trial account: buy from "
                           "it again.")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("workspace set"), arguments, &code))
        return code;
    auto has = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };

    // Check everything before changing anything.
    std::optional<Region> region;
    if (has("vapi-region") && !(region = regionFromString(value("vapi-region"))))
        return context.fail(BadUsage, QStringLiteral("--vapi-region: must be \"us\" or \"eu\""));
    bool ok = true;
    const int cap = has("free-cap") ? value("free-cap").toInt(&ok) : 0;
    if (!ok || cap < 0)
        return context.fail(
                BadUsage, QStringLiteral("--free-cap: must be a whole number, zero or more"));
    if (has("area-code"))
        if (const FieldError e
                = Validation::checkAreaCode(value("area-code"), QStringLiteral("--area-code")))
            return context.fail(BadUsage, e.toString());
    if (has("twilio-account-sid"))
        if (const FieldError e = Validation::checkTwilioSid(value("twilio-account-sid"),
                    TwilioSidKind::Account, QStringLiteral("--twilio-account-sid")))
            return context.fail(BadUsage, e.toString());
    if (has("twilio-api-key"))
        if (const FieldError e = Validation::checkTwilioSid(value("twilio-api-key"),
                    TwilioSidKind::ApiKey, QStringLiteral("--twilio-api-key")))
            return context.fail(BadUsage, e.toString());
    QList<PhoneAddress> pool;
    for (const QString &text : value("pool").split(u',', Qt::SkipEmptyParts)) {
        QString error;
        const PhoneAddress number
                = PhoneAddress::fromNumber(text.trimmed(), QStringLiteral("US"), &error);
        if (!number.isValid())
            return context.fail(BadUsage, QStringLiteral("--pool: ") + error);
        pool << number;
    }
    const int limit = has("purchase-limit") ? value("purchase-limit").toInt(&ok) : 0;
    if (!ok || limit < 0)
        return context.fail(
                BadUsage, QStringLiteral("--purchase-limit: must be a whole number, zero or more"));
    const double price = has("twilio-price") ? value("twilio-price").toDouble(&ok) : 0;
    if (!ok || price < 0)
        return context.fail(BadUsage,
                QStringLiteral("--twilio-price: must be a price in US dollars, such as 1.15"));

    const QString autoProvision = value("auto-provision");
    if (has("auto-provision") && autoProvision != u"on" && autoProvision != u"off")
        return context.fail(
                BadUsage, QStringLiteral("--auto-provision: must be \"on\" or \"off\""));

    if (!context.openWorkspace())
        return context.openFailure();
    WorkspaceSetup setup;
    setup.vapiRegion = region;
    if (has("free-cap"))
        setup.freeNumberCap = cap;
    if (has("twilio-account-sid"))
        setup.twilioAccountSid = value("twilio-account-sid");
    if (has("twilio-api-key")) {
        setup.twilioAuthMode = TwilioAuthMode::ApiKey;
        setup.twilioApiKeySid = value("twilio-api-key");
    }
    setup.poolNumbers = pool;
    setup.twilioUpgraded = has("twilio-upgraded");
    if (has("allow-purchase") || has("no-purchase"))
        setup.allowPurchase = has("allow-purchase");
    if (has("purchase-limit"))
        setup.monthlyPurchaseLimit = limit;
    if (has("area-code"))
        setup.defaultAreaCode = value("area-code");
    if (has("twilio-price"))
        setup.twilioNumberMonthlyPrice = price;
    if (has("auto-provision"))
        setup.autoProvisionByDefault = autoProvision == u"on";
    // What the workspace refuses (a pool number of another pool, no account to add it to) is
    // bad usage, named by its option; a write that fails is not.
    if (const WriteResult saved = setup.save(context.workspace()); !saved) {
        if (saved.kind() == WriteResult::Kind::Refused)
            return context.fail(
                    BadUsage, QStringLiteral("--%1: %2").arg(saved.field(), saved.message()));
        return context.fail(OperationFailed, saved.message());
    }
    const int shown = workspaceInfo(context, {});
    // The numbers just put in the pool, asked about in Twilio now (when its secret is there).
    const auto twilio = context.accounts().workspaceTwilioAccount();
    QList<PhoneAddress> unchecked;
    for (const PoolNumber &number :
            twilio ? context.pool().numbers(twilio->id) : QList<PoolNumber>{}) {
        if (pool.contains(number.number) && number.state != PoolNumber::State::Reserved)
            unchecked << number.number;
    }
    if (shown != Success || unchecked.isEmpty() || !context.connectApis())
        return shown;
    const bool clear = has("clear-twilio-routing");
    return context.runAsync([&](const std::function<void(int)> &done) {
        checkPoolNumbers(context, *twilio, unchecked, clear, true, done);
    });
}

} // namespace

int runWorkspace(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"info")
        return workspaceInfo(context, arguments.mid(1));
    if (sub == u"set")
        return workspaceSet(context, arguments.mid(1));
    if (sub == u"secret")
        return runWorkspaceSecret(context, arguments.mid(1));
    if (sub == u"migrate")
        return runWorkspaceMigrate(context, arguments.mid(1));
    return context.fail(BadUsage,
            QStringLiteral("workspace: unknown subcommand \"%1\"; use info, set, secret or "
                           "migrate")
                    .arg(sub));
}

} // namespace Switchboard::Cli
