// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/secrets/DatabasePassword.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretInput.h"
#include "core/secrets/SecretJob.h"

#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

// The team database's location for `database password …`: --database is required, and must be
// a PostgreSQL URL (an SQLite workspace has no password).
std::optional<DatabaseLocation> postgresLocation(CliContext &context, const QString &command)
{
    std::optional<DatabaseLocation> location = context.databaseLocation();
    if (!location)
        return std::nullopt;
    if (!location->isPostgres()) {
        context.fail(BadUsage,
                QStringLiteral("--database: %1 needs a postgresql:// URL "
                               "(postgresql://user@host:5432/database); an SQLite workspace has "
                               "no password")
                        .arg(command));
        return std::nullopt;
    }
    return location;
}

int passwordSet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Store the PostgreSQL password of --database in the keychain. The "
                           "password is read from standard input, never from the command line."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("database password set"), arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
                BadUsage, SecretInput::argumentRefusal(QStringLiteral("the database password")));
    const std::optional<DatabaseLocation> location
            = postgresLocation(context, QStringLiteral("database password set"));
    if (!location)
        return BadUsage;
    QString error;
    const std::optional<QString> value = SecretInput::readStandardInput(
            QStringLiteral("Password for %1: ").arg(location->describe()), &error);
    if (!value)
        return context.fail(BadUsage, QStringLiteral("password: ") + error);

    KeychainSecretStore keychain(DatabasePassword::serviceName(*location));
    const QString service = keychain.serviceName();
    return context.runAsync([&](const std::function<void(int)> &done) {
        SecretJob *job = keychain.write(DatabasePassword::key(), *value);
        job->then(job, [&context, done, service, location](SecretJob *finished) {
            if (finished->error()) {
                done(context.fail(OperationFailed,
                        QStringLiteral("the database password could not be stored: ")
                                + finished->error().message));
                return;
            }
            const auto environment = DatabasePassword::fromEnvironment();
            if (context.json()) {
                context.printJson(QJsonObject{{QStringLiteral("database"), location->describe()},
                        {QStringLiteral("service"), service},
                        {QStringLiteral("stored"), DatabasePassword::key().toString()},
                        {QStringLiteral("environmentOverrides"), environment.variable}});
            } else {
                context.out() << "Stored in the keychain (service " << printable(service)
                              << ", entry " << DatabasePassword::key().toString() << ").\n";
                if (environment.isSet())
                    context.out() << "Note: " << environment.variable
                                  << " is set and is used instead while it is.\n";
            }
            context.out().flush();
            done(Success);
        });
    });
}

int passwordClear(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Remove the PostgreSQL password of --database from the keychain."));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("database password clear"), arguments, &code))
        return code;
    const std::optional<DatabaseLocation> location
            = postgresLocation(context, QStringLiteral("database password clear"));
    if (!location)
        return BadUsage;
    KeychainSecretStore keychain(DatabasePassword::serviceName(*location));
    return context.runAsync([&](const std::function<void(int)> &done) {
        SecretJob *job = keychain.remove(DatabasePassword::key());
        job->then(job, [&context, done](SecretJob *finished) {
            if (finished->error()) {
                done(context.fail(OperationFailed,
                        QStringLiteral("the database password could not be removed: ")
                                + finished->error().message));
                return;
            }
            if (!context.json())
                context.out() << "The database password was removed from the keychain.\n";
            else
                context.printJson(QJsonObject{{QStringLiteral("removed"), true}});
            context.out().flush();
            done(Success);
        });
    });
}

} // namespace

int runDatabase(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QString action = arguments.value(1);
    if (sub == u"password" && action == u"set")
        return passwordSet(context, arguments.mid(2));
    if (sub == u"password" && action == u"clear")
        return passwordClear(context, arguments.mid(2));
    return context.fail(BadUsage,
            QStringLiteral("database: unknown subcommand \"%1\"; use `database password set "
                           "--database URL` or `database password clear --database URL`")
                    .arg(QStringList{sub, action}.join(u' ').trimmed()));
}

} // namespace Switchboard::Cli
