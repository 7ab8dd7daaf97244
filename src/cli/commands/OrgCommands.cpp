// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"
#include "cli/commands/OrgOutput.h"
#include "cli/commands/PoolCheckCommand.h"
#include "cli/commands/VapiKeyCheck.h"

#include "core/domain/Organization.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretInput.h"
#include "core/secrets/SecretJob.h"
#include "core/setup/OrganizationRemoval.h"
#include "core/setup/OrganizationSave.h"
#include "core/setup/OrganizationSetup.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Switchboard::Cli {
namespace {

void addSetupOptions(QCommandLineParser &parser)
{
    parser.addOption(
            {QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("contact"), QStringLiteral("Contact (e-mail or phone)."),
            QStringLiteral("contact")});
    parser.addOption({QStringLiteral("vapi-account"),
            QStringLiteral("Which Vapi account serves it: workspace (default) or own "
                           "(white-label)."),
            QStringLiteral("workspace|own")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Region of its own Vapi account."),
            QStringLiteral("us|eu")});
    parser.addOption({QStringLiteral("free-cap"),
            QStringLiteral("How many free numbers Vapi gives its own Vapi account, when Vapi "
                           "granted another cap than its documented one."),
            QStringLiteral("n")});
    parser.addOption({QStringLiteral("twilio-account-sid"),
            QStringLiteral("Its own Twilio account (AC + 32 hex)."), QStringLiteral("sid")});
    parser.addOption({QStringLiteral("twilio-api-key"),
            QStringLiteral("Authenticate to Twilio with this API key SID (SK…) instead "
                           "of the auth token."),
            QStringLiteral("sid")});
    parser.addOption({QStringLiteral("pool"),
            QStringLiteral("Twilio numbers it owns, comma-separated E.164."),
            QStringLiteral("+E164,…")});
    parser.addOption({QStringLiteral("area-code"), QStringLiteral("Preferred US area code."),
            QStringLiteral("NNN")});
    parser.addOption({QStringLiteral("prefer-sip"), QStringLiteral("Free numbers as SIP URIs.")});
    parser.addOption({QStringLiteral("free-area-codes"),
            QStringLiteral("When its area code has no free numbers: take one from an area code "
                           "Vapi suggests (any, the default), or move on to Twilio (own)."),
            QStringLiteral("any|own")});
    parser.addOption({QStringLiteral("allow-purchase"),
            QStringLiteral("Buy Twilio numbers when its pool is used up.")});
    parser.addOption({QStringLiteral("purchase-limit"),
            QStringLiteral("At most <n> purchases a month."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("auto-provision"),
            QStringLiteral("Give its new assistants a number without being asked (on), only on "
                           "request (off), or as the workspace's default says (workspace, the "
                           "default)."),
            QStringLiteral("on|off|workspace")});
}

void addEditOnlyOptions(QCommandLineParser &parser)
{
    parser.addOption(
            {QStringLiteral("no-prefer-sip"), QStringLiteral("Free numbers as phone numbers.")});
    parser.addOption({QStringLiteral("no-purchase"), QStringLiteral("Never buy numbers for it.")});
    parser.addOption(
            {QStringLiteral("no-twilio"), QStringLiteral("Remove its own Twilio account.")});
    parser.addOption({QStringLiteral("twilio-upgraded"),
            QStringLiteral("Its Twilio account is no longer a trial account: buy from it again.")});
}

// A setup's problem, with its field named as the option people typed.
QString asOptionError(FieldError problem)
{
    static const QList<QPair<QString, QString>> optionOf{
            {QStringLiteral("slug"), QStringLiteral("SLUG")},
            {QStringLiteral("name"), QStringLiteral("--name")},
            {QStringLiteral("area code"), QStringLiteral("--area-code")},
            {QStringLiteral("Twilio account SID"), QStringLiteral("--twilio-account-sid")},
            {QStringLiteral("Twilio API key SID"), QStringLiteral("--twilio-api-key")},
            {QStringLiteral("number pool"), QStringLiteral("--pool")},
            {QStringLiteral("purchase limit"), QStringLiteral("--purchase-limit")},
            {QStringLiteral("free-number cap"), QStringLiteral("--free-cap")},
            {QStringLiteral("allow purchase"), QStringLiteral("--allow-purchase")}};
    for (const auto &[field, option] : optionOf) {
        if (problem.field == field)
            problem.field = option;
    }
    return problem.toString();
}

// What the setup breaks against the workspace (a pool number of another pool), as exit 2.
bool checkAgainstWorkspace(CliContext &context, const OrganizationSetup &setup, QString *error)
{
    const QList<FieldError> problems
            = setup.checkAgainstWorkspace(context.database(), context.accounts());
    if (problems.isEmpty())
        return true;
    *error = asOptionError(problems.constFirst());
    return false;
}

// Applies the options that were given; returns false with *error naming the field.
bool applySetupOptions(const QCommandLineParser &parser, OrganizationSetup &setup, QString *error)
{
    // optionNames() holds the options given: asking it does not warn about options this
    // command does not define (org add has no --no-… options).
    const QStringList given = parser.optionNames();
    auto has = [&given](const char *name) { return given.contains(QLatin1String(name)); };
    auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    if (has("name"))
        setup.name = value("name");
    if (has("contact"))
        setup.contact = value("contact");
    if (has("vapi-account")) {
        const QString account = value("vapi-account");
        if (account != u"workspace" && account != u"own") {
            *error = QStringLiteral("--vapi-account: must be \"workspace\" or \"own\"");
            return false;
        }
        setup.ownVapiAccount = account == u"own";
        if (!setup.ownVapiAccount)
            setup.freeNumberCap.reset(); // the workspace's cap is the workspace's setting
    }
    if (has("free-cap")) {
        bool ok = false;
        setup.freeNumberCap = value("free-cap").toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--free-cap: must be a whole number");
            return false;
        }
    }
    if (has("region")) {
        const auto region = regionFromString(value("region"));
        if (!region) {
            *error = QStringLiteral("--region: must be \"us\" or \"eu\"");
            return false;
        }
        setup.region = *region;
    }
    if (has("twilio-account-sid"))
        setup.twilioAccountSid = value("twilio-account-sid");
    if (has("twilio-api-key"))
        setup.twilioApiKeySid = value("twilio-api-key");
    if (has("no-twilio")) {
        setup.twilioAccountSid.clear();
        setup.twilioApiKeySid.clear();
        setup.poolNumbers.clear();
    }
    if (has("pool")) {
        for (const QString &number : value("pool").split(u',', Qt::SkipEmptyParts))
            setup.poolNumbers << number.trimmed();
    }
    if (has("area-code"))
        setup.preferredAreaCode = value("area-code");
    if (has("prefer-sip"))
        setup.preferSip = true;
    if (has("no-prefer-sip"))
        setup.preferSip = false;
    if (has("free-area-codes")) {
        const auto codes = freeAreaCodesFromString(value("free-area-codes"));
        if (!codes) {
            *error = QStringLiteral("--free-area-codes: must be \"any\" or \"own\"");
            return false;
        }
        setup.freeAreaCodes = *codes;
    }
    if (has("auto-provision")) {
        const auto policy = autoProvisionFromString(value("auto-provision"));
        if (!policy) {
            *error = QStringLiteral("--auto-provision: must be \"on\", \"off\" or \"workspace\"");
            return false;
        }
        setup.autoProvision = *policy;
    }
    if (has("allow-purchase"))
        setup.allowPurchase = true;
    if (has("no-purchase"))
        setup.allowPurchase = false;
    if (has("purchase-limit")) {
        bool ok = false;
        setup.monthlyPurchaseLimit = value("purchase-limit").toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--purchase-limit: must be a whole number");
            return false;
        }
    }
    const QList<FieldError> problems = setup.validate();
    if (!problems.isEmpty()) {
        *error = asOptionError(problems.constFirst());
        return false;
    }
    return true;
}

void addSecretOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("vapi-key-stdin"),
            QStringLiteral("Read the private key of its own Vapi account (--vapi-account own) "
                           "from standard input.")});
    parser.addOption({QStringLiteral("twilio-secret-stdin"),
            QStringLiteral("Read the auth token of its own Twilio account (with --twilio-api-key: "
                           "the API key's secret) from standard input; after the Vapi key, on "
                           "the second line, when both are read.")});
    parser.addOption({QStringLiteral("clear-twilio-routing"),
            QStringLiteral("Consent to clear the TwiML application or SIP trunk of a pool number "
                           "in Twilio (Twilio ignores the voice URL Vapi writes while either is "
                           "set).")});
    parser.addOption({QStringLiteral("allow-shared-vapi-account"),
            QStringLiteral("Accept a Vapi key that reaches the Vapi account of another "
                           "organization (they then share its free-number cap).")});
}

// Reads the secrets the options ask for, from standard input; false with the exit code in
// *code when one is refused.
bool readSecrets(CliContext &context, const QCommandLineParser &parser,
        const OrganizationSetup &setup, OrganizationSecrets *secrets, int *code)
{
    const bool vapi = parser.isSet(QStringLiteral("vapi-key-stdin"));
    const bool twilio = parser.isSet(QStringLiteral("twilio-secret-stdin"));
    if (vapi && !setup.ownVapiAccount) {
        *code = context.fail(BadUsage,
                QStringLiteral("--vapi-key-stdin: the organization uses the workspace's Vapi "
                               "account; give --vapi-account own, or set the workspace's key with "
                               "`workspace secret set vapi-key`"));
        return false;
    }
    if (twilio && setup.twilioAccountSid.isEmpty()) {
        *code = context.fail(BadUsage,
                QStringLiteral("--twilio-secret-stdin: the organization has no Twilio account of "
                               "its own; give --twilio-account-sid"));
        return false;
    }
    QStringList prompts;
    if (vapi)
        prompts << QStringLiteral("Enter the Vapi private key: ");
    if (twilio)
        prompts << (setup.twilioApiKeySid.isEmpty()
                        ? QStringLiteral("Enter the Twilio auth token: ")
                        : QStringLiteral("Enter the Twilio API key secret: "));
    if (prompts.isEmpty())
        return true;
    QString error;
    const std::optional<QStringList> values = SecretInput::readStandardInputLines(prompts, &error);
    if (!values) {
        *code = context.fail(BadUsage, QStringLiteral("standard input: ") + error);
        return false;
    }
    if (vapi)
        secrets->vapiPrivateKey = values->constFirst();
    if (twilio)
        secrets->twilioSecret = values->constLast();
    return true;
}

