// SPDX-License-Identifier: Apache-2.0
#include "core/storage/HistoryStore.h"

#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString AttemptColumns = QStringLiteral(
        "SELECT id, COALESCE(organization_id, 0), organization_slug, assistant_id, assistant_name,"
        " outcome, strategy, phone_number_id, address, summary, started_at, finished_at, origin,"
        " operator, database_role FROM provisioning_attempts");
const QString StepColumns = QStringLiteral(
        "SELECT id, attempt_id, sequence, strategy, status, reason, provider_code,"
        " provider_message, request_tag, started_at, finished_at FROM provisioning_steps");

ProvisioningAttempt attemptFromRow(const QSqlQuery &q)
{
    ProvisioningAttempt a;
    a.id = q.value(0).toLongLong();
    a.organizationId = q.value(1).toLongLong();
    a.organizationSlug = q.value(2).toString();
    a.assistantId = q.value(3).toString();
    a.assistantName = q.value(4).toString();
    a.outcome = attemptOutcomeFromString(q.value(5).toString()).value_or(AttemptOutcome::Failed);
    a.strategy = strategyFromString(q.value(6).toString());
    a.phoneNumberId = q.value(7).toString();
    a.address = PhoneAddress::parse(q.value(8).toString());
    a.summary = q.value(9).toString();
    a.startedAt = Sql::toDateTime(q.value(10));
    a.finishedAt = Sql::toDateTime(q.value(11));
    a.origin = attemptOriginFromString(q.value(12).toString()).value_or(AttemptOrigin::Request);
    a.operatorName = q.value(13).toString();
    a.databaseRole = q.value(14).toString();
    return a;
}

ProvisioningStep stepFromRow(const QSqlQuery &q)
{
    ProvisioningStep s;
    s.id = q.value(0).toLongLong();
    s.attemptId = q.value(1).toLongLong();
    s.sequence = q.value(2).toInt();
    s.strategy = strategyFromString(q.value(3).toString()).value_or(Strategy::Manual);
    s.status = stepStatusFromString(q.value(4).toString()).value_or(StepStatus::Failed);
    s.reason = q.value(5).toString();
    s.providerCode = q.value(6).toString();
    s.providerMessage = q.value(7).toString();
    s.requestTag = q.value(8).toString();
    s.startedAt = Sql::toDateTime(q.value(9));
    s.finishedAt = Sql::toDateTime(q.value(10));
    return s;
}

// The attempt's columns as the SELECT lists them; the FROM depends on the filter.
const QString AttemptSelect = QStringLiteral(
        "SELECT provisioning_attempts.id, COALESCE(organization_id, 0), organization_slug,"
        " assistant_id, assistant_name, outcome, strategy, phone_number_id, address, summary,"
        " started_at, finished_at, origin, operator, database_role");

// How a filter is read: from the word index when it searches text, else from the table.
struct HistorySource
{
    QString from;
    QStringList conditions;
    QVariantList values;
    bool searchesText = false;
};

HistorySource sourceFor(const SqlDialect &dialect, const HistoryFilter &filter)
{
    HistorySource source;
    source.from = QStringLiteral(" FROM provisioning_attempts");
    QStringList &conditions = source.conditions;
    QVariantList &values = source.values;
    const QString search = dialect.searchExpressionFor(filter.text);
    if (!search.isEmpty()) {
        source.searchesText = true;
        source.from = QStringLiteral(" FROM ")
                + dialect.searchSource(SqlDialect::SearchIndex::Attempts);
        conditions << dialect.searchCondition(SqlDialect::SearchIndex::Attempts);
        values << search;
    }
    if (filter.organizationId > 0) {
        conditions << QStringLiteral("organization_id = ?");
        values << filter.organizationId;
    } else if (filter.organizationId == HistoryFilter::WorkspaceOnly) {
        conditions << QStringLiteral("organization_id IS NULL");
    }
    if (filter.outcome) {
        conditions << QStringLiteral("outcome = ?");
        values << toString(*filter.outcome);
    }
    if (filter.strategy) {
        conditions << QStringLiteral("strategy = ?");
        values << toString(*filter.strategy);
    }
    if (filter.origin) {
        conditions << QStringLiteral("origin = ?");
        values << toString(*filter.origin);
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << QStringLiteral("operator = ?");
        values << filter.operatorName;
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << Sql::toText(filter.since);
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << Sql::toText(filter.until);
    }
    return source;
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

HistoryStore::HistoryStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    // Whichever store records an event on this connection, the history announces it.
    m_database.followEvents(this, [this] { Q_EMIT eventsChanged(); });
}

