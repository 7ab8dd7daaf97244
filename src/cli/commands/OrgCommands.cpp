#include "CliContext.h"
#include "Commands.h"

#include "domain/Organization.h"
#include "secrets/CredentialService.h"
#include "secrets/SecretJob.h"
#include "setup/OrganizationSetup.h"
#include "storage/AccountStore.h"
#include "storage/NumberPoolStore.h"
#include "storage/OrganizationStore.h"

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
    parser.addOption({QStringLiteral("allow-purchase"),
            QStringLiteral("Buy Twilio numbers when its pool is used up.")});
    parser.addOption({QStringLiteral("purchase-limit"),
            QStringLiteral("At most <n> purchases a month."), QStringLiteral("n")});
}

void addEditOnlyOptions(QCommandLineParser &parser)
{
    parser.addOption(
            {QStringLiteral("no-prefer-sip"), QStringLiteral("Free numbers as phone numbers.")});
    parser.addOption({QStringLiteral("no-purchase"), QStringLiteral("Never buy numbers for it.")});
    parser.addOption(
            {QStringLiteral("no-twilio"), QStringLiteral("Remove its own Twilio account.")});
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
            = setup.checkAgainstWorkspace(context.database(), context.accounts(), context.pool());
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

QJsonObject organizationJson(CliContext &context, const OrganizationSetup &setup)
{
    QJsonArray pool;
    if (const auto twilio = context.accounts().organizationTwilioAccount(setup.id)) {
        for (const PoolNumber &number : context.pool().numbers(twilio->id)) {
            const char *state = number.state == PoolNumber::State::Available ? "available"
                    : number.state == PoolNumber::State::Reserved            ? "reserved"
                                                                             : "imported";
            pool.append(QJsonObject{{QStringLiteral("number"), number.number.toString()},
                    {QStringLiteral("state"), QLatin1String(state)}});
        }
    }
    return QJsonObject{
            {QStringLiteral("slug"), setup.slug},
            {QStringLiteral("name"), setup.name},
            {QStringLiteral("contact"), setup.contact},
            {QStringLiteral("vapiAccount"),
                    setup.ownVapiAccount ? QStringLiteral("own") : QStringLiteral("workspace")},
            {QStringLiteral("region"), toString(setup.region)},
            {QStringLiteral("twilioAccountSid"), setup.twilioAccountSid},
            {QStringLiteral("twilioAuth"),
                    setup.twilioAccountSid.isEmpty()          ? QString()
                            : setup.twilioApiKeySid.isEmpty() ? QStringLiteral("auth-token")
                                                              : QStringLiteral("api-key")},
            {QStringLiteral("twilioApiKeySid"), setup.twilioApiKeySid},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("areaCode"), setup.preferredAreaCode},
            {QStringLiteral("preferSip"), setup.preferSip},
            {QStringLiteral("allowPurchase"), setup.allowPurchase},
            {QStringLiteral("purchaseLimit"), setup.monthlyPurchaseLimit},
    };
}

void printOrganization(CliContext &context, const OrganizationSetup &setup)
{
    if (context.json()) {
        context.printJson(organizationJson(context, setup));
        return;
    }
    const QJsonObject o = organizationJson(context, setup);
    QTextStream &out = context.out();
    out << setup.name << " (" << setup.slug << ")\n";
    if (!setup.contact.isEmpty())
        out << "  Contact:        " << setup.contact << '\n';
    out << "  Vapi account:   "
        << (setup.ownVapiAccount
                           ? QStringLiteral("its own (%1)").arg(toString(setup.region).toUpper())
                           : QStringLiteral("the workspace's"))
        << '\n';
    out << "  Twilio account: "
        << (setup.twilioAccountSid.isEmpty() ? QStringLiteral("none of its own")
                                             : setup.twilioAccountSid)
        << '\n';
    const QJsonArray pool = o.value(QStringLiteral("pool")).toArray();
    if (!pool.isEmpty()) {
        out << "  Number pool:   ";
        for (const QJsonValue &n : pool)
            out << ' ' << n[QStringLiteral("number")].toString() << " ("
                << n[QStringLiteral("state")].toString() << ')';
        out << '\n';
    }
    out << "  Area code:      "
        << (setup.preferredAreaCode.isEmpty() ? QStringLiteral("any") : setup.preferredAreaCode)
        << '\n'
        << "  Free numbers:   " << (setup.preferSip ? "SIP URIs" : "phone numbers") << '\n'
        << "  Purchases:      "
        << (setup.allowPurchase ? QStringLiteral("allowed, up to %1 a month")
                                          .arg(setup.monthlyPurchaseLimit)
                                : QStringLiteral("not allowed"))
        << '\n';
    out.flush();
}