// The pool's numbers Twilio has not been asked about (those just added), asked about now; what
// cannot be used is marked and said on stderr (exit 1: saved, but it needs attention).
void checkNewPoolNumbers(CliContext &context, qint64 organizationId, bool clearRouting,
        const std::function<void(int)> &done)
{
    const auto twilio = context.accounts().organizationTwilioAccount(organizationId);
    QList<PhoneAddress> unchecked;
    if (twilio) {
        for (const PoolNumber &number : context.pool().numbers(twilio->id)) {
            const bool ask = number.twilioCheck == PoolNumber::TwilioCheck::Unchecked
                    || (clearRouting && number.twilioCheck == PoolNumber::TwilioCheck::Routed);
            if (ask && number.state != PoolNumber::State::Reserved)
                unchecked << number.number;
        }
    }
    if (unchecked.isEmpty() || !context.connectApis()) {
        done(Success);
        return;
    }
    checkPoolNumbers(context, *twilio, unchecked, clearRouting, true, done);
}

// Learns which Vapi account a new key reaches (refusing one another organization uses, unless
// allowed), then saves the organization with its secrets: all of it or nothing.
int saveWithSecrets(CliContext &context, const QCommandLineParser &parser,
        const OrganizationSetup &setup, const OrganizationSecrets &secrets)
{
    const bool allowShared = parser.isSet(QStringLiteral("allow-shared-vapi-account"));
    const bool clearRouting = parser.isSet(QStringLiteral("clear-twilio-routing"));
    return context.runAsync([&](const std::function<void(int)> &done) {
        auto save = [&context, secrets, clearRouting, done](const OrganizationSetup &checked) {
            OrganizationSaveServices services{&context.database(), &context.organizations(),
                    &context.accounts(), &context.pool(),
                    secrets.isEmpty() ? nullptr : &context.credentials()};
            auto *job = new OrganizationSave(services, checked, secrets);
            QObject::connect(job, &OrganizationSave::finished, job,
                    [&context, job, clearRouting, done](bool saved, const QString &error) {
                        if (!saved) {
                            done(context.fail(OperationFailed, error));
                            return;
                        }
                        printOrganization(context, job->setup());
                        checkNewPoolNumbers(context, job->setup().id, clearRouting, done);
                    });
            job->start();
        };
        if (secrets.vapiPrivateKey.isEmpty()) {
            save(setup);
            return;
        }
        VapiAccount account;
        for (const VapiAccount &existing : context.accounts().vapiAccounts()) {
            if (setup.id != 0 && existing.organizationId == setup.id)
                account = existing;
        }
        account.region = setup.region;
        checkVapiKey(context, account, secrets.vapiPrivateKey, QStringLiteral("--vapi-key-stdin"),
                allowShared, [setup, save, done](int code, const QString &vapiOrgId) {
                    if (code != Success) {
                        done(code);
                        return;
                    }
                    OrganizationSetup checked = setup;
                    checked.vapiOrgId = vapiOrgId;
                    save(checked);
                });
    });
}

int orgAdd(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Add an organization (a customer of the agency)."));
    parser.addPositionalArgument(
            QStringLiteral("slug"), QStringLiteral("Short lower-case handle, e.g. acme-dental."));
    addSetupOptions(parser);
    addSecretOptions(parser);
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org add"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(
                BadUsage, QStringLiteral("org add needs exactly one SLUG (see org add --help)"));
    if (!parser.isSet(QStringLiteral("name")))
        return context.fail(BadUsage, QStringLiteral("--name: is required"));

    OrganizationSetup setup;
    setup.slug = parser.positionalArguments().constFirst();
    QString error;
    if (!applySetupOptions(parser, setup, &error))
        return context.fail(BadUsage, error);
    if (!context.openWorkspace())
        return context.openFailure();
    if (context.organizations().findBySlug(setup.slug))
        return context.fail(BadUsage,
                QStringLiteral("SLUG: an organization called \"%1\" already exists")
                        .arg(setup.slug));
    if (!checkAgainstWorkspace(context, setup, &error))
        return context.fail(BadUsage, error);
    OrganizationSecrets secrets;
    if (!readSecrets(context, parser, setup, &secrets, &code))
        return code;
    return saveWithSecrets(context, parser, setup, secrets);
}