WriteResult HistoryStore::beginAttempt(ProvisioningAttempt &attempt, bool *alreadyTried)
{
    if (alreadyTried)
        *alreadyTried = false;
    attempt.outcome = AttemptOutcome::InFlight;
    if (!attempt.startedAt.isValid())
        attempt.startedAt = QDateTime::currentDateTimeUtc();
    const bool firstOnly = attempt.origin == AttemptOrigin::Automatic;
    QSqlQuery q(m_database.connection());
    // The automatic path's "never tried" is decided by the insert itself: a check before it
    // could be passed by two processes at once. (The one-in-flight index covers the moment
    // in which the other's attempt is not yet committed.)
    q.prepare(QStringLiteral(
            "INSERT INTO provisioning_attempts (organization_id, organization_slug, assistant_id,"
            " assistant_name, outcome, started_at, origin, operator)"
            // The cast: PostgreSQL types an untyped value of a SELECT list as text.
            " SELECT CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?%1"
            " RETURNING id")
                      .arg(firstOnly ? QStringLiteral(
                                   " WHERE NOT EXISTS (SELECT 1 FROM provisioning_attempts"
                                   " WHERE assistant_id = ?)")
                                     : QString()));
    q.addBindValue(attempt.organizationId > 0 ? QVariant(attempt.organizationId)
                                              : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Sql::text(attempt.organizationSlug));
    q.addBindValue(Sql::text(attempt.assistantId));
    q.addBindValue(Sql::text(attempt.assistantName));
    q.addBindValue(toString(AttemptOutcome::InFlight));
    q.addBindValue(Sql::toText(attempt.startedAt));
    q.addBindValue(toString(attempt.origin));
    attempt.operatorName = m_database.operatorName();
    q.addBindValue(Sql::text(attempt.operatorName));
    if (firstOnly)
        q.addBindValue(Sql::text(attempt.assistantId));
    QString reason;
    const Sql::Returned returned = Sql::execReturning(
            q, [&attempt](const QSqlQuery &row) { attempt.id = row.value(0).toLongLong(); },
            &reason);
    if (returned == Sql::Returned::NoRow && firstOnly) {
        attempt.id = 0;
        if (alreadyTried)
            *alreadyTried = true;
        return WriteResult::refused(tr("assistant %1 was tried before: new assistants are "
                                       "provisioned automatically once, and after that only on "
                                       "request")
                                            .arg(attempt.assistantId),
                QStringLiteral("assistant"));
    }
    if (returned != Sql::Returned::Row) {
        attempt.id = 0;
        if (returned == Sql::Returned::NoRow)
            return WriteResult::failed(reason.isEmpty()
                            ? tr("the database returned no row for a new record")
                            : reason);
        if (!q.lastError().isValid()) // the commit failed after the row was read
            return WriteResult::failed(reason);
        return Sql::writeFailure(q, m_database.dialect(),
                tr("assistant %1 is already being provisioned").arg(attempt.assistantId),
                QStringLiteral("assistant"));
    }
    Q_EMIT attemptChanged(attempt.id);
    return WriteResult::done();
}