int orgAdd(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Add an organization (a customer of the agency)."));
    parser.addPositionalArgument(
            QStringLiteral("slug"), QStringLiteral("Short lower-case handle, e.g. acme-dental."));
    addSetupOptions(parser);
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
        return OperationFailed;
    if (context.organizations().findBySlug(setup.slug))
        return context.fail(BadUsage,
                QStringLiteral("SLUG: an organization called \"%1\" already exists")
                        .arg(setup.slug));
    if (!checkAgainstWorkspace(context, setup, &error))
        return context.fail(BadUsage, error);
    if (!setup.save(context.database(), context.organizations(), context.accounts(), context.pool(),
                &error))
        return context.fail(OperationFailed, error);
    printOrganization(context, setup);
    return Success;
}

int orgEdit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Change an organization; options not given keep their values."));
    parser.addPositionalArgument(QStringLiteral("slug"), QStringLiteral("The organization."));
    addSetupOptions(parser);
    addEditOnlyOptions(parser);
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org edit"), arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(BadUsage, QStringLiteral("org edit needs exactly one SLUG"));
    if (!context.openWorkspace())
        return OperationFailed;
    Organization organization;
    if (!context.findOrganization(parser.positionalArguments().constFirst(), &organization))
        return BadUsage;
    auto setup = OrganizationSetup::load(
            organization.id, context.organizations(), context.accounts(), context.pool());
    QString error;
    if (!applySetupOptions(parser, *setup, &error)
            || !checkAgainstWorkspace(context, *setup, &error))
        return context.fail(BadUsage, error);
    if (!setup->save(context.database(), context.organizations(), context.accounts(),
                context.pool(), &error))
        return context.fail(OperationFailed, error);
    printOrganization(context, *setup);
    return Success;
}

int orgList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the organizations."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("org list"), arguments, &code))
        return code;
    if (!context.openWorkspace())
        return OperationFailed;
    QJsonArray array;
    for (const Organization &o : context.organizations().list()) {
        if (context.json())
            array.append(organizationJson(context,
                    *OrganizationSetup::load(
                            o.id, context.organizations(), context.accounts(), context.pool())));
        else
            context.out() << o.slug.leftJustified(24) << ' ' << o.name << '\n';
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
    if (!context.openWorkspace())
        return OperationFailed;
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
        return OperationFailed;
    Organization organization;
    if (!context.findOrganization(parser.positionalArguments().constFirst(), &organization))
        return BadUsage;
    // Its secrets go first: an organization must never leave credentials behind.
    QString statusError;
    const QList<SecretStatus> secrets
            = context.credentials().organizationStatus(organization.id, &statusError);
    const bool anyInKeychain = std::any_of(secrets.cbegin(), secrets.cend(),
            [](const SecretStatus &status) { return status.inKeychain; });
    return context.runAsync([&context, organization, anyInKeychain](std::function<void(int)> done) {
        SecretJob *wipe = context.credentials().wipeOrganization(organization.id);
        wipe->then(wipe, [&context, organization, anyInKeychain, done](SecretJob *job) {
            if (job->error() && anyInKeychain) {
                done(context.fail(OperationFailed,
                        QStringLiteral(
                                "%1 was not removed: its secrets could not be deleted from the "
                                "keychain (%2)")
                                .arg(organization.slug, job->error().message)));
                return;
            }
            QString error;
            if (!context.organizations().remove(organization.id, &error)) {
                done(context.fail(OperationFailed, error));
                return;
            }
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("removed"), organization.slug}});
            else
                context.out() << "Removed " << organization.name << " (" << organization.slug
                              << ") and its secrets. Its provisioning history stays.\n";
            context.out().flush();
            done(Success);
        });
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
