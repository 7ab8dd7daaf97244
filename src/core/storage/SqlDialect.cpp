// SPDX-License-Identifier: Apache-2.0
#include "core/storage/SqlDialect.h"

namespace Switchboard {
namespace {

// The text of an attempt that its search finds: names, ids, the slug, the summary and the
// number, also without its "+" and without country codes of one to three digits, so that
// "14155550100" and "4155550100" find "+14155550100".
const QString SearchedText = QStringLiteral(
        "%1assistant_name || ' ' || %1assistant_id || ' ' || %1organization_slug || ' ' ||"
        " %1summary || ' ' || %1address || CASE WHEN %1address LIKE '+%' THEN ' ' ||"
        " substr(%1address, 2) || ' ' || substr(%1address, 3) || ' ' || substr(%1address, 4)"
        " || ' ' || substr(%1address, 5) ELSE '' END");

// A search word as the index sees it: letters, digits and the characters that hold ids,
// slugs and numbers together. Nothing else survives, so the words never carry query syntax.
QString searchWord(const QString &word)
{
    QString kept;
    for (const QChar c : word) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'+' || c == u'_' || c == u'@')
            kept += c;
        else
            kept += u' ';
    }
    return kept.simplified();
}

// PostgreSQL's 'simple' text search keeps accents, where SQLite's unicode61 folds them: the
// index and the query both fold these letters the same way (translate() is immutable, so it
// may sit in an index expression; no unaccent extension, which needs a privilege to create).
const QString AccentedLetters
        = QStringLiteral("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžŒœ");
const QString PlainLetters
        = QStringLiteral("AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzOo");

QString foldAccents(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        const qsizetype at = AccentedLetters.indexOf(c);
        if (at >= 0)
            c = PlainLetters.at(at);
    }
    return folded;
}

QString postgresSearchedText()
{
    return QStringLiteral("translate(%1, '%2', '%3')")
            .arg(SearchedText.arg(QString()), AccentedLetters, PlainLetters);
}

class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString autoIdColumn() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }
    QStringList connectionSetup() const override
    {
        // busy_timeout waits for the other writer instead of failing at once. recursive_triggers:
        // a REPLACE that deletes a row to make room fires its delete triggers only with it on,
        // and the history's append-only guard is a delete trigger (the probe rewrote an event
        // with INSERT OR REPLACE).
        return {QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA busy_timeout = 5000"),
                QStringLiteral("PRAGMA recursive_triggers = ON")};
    }
    QStringList workspaceSetup() const override
    {
        // WAL lets the GUI read history while a batch writes.
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = NORMAL")};
    }
    QStringList appendOnlyGuard(const QString &table, const QString &stateColumn,
            const QString &openState) const override
    {
        return {QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                               "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                        .arg(table),
                QStringLiteral(
                        "CREATE TRIGGER %1_complete_once BEFORE UPDATE ON %1 "
                        "WHEN OLD.%2 <> '%3' "
                        "BEGIN SELECT RAISE(ABORT, 'a finished row of %1 cannot change'); END")
                        .arg(table, stateColumn, openState)};
    }
    QStringList immutableGuard(const QString &table) const override
    {
        return {QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                               "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                        .arg(table),
                QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                               "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                        .arg(table)};
    }
    QString databaseRoleDefault() const override { return QStringLiteral("''"); }
    QStringList historySearchSchema() const override
    {
        // A contentless FTS5 index keyed by the negated attempt id: FTS5 reads its doclists in
        // ascending rowid order, which is then newest first, and stops after a page.
        // unicode61 folds case and diacritics; tokenchars keep "asst-1098", "+14155550100"
        // and "org_a" whole. The prefix indexes make a short last word cheap while typing.
        const QString row = SearchedText.arg(QString());
        const QString oldRow = SearchedText.arg(QStringLiteral("OLD."));
        const QString newRow = SearchedText.arg(QStringLiteral("NEW."));
        return {QStringLiteral("CREATE VIRTUAL TABLE attempt_search USING fts5(words,"
                               " content='', tokenize=\"unicode61 tokenchars '-+_@'\","
                               " prefix='1 2 3')"),
                QStringLiteral("INSERT INTO attempt_search (rowid, words) SELECT -id, %1"
                               " FROM provisioning_attempts")
                        .arg(row),
                QStringLiteral("CREATE TRIGGER attempt_search_insert AFTER INSERT ON"
                               " provisioning_attempts BEGIN INSERT INTO attempt_search"
                               " (rowid, words) VALUES (-NEW.id, %1); END")
                        .arg(newRow),
                // An attempt changes once, when it finishes (summary, number): re-index it.
                QStringLiteral("CREATE TRIGGER attempt_search_update AFTER UPDATE ON"
                               " provisioning_attempts BEGIN"
                               " INSERT INTO attempt_search (attempt_search, rowid, words)"
                               " VALUES ('delete', -OLD.id, %1);"
                               " INSERT INTO attempt_search (rowid, words) VALUES (-NEW.id, %2);"
                               " END")
                        .arg(oldRow, newRow)};
    }
    QString historySearchSource() const override
    {
        // CROSS JOIN keeps the index as the outer loop, read in its order.
        return QStringLiteral("attempt_search CROSS JOIN provisioning_attempts"
                              " ON provisioning_attempts.id = -attempt_search.rowid");
    }
    QString historySearchCondition() const override
    {
        return QStringLiteral("attempt_search MATCH ?");
    }
    QString historySearchOrderBy() const override { return QStringLiteral("attempt_search.rowid"); }
    QString historySearchAfter() const override
    {
        return QStringLiteral("attempt_search.rowid > -(?)");
    }
    QString historySearchExpression(const QStringList &words, bool lastIsPrefix) const override
    {
        // Each word a quoted phrase (no FTS5 syntax gets through), all of them required.
        QStringList terms;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString word = searchWord(words.at(i));
            if (word.isEmpty())
                continue;
            const bool prefix = lastIsPrefix && i == words.size() - 1;
            terms << u'"' + word + u'"' + (prefix ? QStringLiteral("*") : QString());
        }
        return terms.join(QStringLiteral(" AND "));
    }
    QString lockClause() const override { return {}; } // SQLite locks the whole file on write
    QString lockRowStatement(const QString &) const override { return {}; }
    QStringList changeNotification(const QString &, bool) const override { return {}; }
    bool isUniqueViolation(const QString &nativeErrorCode) const override
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555); Qt reports
        // the primary code 19 with older SQLite builds.
        return nativeErrorCode == u"2067" || nativeErrorCode == u"1555" || nativeErrorCode == u"19";
    }
};

class PostgresDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString autoIdColumn() const override
    {
        return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    }
    QStringList connectionSetup() const override
    {
        return {QStringLiteral("SET TIME ZONE 'UTC'"),
                QStringLiteral("SET client_min_messages TO WARNING")};
    }
    QStringList workspaceSetup() const override { return {}; }
    QStringList appendOnlyGuard(const QString &table, const QString &stateColumn,
            const QString &openState) const override
    {
        const QString function = table + QStringLiteral("_append_only");
        return {QStringLiteral(
                        "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN "
                        "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '%2 is append-only'; END IF; "
                        "IF OLD.%3 <> '%4' THEN "
                        "RAISE EXCEPTION 'a finished row of %2 cannot change'; END IF; "
                        "RETURN NEW; END $$")
                        .arg(function, table, stateColumn, openState),
                QStringLiteral("CREATE TRIGGER %1_guard BEFORE UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION %2()")
                        .arg(table, function)};
    }
    QStringList immutableGuard(const QString &table) const override
    {
        const QString function = table + QStringLiteral("_immutable");
        return {QStringLiteral(
                        "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN RAISE EXCEPTION '%2 is append-only'; END $$")
                        .arg(function, table),
                QStringLiteral("CREATE TRIGGER %1_guard BEFORE UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION %2()")
                        .arg(table, function),
                // TRUNCATE fires no row trigger.
                QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 "
                               "FOR EACH STATEMENT EXECUTE FUNCTION %2()")
                        .arg(table, function)};
    }
    QString databaseRoleDefault() const override { return QStringLiteral("current_user"); }
    QStringList historySearchSchema() const override
    {
        // The built-in full-text search, so that no extension (and no superuser) is needed.
        return {QStringLiteral("CREATE INDEX provisioning_attempts_search ON provisioning_attempts"
                               " USING gin (to_tsvector('simple', %1))")
                        .arg(postgresSearchedText())};
    }
    QString historySearchSource() const override { return QStringLiteral("provisioning_attempts"); }
    QString historySearchCondition() const override
    {
        return QStringLiteral("to_tsvector('simple', %1) @@ to_tsquery('simple', ?)")
                .arg(postgresSearchedText());
    }
    QString historySearchOrderBy() const override { return QStringLiteral("id DESC"); }
    QString historySearchAfter() const override { return QStringLiteral("id < ?"); }
    QString historySearchExpression(const QStringList &words, bool lastIsPrefix) const override
    {
        QStringList terms;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString word = foldAccents(searchWord(words.at(i)));
            if (word.isEmpty())
                continue;
            const bool prefix = lastIsPrefix && i == words.size() - 1;
            // Quoted lexemes: to_tsquery sees no operators inside them.
            terms << u'\'' + word + u'\'' + (prefix ? QStringLiteral(":*") : QString());
        }
        return terms.join(QStringLiteral(" & "));
    }
    QString lockClause() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString lockRowStatement(const QString &table) const override
    {
        return QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table);
    }
    QStringList changeNotification(const QString &table, bool perRow) const override
    {
        // NOTIFY is transactional: the others hear of a change when it is committed, and a
        // rolled-back one never. Identical payloads of one transaction arrive once.
        const QString function = perRow ? QStringLiteral("switchboard_notify_row")
                                        : QStringLiteral("switchboard_notify_table");
        const QString payload = perRow ? QStringLiteral("TG_TABLE_NAME || ':' || "
                                                        "COALESCE(NEW.id, OLD.id)::text")
                                       : QStringLiteral("TG_TABLE_NAME");
        return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE "
                               "plpgsql AS $$ BEGIN PERFORM pg_notify('%2', %3); RETURN NULL; "
                               "END $$")
                        .arg(function, QLatin1String(ChangeChannel), payload),
                QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH %2 EXECUTE FUNCTION %3()")
                        .arg(table, perRow ? QStringLiteral("ROW") : QStringLiteral("STATEMENT"),
                                function)};
    }
    bool isUniqueViolation(const QString &nativeErrorCode) const override
    {
        return nativeErrorCode == u"23505";
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::create(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite:
        return std::make_unique<SqliteDialect>();
    case Backend::Postgres:
        return std::make_unique<PostgresDialect>();
    }
    return nullptr;
}

} // namespace Switchboard