WriteResult HistoryStore::recordStep(ProvisioningStep &step)
{
    if (!step.startedAt.isValid())
        step.startedAt = QDateTime::currentDateTimeUtc();
    if (step.status != StepStatus::InFlight && !step.finishedAt.isValid())
        step.finishedAt = step.startedAt;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO provisioning_steps (attempt_id, sequence, strategy, status, reason,"
            " provider_code, provider_message, request_tag, started_at, finished_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(step.attemptId);
    q.addBindValue(step.sequence);
    q.addBindValue(toString(step.strategy));
    q.addBindValue(toString(step.status));
    q.addBindValue(Sql::text(step.reason));
    q.addBindValue(Sql::text(step.providerCode));
    q.addBindValue(Sql::text(step.providerMessage));
    q.addBindValue(Sql::text(step.requestTag));
    q.addBindValue(Sql::toText(step.startedAt));
    q.addBindValue(Sql::toNullableText(step.finishedAt));
    if (WriteResult written = Sql::execInsert(q, &step.id, m_database.dialect()); !written) {
        step.id = 0;
        return written;
    }
    Q_EMIT attemptChanged(step.attemptId);
    return WriteResult::done();
}

WriteResult HistoryStore::finishStep(ProvisioningStep &step)
{
    Q_ASSERT(step.status != StepStatus::InFlight);
    if (!step.finishedAt.isValid())
        step.finishedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE provisioning_steps SET status = ?, reason = ?, provider_code = ?,"
            " provider_message = ?, request_tag = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(toString(step.status));
    q.addBindValue(Sql::text(step.reason));
    q.addBindValue(Sql::text(step.providerCode));
    q.addBindValue(Sql::text(step.providerMessage));
    q.addBindValue(Sql::text(step.requestTag));
    q.addBindValue(Sql::toText(step.finishedAt));
    q.addBindValue(step.id);
    WriteResult result = Sql::execChange(
            q, m_database.dialect(), tr("step %1 is not in the history").arg(step.id));
    if (result)
        Q_EMIT attemptChanged(step.attemptId);
    return result;
}

WriteResult HistoryStore::finishAttempt(ProvisioningAttempt &attempt)
{
    Q_ASSERT(attempt.outcome != AttemptOutcome::InFlight);
    if (!attempt.finishedAt.isValid())
        attempt.finishedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE provisioning_attempts SET outcome = ?, strategy = ?, phone_number_id = ?,"
            " address = ?, summary = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(toString(attempt.outcome));
    q.addBindValue(Sql::text(attempt.strategy ? toString(*attempt.strategy) : QString()));
    q.addBindValue(Sql::text(attempt.phoneNumberId));
    q.addBindValue(Sql::text(attempt.address.toString()));
    q.addBindValue(Sql::text(attempt.summary));
    q.addBindValue(Sql::toText(attempt.finishedAt));
    q.addBindValue(attempt.id);
    WriteResult result = Sql::execChange(
            q, m_database.dialect(), tr("attempt %1 is not in the history").arg(attempt.id));
    if (result)
        Q_EMIT attemptChanged(attempt.id);
    return result;
}

WriteResult HistoryStore::recordEvent(WorkspaceEvent &event)
{
    return EventLog(m_database).record(event); // announced through followEvents()
}

QList<WorkspaceEvent> HistoryStore::events(const EventFilter &filter, int limit,
        const std::optional<EventCursor> &after, QString *error) const
{
    return EventLog(m_database).page(filter, limit, after, error);
}

int HistoryStore::eventCount(const EventFilter &filter, QString *error) const
{
    return EventLog(m_database).count(filter, error);
}

// Who is on record: those who recorded events, and those who started attempts.
QStringList HistoryStore::operators(QString *error) const
{
    QStringList names = EventLog(m_database).operators(error);
    const QStringList starters = Sql::distinctValues(m_database.connection(),
            QStringLiteral("provisioning_attempts"), QStringLiteral("operator"), error);
    for (const QString &name : starters) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QList<WorkspaceEvent> HistoryStore::eventsOf(qint64 attemptId, QString *error) const
{
    EventFilter filter;
    filter.attemptId = attemptId;
    QList<WorkspaceEvent> events = EventLog(m_database).page(filter, 100, std::nullopt, error);
    std::reverse(events.begin(), events.end());
    return events;
}

std::optional<ProvisioningAttempt> HistoryStore::attempt(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(AttemptColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    ProvisioningAttempt result = attemptFromRow(q);
    result.steps = steps(id, error);
    return result;
}

QList<ProvisioningStep> HistoryStore::steps(qint64 attemptId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(StepColumns + QStringLiteral(" WHERE attempt_id = ? ORDER BY sequence"));
    q.addBindValue(attemptId);
    QList<ProvisioningStep> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(stepFromRow(q));
    }
    return result;
}

QList<ProvisioningAttempt> HistoryStore::page(const HistoryFilter &filter, int limit,
        const std::optional<HistoryCursor> &after, QString *error) const
{
    const SqlDialect &dialect = m_database.dialect();
    HistorySource source = sourceFor(dialect, filter);
    // A text search lists attempts in the order they were recorded (the index's own order);
    // every other filter in the order they started. The two differ by milliseconds at most.
    QString orderBy = QStringLiteral(" ORDER BY started_at DESC, provisioning_attempts.id DESC");
    if (source.searchesText) {
        orderBy = QStringLiteral(" ORDER BY ")
                + dialect.searchOrderBy(SqlDialect::SearchIndex::Attempts);
        if (after) {
            source.conditions << dialect.searchAfter(SqlDialect::SearchIndex::Attempts);
            source.values << after->id;
        }
    } else if (after) {
        const QString at = Sql::toText(after->startedAt);
        source.conditions << QStringLiteral(
                "(started_at < ? OR (started_at = ? AND provisioning_attempts.id < ?))");
        source.values << at << at << after->id;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(AttemptSelect + source.from + whereClause(source.conditions) + orderBy
            + QStringLiteral(" LIMIT %1").arg(std::max(limit, 0)));
    for (const QVariant &value : std::as_const(source.values))
        q.addBindValue(value);
    QList<ProvisioningAttempt> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(attemptFromRow(q));
    }
    return result;
}

int HistoryStore::count(const HistoryFilter &filter, QString *error) const
{
    const HistorySource source = sourceFor(m_database.dialect(), filter);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + source.from + whereClause(source.conditions));
    for (const QVariant &value : std::as_const(source.values))
        q.addBindValue(value);
    if (!Sql::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ProvisioningAttempt> HistoryStore::inFlight(QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(AttemptColumns + QStringLiteral(" WHERE outcome = 'in-flight' ORDER BY id"));
    QList<ProvisioningAttempt> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(attemptFromRow(q));
    }
    for (ProvisioningAttempt &a : result)
        a.steps = steps(a.id, error);
    return result;
}

std::optional<QStringList> HistoryStore::neverTried(
        const QStringList &assistantIds, QString *error) const
{
    // In chunks: SQLite allows a limited number of bound values in one statement.
    constexpr qsizetype Chunk = 200;
    QSet<QString> tried;
    for (qsizetype from = 0; from < assistantIds.size(); from += Chunk) {
        const QStringList chunk = assistantIds.mid(from, Chunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT DISTINCT assistant_id FROM provisioning_attempts"
                                 " WHERE assistant_id IN (%1)")
                          .arg(marks.join(u',')));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!Sql::exec(q, error))
            return std::nullopt;
        while (q.next())
            tried.insert(q.value(0).toString());
    }
    QStringList result;
    for (const QString &id : assistantIds) {
        if (!tried.contains(id))
            result.append(id);
    }
    return result;
}

