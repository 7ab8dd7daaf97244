// SPDX-License-Identifier: Apache-2.0
// The history's search box: whatever is typed goes through HistoryStore's word splitting and
// the dialect's query expression into SQLite FTS5 (MATCH) on a small real workspace. Any text
// must give an answer, never an SQL error, and count() must agree with the rows a page lists.
// PostgreSQL's expression (to_tsquery syntax) is checked for its shape: no server runs here.
// Input: the text as typed (UTF-8).
#include "FuzzSupport.h"

#include "core/storage/HistoryStore.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

using namespace Switchboard;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceDatabase> database;
    std::unique_ptr<HistoryStore> history;
};

Workspace *workspace = nullptr;

void addAttempt(HistoryStore &history, const QString &assistantId, const QString &name,
        const QString &slug, const QString &number, const QString &summary)
{
    ProvisioningAttempt attempt;
    attempt.organizationSlug = slug;
    attempt.assistantId = assistantId;
    attempt.assistantName = name;
    FUZZ_CHECK(history.beginAttempt(attempt));
    attempt.outcome = AttemptOutcome::Succeeded;
    attempt.strategy = Strategy::VapiFree;
    attempt.address = PhoneAddress::parse(number);
    attempt.summary = summary;
    FUZZ_CHECK(history.finishAttempt(attempt));
}

// The PostgreSQL expression: quoted operands, each perhaps a prefix, joined by " & "; no quote
// or backslash inside one, which is all that to_tsquery reads as syntax within quotes. (An
// operand may hold a space: "sip:night" searches the phrase "sip night" on both back-ends.)
void checkPostgresShape(const QString &expression)
{
    if (expression.isEmpty())
        return;
    static const QRegularExpression shape(
            QStringLiteral("^'[^'\\\\ ]([^'\\\\]*[^'\\\\ ])?'(:\\*)?"
                           "( & '[^'\\\\ ]([^'\\\\]*[^'\\\\ ])?'(:\\*)?)*$"));
    FUZZ_CHECK(shape.match(expression).hasMatch());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initialize();
    workspace = new Workspace;
    FUZZ_CHECK(workspace->dir.isValid());
    DatabaseError error;
    workspace->database = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(workspace->dir.filePath(QStringLiteral("fuzz.db"))), &error);
    if (!workspace->database)
        std::fprintf(stderr, "cannot open a workspace: %s\n", qPrintable(error.message));
    FUZZ_CHECK(workspace->database);
    workspace->history = std::make_unique<HistoryStore>(*workspace->database);
    HistoryStore &history = *workspace->history;
    addAttempt(history, QStringLiteral("asst-1098"), QStringLiteral("Front desk"),
            QStringLiteral("acme"), QStringLiteral("+14155550100"),
            QStringLiteral("Free Vapi number"));
    addAttempt(history, QStringLiteral("asst-2"), QStringLiteral("Café Zoë (night) 100%"),
            QStringLiteral("org_a"), QStringLiteral("sip:night@sip.vapi.ai"),
            QStringLiteral("SIP \"quoted\" * OR NEAR(x)"));
    addAttempt(history, QStringLiteral("3f2a"), QStringLiteral("日本語 受付"),
            QStringLiteral("tokyo-1"), QStringLiteral("+442079460958"), QStringLiteral("-"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HistoryFilter filter;
    filter.text
            = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    QString error;
    const QList<ProvisioningAttempt> rows
            = workspace->history->page(filter, 50, std::nullopt, &error);
    if (!error.isEmpty())
        std::fprintf(stderr, "history search failed: %s\n", qPrintable(error));
    FUZZ_CHECK(error.isEmpty());
    const int count = workspace->history->count(filter, &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(count == rows.size());

    const QStringList words
            = filter.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const std::unique_ptr<SqlDialect> postgres
            = SqlDialect::create(SqlDialect::Backend::Postgres);
    checkPostgresShape(postgres->searchExpression(words, true));
    checkPostgresShape(postgres->searchExpression(words, false));
    return 0;
}