int orgEdit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Change an organization; options not given keep their values."));
    parser.addPositionalArgument(QStringLiteral("slug"), QStringLiteral("The organization."));
    addSetupOptions(parser);
    addEditOnlyOptions(parser);
    addSecretOptions(parser);
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org edit"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, QStringLiteral("org edit needs exactly one SLUG"));
    if (!context.openWorkspace())
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(parser.positionalArguments().constFirst(), &organization))
        return BadUsage;
    auto setup = OrganizationSetup::load(
            organization.id, context.organizations(), context.accounts(), context.pool());
    QString error;
    if (!applySetupOptions(parser, *setup, &error)
            || !checkAgainstWorkspace(context, *setup, &error))
        return context.fail(BadUsage, error);
    if (parser.isSet(QStringLiteral("twilio-upgraded"))) {
        const auto twilio = context.accounts().organizationTwilioAccount(organization.id);
        if (!twilio)
            return context.fail(BadUsage,
                    QStringLiteral("--twilio-upgraded: the organization has no Twilio account of "
                                   "its own"));
        if (const WriteResult upgraded = context.accounts().setTwilioTrial(twilio->id, {});
                !upgraded)
            return context.fail(OperationFailed, upgraded.message());
    }
    OrganizationSecrets secrets;
    if (!readSecrets(context, parser, *setup, &secrets, &code))
        return code;
    return saveWithSecrets(context, parser, *setup, secrets);
}

int orgList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the organizations."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org list"), arguments, &code))
        return code;
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    QJsonArray array;
    for (const Organization &o : context.organizations().list()) {
        if (context.json())
            array.append(organizationJson(context,
                    *OrganizationSetup::load(
                            o.id, context.organizations(), context.accounts(), context.pool())));
        else
            context.out() << printable(o.slug).leftJustified(24) << ' ' << printable(o.name)
                          << '\n';
    }
    if (context.json())
        context.printJson(array);
    context.out().flush();
    return Success;
}

int orgShow(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show how an organization is set up."));
    parser.addPositionalArgument(QStringLiteral("slug"), QStringLiteral("The organization."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org show"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, QStringLiteral("org show needs exactly one SLUG"));
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(parser.positionalArguments().constFirst(), &organization))
        return BadUsage;
    printOrganization(context,
            *OrganizationSetup::load(
                    organization.id, context.organizations(), context.accounts(), context.pool()));
    return Success;
}

int orgRemove(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Remove an organization with its accounts and pool. Its provisioning history stays."));
    parser.addPositionalArgument(QStringLiteral("slug"), QStringLiteral("The organization."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org remove"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, QStringLiteral("org remove needs exactly one SLUG"));
    if (!context.openWorkspace())
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(parser.positionalArguments().constFirst(), &organization))
        return BadUsage;
    return context.runAsync([&context, organization](const std::function<void(int)> &done) {
        auto *removal = new OrganizationRemoval(
                context.credentials(), context.organizations(), organization);
        QObject::connect(removal, &OrganizationRemoval::finished, removal,
                [&context, organization, done](bool removed, const QString &error) {
                    if (!removed) {
                        done(context.fail(OperationFailed, error));
                        return;
                    }
                    if (context.json())
                        context.printJson(
                                QJsonObject{{QStringLiteral("removed"), organization.slug}});
                    else
                        context.out() << "Removed " << printable(organization.name) << " ("
                                      << printable(organization.slug)
                                      << ") and its secrets. Its provisioning history stays.\n";
                    context.out().flush();
                    done(Success);
                });
        removal->start();
    });
}

} // namespace

int runOrg(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add")
        return orgAdd(context, rest);
    if (sub == u"edit")
        return orgEdit(context, rest);
    if (sub == u"list")
        return orgList(context, rest);
    if (sub == u"show")
        return orgShow(context, rest);
    if (sub == u"remove")
        return orgRemove(context, rest);
    if (sub == u"secret")
        return runOrgSecret(context, rest);
    return context.fail(BadUsage,
            QStringLiteral(
                    "org: unknown subcommand \"%1\"; use add, list, show, edit, remove or secret")
                    .arg(sub));
}

} // namespace Switchboard::Cli
