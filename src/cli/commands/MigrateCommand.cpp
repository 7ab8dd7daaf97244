// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/storage/WorkspaceCopier.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {

// workspace migrate --to postgresql://…: the --data-dir workspace (SQLite) copied, ids and all,
// into an empty PostgreSQL database, then every table counted on both sides.
int runWorkspaceMigrate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Copy this workspace (the SQLite workspace of --data-dir) into an empty PostgreSQL "
            "database, in one transaction, keeping every id; then compare the row counts of "
            "every table. Secrets stay in the keychain and keep working."));
    parser.addOption({QStringLiteral("to"),
            QStringLiteral("The empty team database: postgresql://user@host:port/db[?sslmode=…]."),
            QStringLiteral("url")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("workspace migrate"), arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("to")))
        return context.fail(BadUsage,
                QStringLiteral("--to: give the target, e.g. --to "
                               "postgresql://user@host:5432/database"));
    QString parseError;
    const std::optional<DatabaseLocation> to
            = DatabaseLocation::fromUrl(parser.value(QStringLiteral("to")), &parseError);
    if (!to)
        return context.fail(BadUsage, QStringLiteral("--to: ") + parseError);
    if (!to->isPostgres())
        return context.fail(BadUsage,
                QStringLiteral("--to: the target must be a postgresql:// URL; to copy an SQLite "
                               "workspace to another file, copy the file"));
    // The source is the data folder's SQLite file (or --database), whatever the console's
    // settings now name: after a migration they name the target.
    context.ignoreStoredLocation();
    const std::optional<DatabaseLocation> from = context.databaseLocation();
    if (!from)
        return BadUsage;
    if (from->isPostgres())
        return context.fail(BadUsage,
                QStringLiteral("--database: the source is the SQLite workspace of --data-dir; "
                               "leave --database out"));
    // Copying only reads the source: a read-only workspace can be moved this way.
    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();

    DatabaseError openError;
    auto target = context.openOtherDatabase(*to, &openError);
    if (!target)
        return context.fail(OperationFailed, QStringLiteral("--to: ") + openError.message);

    QList<WorkspaceCopier::TableCount> counts;
    QString error;
    const bool copied = WorkspaceCopier::copy(context.database(), *target, &counts, &error);
    if (context.json()) {
        QJsonArray tables;
        for (const auto &count : std::as_const(counts))
            tables.append(QJsonObject{{QStringLiteral("table"), count.table},
                    {QStringLiteral("source"), count.source},
                    {QStringLiteral("target"), count.target}});
        context.printJson(QJsonObject{{QStringLiteral("from"), from->describe()},
                {QStringLiteral("to"), to->describe()}, {QStringLiteral("copied"), copied},
                {QStringLiteral("tables"), tables}});
    } else if (!counts.isEmpty()) {
        QTextStream &out = context.out();
        out << QStringLiteral("%1 %2 %3\n")
                        .arg(QStringLiteral("Table").leftJustified(24),
                                QStringLiteral("SQLite").rightJustified(9),
                                QStringLiteral("PostgreSQL").rightJustified(11));
        for (const auto &count : std::as_const(counts))
            out << QStringLiteral("%1 %2 %3%4\n")
                            .arg(count.table.leftJustified(24))
                            .arg(count.source, 9)
                            .arg(count.target, 11)
                            .arg(count.source == count.target ? QString()
                                                              : QStringLiteral("  DIFFERENT"));
        out.flush();
    }
    if (!copied)
        return context.fail(OperationFailed, error);
    if (!context.json()) {
        context.out() << "Copied " << printable(from->describe()) << " to "
                      << printable(to->describe()) << ". Open it with --database "
                      << printable(to->toUrl()) << ".\n";
        context.out().flush();
    }
    return Success;
}

} // namespace Switchboard::Cli
