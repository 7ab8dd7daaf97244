// SPDX-License-Identifier: Apache-2.0
// The options every command accepts, and how a command's own are parsed with them.
#include "cli/CliContext.h"

namespace Switchboard::Cli {

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
            QStringLiteral("Use the workspace in <dir> (default: $SWITCHBOARD_DATA_DIR, "
                           "else the application data folder)."),
            QStringLiteral("dir")});
    parser.addOption({QStringLiteral("database"),
            QStringLiteral("Use the workspace at <url>: postgresql://user@host:port/db[?sslmode=…] "
                           "for a team workspace (password from the keychain or "
                           "$SWITCHBOARD_DATABASE_PASSWORD), or an SQLite file."),
            QStringLiteral("url")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("sandbox"),
            QStringLiteral("Work against the embedded sandbox with the demo world.")});
    parser.addOption({QStringLiteral("vapi-url"),
            QStringLiteral("Use <url> as Vapi's base URL (plain http only for loopback)."),
            QStringLiteral("url")});
    parser.addOption({QStringLiteral("twilio-url"),
            QStringLiteral("Use <url> as Twilio's base URL (plain http only for loopback)."),
            QStringLiteral("url")});
}

void CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    setJson(json() || parser.isSet(QStringLiteral("json")));
    m_sandbox = m_sandbox || parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("data-dir")))
        m_dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("database")))
        m_databaseUrl = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("vapi-url")))
        m_vapiUrl = parser.value(QStringLiteral("vapi-url"));
    if (parser.isSet(QStringLiteral("twilio-url")))
        m_twilioUrl = parser.value(QStringLiteral("twilio-url"));
}

bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
        const QStringList &arguments, int *exitCode)
{
    CliContext::addGlobalOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("switchboard-cli ") + name} + arguments)) {
        *exitCode = context.fail(BadUsage,
                parser.errorText() + QStringLiteral(" (see ") + name + QStringLiteral(" --help)"));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        *exitCode = Success;
        return false;
    }
    context.applyGlobalOptions(parser);
    *exitCode = Success;
    return true;
}

} // namespace Switchboard::Cli
