// SPDX-License-Identifier: Apache-2.0
#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

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
// An event's: the same; the slug's words too ("dental" finds acme-dental, whose events name
// the organization by its slug), who did it, the number's Vapi id, and the values it changed
// (its details: field names, old and new values; never a secret's).
const QString EventSearchedText = QStringLiteral(
        "%1assistant_name || ' ' || %1assistant_id || ' ' || %1organization_slug || ' ' ||"
        " replace(%1organization_slug, '-', ' ') || ' ' || %1details || ' ' ||"
        " %1summary || ' ' || %1operator || ' ' || %1phone_number_id || ' ' ||"
        " %1address || CASE WHEN %1address LIKE '+%' THEN ' ' ||"
        " substr(%1address, 2) || ' ' || substr(%1address, 3) || ' ' || substr(%1address, 4)"
        " || ' ' || substr(%1address, 5) ELSE '' END");

// What each index covers.
struct Searched
{
    QString table; // the indexed table
    QString index; // SQLite: the FTS5 table; PostgreSQL: the GIN index
    QString text; // the searched text, %1 the row's prefix (NEW.) or nothing
};

Searched searched(SqlDialect::SearchIndex index)
{
    if (index == SqlDialect::SearchIndex::Events)
        return {QStringLiteral("workspace_events"), QStringLiteral("event_search"),
                EventSearchedText};
    return {QStringLiteral("provisioning_attempts"), QStringLiteral("attempt_search"),
            SearchedText};
}

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

QString postgresSearchedText(SqlDialect::SearchIndex index)
{
    return QStringLiteral("translate(%1, '%2', '%3')")
            .arg(searched(index).text.arg(QString()), AccentedLetters, PlainLetters);
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
    QStringList searchSchema(SearchIndex which) const override
    {
        // A contentless FTS5 index keyed by the negated row id: FTS5 reads its doclists in
        // ascending rowid order, which is then newest first, and stops after a page.
        // unicode61 folds case and diacritics; tokenchars keep "asst-1098", "+14155550100"
        // and "org_a" whole. The prefix indexes make a short last word cheap while typing.
        const Searched s = searched(which);
        const QString row = s.text.arg(QString());
        const QString oldRow = s.text.arg(QStringLiteral("OLD."));
        const QString newRow = s.text.arg(QStringLiteral("NEW."));
        QStringList statements{
                QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(words,"
                               " content='', tokenize=\"unicode61 tokenchars '-+_@'\","
                               " prefix='1 2 3')")
                        .arg(s.index),
                QStringLiteral("INSERT INTO %1 (rowid, words) SELECT -id, %2 FROM %3")
                        .arg(s.index, row, s.table),
                QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN INSERT INTO %1"
                               " (rowid, words) VALUES (-NEW.id, %3); END")
                        .arg(s.index, s.table, newRow)};
        // An attempt changes once, when it finishes (summary, number): re-index it. Events
        // never change.
        if (which == SearchIndex::Attempts)
            statements << QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON %2 BEGIN"
                                         " INSERT INTO %1 (%1, rowid, words)"
                                         " VALUES ('delete', -OLD.id, %3);"
                                         " INSERT INTO %1 (rowid, words) VALUES (-NEW.id, %4);"
                                         " END")
                                  .arg(s.index, s.table, oldRow, newRow);
        return statements;
    }
    QString searchSource(SearchIndex which) const override
    {
        // CROSS JOIN keeps the index as the outer loop, read in its order.
        const Searched s = searched(which);
        return QStringLiteral("%1 CROSS JOIN %2 ON %2.id = -%1.rowid").arg(s.index, s.table);
    }
    QString searchCondition(SearchIndex which) const override
    {
        return QStringLiteral("%1 MATCH ?").arg(searched(which).index);
    }
    QString searchOrderBy(SearchIndex which) const override
    {
        return QStringLiteral("%1.rowid").arg(searched(which).index);
    }
    QString searchAfter(SearchIndex which) const override
    {
        return QStringLiteral("%1.rowid > -(?)").arg(searched(which).index);
    }
    QString searchExpression(const QStringList &words, bool lastIsPrefix) const override
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
    QStringList searchSchema(SearchIndex which) const override
    {
        // The built-in full-text search, so that no extension (and no superuser) is needed.
        const Searched s = searched(which);
        const QString name = which == SearchIndex::Attempts
                ? QStringLiteral("provisioning_attempts_search") // its name since version 4
                : QStringLiteral("workspace_events_search");
        return {QStringLiteral("CREATE INDEX %1 ON %2 USING gin (to_tsvector('simple', %3))")
                        .arg(name, s.table, postgresSearchedText(which))};
    }
    QString searchSource(SearchIndex which) const override { return searched(which).table; }
    QString searchCondition(SearchIndex which) const override
    {
        return QStringLiteral("to_tsvector('simple', %1) @@ to_tsquery('simple', ?)")
                .arg(postgresSearchedText(which));
    }
    QString searchOrderBy(SearchIndex which) const override
    {
        return searched(which).table + QStringLiteral(".id DESC");
    }
    QString searchAfter(SearchIndex which) const override
    {
        return searched(which).table + QStringLiteral(".id < ?");
    }
    QString searchExpression(const QStringList &words, bool lastIsPrefix) const override
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

QString SqlDialect::searchExpressionFor(const QString &text) const
{
    const bool lastIsPrefix = !text.isEmpty() && !text.back().isSpace();
    // A number as people write it ("(312) 555-0101", "312 555 0101", "+1 312.555.0101") is
    // searched as its digits: the index holds the number's digits with and without its
    // country code, not the ways it is written.
    // (Written with separators: "+1415" alone stays a prefix of the number as it is.)
    static const QRegularExpression writtenNumber(
            QStringLiteral("^\\s*\\+?[0-9(][0-9()]*[\\s().\\-]+[\\s()+.\\-0-9]*$"));
    if (writtenNumber.match(text).hasMatch()) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits += c;
        }
        if (digits.size() >= 6)
            return searchExpression({digits}, lastIsPrefix);
    }
    const QStringList words
            = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return searchExpression(words, lastIsPrefix);
}

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
