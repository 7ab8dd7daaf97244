// switchboard-cli: the console's engine for scripts and terminals. Links the core only.
#include "storage/OrganizationStore.h"
#include "storage/WorkspaceDatabase.h"
#include "storage/WorkspacePaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Switchboard;

namespace {

enum ExitCode {
    Success = 0,
    OperationFailed = 1,
    BadUsage = 2,
};

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "switchboard-cli: " << message << Qt::endl;
    return code;
}

void print(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << document.toJson(QJsonDocument::Indented);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("switchboard.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Provision phone numbers for Vapi assistants from scripts.\n\n"
                           "Commands:\n"
                           "  workspace info   where the workspace is and its schema version\n"
                           "  org list         the organizations of the workspace"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Use the workspace in <dir>."),
            QStringLiteral("dir")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")});
    parser.addPositionalArgument(
            QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString command = args.value(0) + QLatin1Char(' ') + args.value(1);
    if (args.size() != 2 || (command != u"workspace info" && command != u"org list"))
        return fail(BadUsage,
                QStringLiteral("unknown command \"%1\"; see --help")
                        .arg(args.join(QLatin1Char(' '))));

    const QString dataDir = WorkspacePaths::dataDirectory(parser.value(QStringLiteral("data-dir")));
    DatabaseError error;
    auto database = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDir)), &error);
    if (!database)
        return fail(OperationFailed, error.message);

    QTextStream out(stdout);
    if (command == u"workspace info") {
        if (json) {
            print(QJsonObject{{QStringLiteral("dataDir"), dataDir},
                    {QStringLiteral("database"), database->location().describe()},
                    {QStringLiteral("schemaVersion"), database->schemaVersion()}});
        } else {
            out << "Data folder:    " << dataDir << '\n'
                << "Database:       " << database->location().describe() << '\n'
                << "Schema version: " << database->schemaVersion() << Qt::endl;
        }
        return Success;
    }

    OrganizationStore store(*database);
    QString listError;
    const QList<Organization> organizations = store.list(&listError);
    if (!listError.isEmpty())
        return fail(OperationFailed, listError);
    if (json) {
        QJsonArray array;
        for (const Organization &o : organizations)
            array.append(QJsonObject{
                    {QStringLiteral("slug"), o.slug}, {QStringLiteral("name"), o.name}});
        print(array);
    } else {
        for (const Organization &o : organizations)
            out << o.slug << '\t' << o.name << '\n';
        out.flush();
    }
    return Success;
}
