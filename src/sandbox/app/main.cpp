// SPDX-License-Identifier: Apache-2.0
// switchboard-sandbox: the Vapi and Twilio emulator as a program of its own. It only reads its
// options, builds the world and runs a SandboxServer; everything else lives in the library.
#include "sandbox/SandboxServer.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/world/AccountSpec.h"
#include "sandbox/world/WorldFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

using namespace Switchboard::Sandbox;

namespace {

// Bad input to the sandbox itself: one line, exit code 2.
int fail(const QString &message)
{
    QTextStream(stderr) << "switchboard-sandbox: " << message << Qt::endl;
    return 2;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
            "A local, stateful emulator of the Vapi and Twilio REST APIs, with fault injection. "
            "See docs/SANDBOX.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("world"),
            QStringLiteral("The world: \"demo\" or a world file (JSON). Default: no accounts, the "
                           "demo's inventory."),
            QStringLiteral("demo|file")});
    parser.addOption({QStringLiteral("state"),
            QStringLiteral("Keep the state in <file> across restarts: read it if it exists (it "
                           "then replaces --world), write it after every change."),
            QStringLiteral("file")});
    parser.addOption({QStringLiteral("port"),
            QStringLiteral("Listen on 127.0.0.1:<n>; 0 (the default) picks a free port."),
            QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"),
            QStringLiteral("Seed for ids, SIDs and fault decisions (default: the world's)."),
            QStringLiteral("n")});
    parser.addOption({QStringLiteral("faults"),
            QStringLiteral("Fault rules, e.g. \"429@POST /phone-number,count=2;lost@POST "
                           "/phone-number,rate=0.1\" (docs/SANDBOX.md)."),
            QStringLiteral("spec")});
    parser.addOption({QStringLiteral("vapi-account"),
            QStringLiteral("Add a Vapi account with private key KEY and free-number cap CAP. "
                           "Repeatable."),
            QStringLiteral("KEY[:CAP]")});
    parser.addOption({QStringLiteral("twilio-account"),
            QStringLiteral("Add a Twilio account owning the numbers listed. Repeatable."),
            QStringLiteral("SID:TOKEN[:+E164,...]")});
    parser.addOption({QStringLiteral("activation-delay"),
            QStringLiteral("Milliseconds a new free Vapi number stays \"activating\"."),
            QStringLiteral("ms")});
    parser.addOption({QStringLiteral("free-cap"),
            QStringLiteral("The default free-number cap of Vapi accounts (10 unless the world "
                           "says otherwise)."),
            QStringLiteral("n")});
}

std::optional<World> initialWorld(const QCommandLineParser &parser, std::optional<quint64> seed,
        bool *restored, QString *error)
{
    const QString statePath = parser.value(QStringLiteral("state"));
    *restored = !statePath.isEmpty() && QFileInfo::exists(statePath);
    if (*restored)
        return WorldFile::load(statePath, error, seed);
    const QString worldName = parser.value(QStringLiteral("world"));
    if (worldName == QLatin1String("demo")) {
        World world = World::demo();
        if (seed)
            world.settings.seed = *seed;
        return world;
    }
    if (!worldName.isEmpty())
        return WorldFile::load(worldName, error, seed);
    World world;
    world.inventoryRules = World::demo().inventoryRules;
    if (seed)
        world.settings.seed = *seed;
    return world;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QStringLiteral("; see --help"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        // The same first words as switchboard and switchboard-cli: one product, one version.
        QTextStream(stdout) << "Switchboard " << SWITCHBOARD_VERSION << " (switchboard-sandbox)\n";
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help")
                            .arg(parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be a whole number from 0 to 65535"));
    std::optional<quint64> seed;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number of at least 0"));
    }

    QString error;
    bool restored = false;
    std::optional<World> world = initialWorld(parser, seed, &restored, &error);
    if (!world)
        return fail(error);
    if (parser.isSet(QStringLiteral("activation-delay"))) {
        const int delay = parser.value(QStringLiteral("activation-delay")).toInt(&ok);
        if (!ok || delay < 0)
            return fail(
                    QStringLiteral("--activation-delay must be a whole number of milliseconds"));
        world->settings.activationDelayMs = delay;
    }
    if (parser.isSet(QStringLiteral("free-cap"))) {
        const int cap = parser.value(QStringLiteral("free-cap")).toInt(&ok);
        if (!ok || cap < 0)
            return fail(QStringLiteral("--free-cap must be a whole number of at least 0"));
        world->settings.defaultFreeNumberCap = cap;
    }

    QList<AccountSpec> accounts;
    for (const QString &text : parser.values(QStringLiteral("vapi-account"))) {
        const std::optional<AccountSpec> spec = AccountSpec::parseVapi(text, &error);
        if (!spec)
            return fail(error);
        accounts.append(*spec);
    }
    for (const QString &text : parser.values(QStringLiteral("twilio-account"))) {
        const std::optional<AccountSpec> spec = AccountSpec::parseTwilio(text, &error);
        if (!spec)
            return fail(error);
        accounts.append(*spec);
    }
    const std::optional<QList<FaultRule>> faults
            = FaultRule::parseList(parser.value(QStringLiteral("faults")), &error);
    if (!faults)
        return fail(QStringLiteral("--faults: ") + error);

    SandboxServer server(*world);
    for (const AccountSpec &account : std::as_const(accounts)) {
        // A restarted sandbox already has the accounts its command line adds.
        const bool present = account.kind == AccountSpec::Kind::Vapi
                ? server.state().vapiOrgByKey(account.keyOrSid) != nullptr
                : server.state().twilioAccount(account.keyOrSid) != nullptr;
        if (restored && present)
            continue;
        if (!account.addTo(server.state(), &error))
            return fail(error);
    }
    for (const FaultRule &rule : *faults)
        server.faults().add(rule);
    if (!server.listen(QHostAddress::LocalHost, quint16(port), &error))
        return fail(error + QStringLiteral("; choose another --port, or 0 for any free port"));
    const QString statePath = parser.value(QStringLiteral("state"));
    if (!statePath.isEmpty() && !server.persistTo(statePath, &error))
        return fail(error);

    QTextStream(stdout) << "switchboard-sandbox listening on " << server.baseUrl().toString()
                        << Qt::endl;
    return QCoreApplication::exec();
}
