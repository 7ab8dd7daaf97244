// SPDX-License-Identifier: Apache-2.0
// switchboard-cli: the console's engine for scripts and terminals. Links the core only; each
// command lives in commands/ and does its work through the core's stores and services.
#include "cli/CliContext.h"
#include "cli/Utf8Console.h"
#include "cli/commands/Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Switchboard;
using namespace Switchboard::Cli;

namespace {

const char *const Usage = R"(Usage: switchboard-cli [global options] <command> [options]

Give the Vapi assistants of your customer organizations phone numbers from scripts.

Commands:
  org add SLUG --name NAME [...]   add an organization (org add --help for its options)
  org list | show SLUG | edit SLUG [...] | remove SLUG
  org secret set SLUG KIND         store a secret read from standard input (KIND: vapi-key,
                                   twilio-auth-token, twilio-api-key, twilio-api-secret)
  org secret list SLUG             which secrets are set, and where from (never the values)
  workspace info                   where the workspace is and how it is set up
  workspace set [...]              the workspace's Vapi account, global Twilio account, limits
  workspace secret set KIND | list the workspace's own secrets, as above
  workspace migrate --to URL       copy this SQLite workspace to an empty PostgreSQL database
  database password set --database URL
                                   store the PostgreSQL password (read from standard input)
  database password clear --database URL
  assistant list [--org SLUG]      assistants with their numbers, fresh from Vapi; new ones
                                   get a number when their organization's policy says so
  assistant create --org SLUG --name NAME [--no-provision]
                                   create an assistant (and give it a number, as above)
  assistant link ID --org SLUG     link an existing Vapi assistant (kept in its metadata)
  number list [--org SLUG]         numbers in Vapi, with their assistants
  number assign NUMBER --assistant ID | number unassign NUMBER
                                   route a number to an assistant of its organization, or not
  number search (--org SLUG | --workspace) --area-code NNN
                                   Twilio numbers for sale in an area code
  number buy (--org SLUG | --workspace) (+E164 | --area-code NNN)
                                   buy one for the pool, within the month's purchase limit
  pool check (--org SLUG | --workspace) [+E164…] [--clear-twilio-routing]
                                   ask Twilio about pool numbers now (in the account, voice,
                                   no application or trunk in front of Vapi's voice URL)
  provision --org SLUG (--assistant ID | --all-unassigned) [--dry-run] [--concurrency N]
                                   give assistants numbers through the chain
  watch [--org SLUG] [--interval 5m] [--once]
                                   give new assistants numbers until stopped (SIGTERM)
  usage [--org SLUG]               free-number usage per Vapi account, and where each cap
                                   comes from
  usage recheck [--org SLUG]       ask Vapi again over a learned cap, or after a payment
                                   method was added
  scaling [--org SLUG]             stage, cost and next steps
  manual list [--org SLUG]         open manual-assignment tasks
  manual complete TASK (--number E164 | --sip-uri URI | --existing ID)
  history [filters] [--format table|csv|json]

Global options (before or after the command):
  --data-dir DIR    use the workspace in DIR (default: $SWITCHBOARD_DATA_DIR, else the
                    application data folder)
  --database URL    use the team workspace at postgresql://user@host:port/db[?sslmode=…]
                    (password: keychain, or $SWITCHBOARD_DATABASE_PASSWORD / $PGPASSWORD)
  --json            machine-readable output for every command
  --sandbox         work against the embedded sandbox with the demo world
  --vapi-url URL, --twilio-url URL
                    override the APIs' base URLs (plain http only for loopback)
  -h, --help        this text; <command> --help for a command's options
  -v, --version     the version

Exit codes: 0 success, 1 the operation failed (the reason is printed), 2 bad usage or bad
input (nothing was changed). See docs/CLI.md.
)";

// Runs the command; main() then checks that its output got out.
int run(CliContext &context, QStringList arguments)
{
    // Global options may come before the command; everything from the command on is its own.
    QStringList globals;
    while (!arguments.isEmpty() && arguments.constFirst().startsWith(u'-')) {
        const QString option = arguments.takeFirst();
        if (option == u"--version" || option == u"-v") {
            context.out() << "Switchboard " << SWITCHBOARD_VERSION << '\n';
            return Success;
        }
        if (option == u"--help" || option == u"-h") {
            context.out() << Usage;
            return Success;
        }
        globals << option;
        const bool takesValue = option == u"--data-dir" || option == u"--database"
                || option == u"--vapi-url" || option == u"--twilio-url";
        if (takesValue && !arguments.isEmpty())
            globals << arguments.takeFirst();
    }
    QCommandLineParser globalParser;
    CliContext::addGlobalOptions(globalParser);
    if (!globalParser.parse(QStringList{QStringLiteral("switchboard-cli")} + globals))
        return context.fail(BadUsage, globalParser.errorText() + QStringLiteral(" (see --help)"));
    context.applyGlobalOptions(globalParser);

    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command.isEmpty())
        return context.fail(BadUsage, QStringLiteral("no command given (see --help)"));
    if (command == u"org")
        return runOrg(context, rest);
    if (command == u"workspace")
        return runWorkspace(context, rest);
    if (command == u"usage")
        return runUsage(context, rest);
    if (command == u"scaling")
        return runScaling(context, rest);
    if (command == u"manual")
        return runManual(context, rest);
    if (command == u"history")
        return runHistory(context, rest);
    if (command == u"provision")
        return runProvision(context, rest);
    if (command == u"watch")
        return runWatch(context, rest);
    if (command == u"assistant")
        return runAssistant(context, rest);
    if (command == u"number")
        return runNumber(context, rest);
    if (command == u"pool")
        return runPool(context, rest);
    if (command == u"database")
        return runDatabase(context, rest);
    return context.fail(
            BadUsage, QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("switchboard.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    // Progress notes of the core (migrations, reconciliation) are not for a script's stderr;
    // QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(
            QStringLiteral("switchboard.*.debug=false\nswitchboard.*.info=false"));

    const Utf8Console utf8Console; // before any output; restored after the last
    CliContext context;
    return context.finish(run(context, QCoreApplication::arguments().mid(1)));
}