WriteResult HistoryStore::takeLease(qint64 attemptId, const QString &holder, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO attempt_leases (attempt_id, holder, renewed_at)"
                             " VALUES (?, ?, ?) ON CONFLICT (attempt_id) DO UPDATE SET"
                             " holder = excluded.holder, renewed_at = excluded.renewed_at"));
    q.addBindValue(attemptId);
    q.addBindValue(holder);
    q.addBindValue(Sql::toText(now));
    return Sql::exec(q) ? WriteResult::done() : Sql::writeFailure(q, m_database.dialect());
}

WriteResult HistoryStore::renewLeases(const QString &holder, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE attempt_leases SET renewed_at = ? WHERE holder = ?"));
    q.addBindValue(Sql::toText(now));
    q.addBindValue(holder);
    return Sql::exec(q) ? WriteResult::done() : Sql::writeFailure(q, m_database.dialect());
}

WriteResult HistoryStore::dropLease(qint64 attemptId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM attempt_leases WHERE attempt_id = ?"));
    q.addBindValue(attemptId);
    return Sql::exec(q) ? WriteResult::done() : Sql::writeFailure(q, m_database.dialect());
}

std::pair<QString, QDateTime> HistoryStore::lease(qint64 attemptId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT holder, renewed_at FROM attempt_leases WHERE attempt_id = ?"));
    q.addBindValue(attemptId);
    if (!Sql::exec(q, error) || !q.next())
        return {};
    return {q.value(0).toString(), Sql::toDateTime(q.value(1))};
}

} // namespace Switchboard
