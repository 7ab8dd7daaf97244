// SPDX-License-Identifier: Apache-2.0
#include "core/storage/EventLog.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/SqlTransaction.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString SelectColumns = QStringLiteral(
        "SELECT workspace_events.id, occurred_at, kind, failed, operator, database_role,"
        " organization_id, organization_slug, assistant_id, assistant_name, phone_number_id,"
        " address, attempt_id, summary, details");

WorkspaceEvent fromRow(const QSqlQuery &q)
{
    WorkspaceEvent e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = Sql::toDateTime(q.value(1));
    // A kind of a newer version reads as a setting change: shown, never acted on.
    e.kind = eventKindFromString(q.value(2).toString()).value_or(EventKind::SettingChanged);
    e.failed = q.value(3).toInt() != 0;
    e.operatorName = q.value(4).toString();
    e.databaseRole = q.value(5).toString();
    e.organizationId = q.value(6).toLongLong();
    e.organizationSlug = q.value(7).toString();
    e.assistantId = q.value(8).toString();
    e.assistantName = q.value(9).toString();
    e.phoneNumberId = q.value(10).toString();
    e.address = PhoneAddress::parse(q.value(11).toString());
    e.attemptId = q.value(12).toLongLong();
    e.summary = q.value(13).toString();
    e.setDetails(QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object());
    return e;
}

// How a filter is read: from the word index when it searches words, else from the table.
struct Where
{
    QString from = QStringLiteral(" FROM workspace_events");
    QStringList conditions;
    QVariantList values;
    bool searchesText = false;

    QString clause() const
    {
        return conditions.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

Where whereFor(const EventFilter &filter, const SqlDialect &dialect)
{
    Where where;
    QStringList &conditions = where.conditions;
    // Words as the attempts' search takes them (whole words, case and accents folded, the
    // last a prefix while it is typed, a written number by its digits).
    if (const QString search = dialect.searchExpressionFor(filter.text); !search.isEmpty()) {
        where.searchesText = true;
        where.from
                = QStringLiteral(" FROM ") + dialect.searchSource(SqlDialect::SearchIndex::Events);
        conditions << dialect.searchCondition(SqlDialect::SearchIndex::Events);
        where.values << search;
    }
    if (filter.organizationId > 0) {
        conditions << QStringLiteral("organization_id = ?");
        where.values << filter.organizationId;
    } else if (filter.organizationId == EventFilter::WorkspaceOnly) {
        conditions << QStringLiteral("organization_id IS NULL");
    }
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (EventKind kind : filter.kinds) {
            marks << QStringLiteral("?");
            where.values << toString(kind);
        }
        conditions << QStringLiteral("kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << QStringLiteral("operator = ?");
        where.values << filter.operatorName;
    }
    if (filter.attemptId > 0) {
        conditions << QStringLiteral("attempt_id = ?");
        where.values << filter.attemptId;
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("occurred_at >= ?");
        where.values << Sql::toText(filter.since);
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("occurred_at < ?");
        where.values << Sql::toText(filter.until);
    }
    return where;
}

} // namespace

EventLog::EventLog(const WorkspaceDatabase &database)
    : m_database(database)
{ }

WriteResult EventLog::record(WorkspaceEvent &event) const
{
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();
    event.operatorName = m_database.operatorName();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO workspace_events (occurred_at, kind, failed, operator, organization_id,"
            " organization_slug, assistant_id, assistant_name, phone_number_id, address,"
            " attempt_id, summary, details) VALUES (?, ?, ?, ?, ?,"
            // The organization's slug, when not given, as it is now: it outlives the row.
            " COALESCE(NULLIF(?, ''), (SELECT slug FROM organizations WHERE id = ?), ''),"
            " ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(Sql::toText(event.occurredAt));
    q.addBindValue(toString(event.kind));
    q.addBindValue(event.failed ? 1 : 0);
    q.addBindValue(Sql::text(event.operatorName));
    q.addBindValue(event.organizationId > 0 ? QVariant(event.organizationId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Sql::text(event.organizationSlug));
    q.addBindValue(event.organizationId);
    q.addBindValue(Sql::text(event.assistantId));
    q.addBindValue(Sql::text(event.assistantName));
    q.addBindValue(Sql::text(event.phoneNumberId));
    q.addBindValue(Sql::text(event.address.toString()));
    q.addBindValue(event.attemptId > 0 ? QVariant(event.attemptId)
                                       : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Sql::text(event.summary));
    q.addBindValue(
            QString::fromUtf8(QJsonDocument(event.details()).toJson(QJsonDocument::Compact)));
    WriteResult written = Sql::execInsert(q, &event.id, m_database.dialect());
    if (written)
        m_database.eventsRecorded();
    return written;
}

WriteResult EventLog::recordWith(const std::function<WriteResult()> &change,
        const std::function<std::optional<WorkspaceEvent>()> &describe) const
{
    SqlTransaction transaction(m_database);
    if (!transaction.isOpen())
        return WriteResult::failed(transaction.error());
    WriteResult result = change();
    if (!result)
        return result;
    if (std::optional<WorkspaceEvent> event = describe()) {
        if (WriteResult recorded = record(*event); !recorded)
            return recorded;
    }
    if (!transaction.commit())
        return WriteResult::failed(transaction.error());
    return result;
}

QList<WorkspaceEvent> EventLog::page(const EventFilter &filter, int limit,
        const std::optional<EventCursor> &after, QString *error) const
{
    const SqlDialect &dialect = m_database.dialect();
    Where where = whereFor(filter, dialect);
    // Newest first: by time, which the indexes of kind, operator and organization hold after
    // their own column (and the id after it), so that a filtered page reads only its rows; a
    // word search in the word index's own order (the order recorded: the same, to the
    // millisecond), so that it stops after a page instead of sorting every match.
    QString orderBy = QStringLiteral(" ORDER BY occurred_at DESC, workspace_events.id DESC");
    if (where.searchesText) {
        orderBy = QStringLiteral(" ORDER BY ")
                + dialect.searchOrderBy(SqlDialect::SearchIndex::Events);
        if (after) {
            where.conditions << dialect.searchAfter(SqlDialect::SearchIndex::Events);
            where.values << after->id;
        }
    } else if (after) {
        const QString at = Sql::toText(after->occurredAt);
        where.conditions << QStringLiteral(
                "(occurred_at < ? OR (occurred_at = ? AND workspace_events.id < ?))");
        where.values << at << at << after->id;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QList<WorkspaceEvent> events;
    if (!Sql::prepare(q,
                SelectColumns + where.from + where.clause() + orderBy
                        + QStringLiteral(" LIMIT %1").arg(qMax(limit, 0)),
                error))
        return events;
    for (const QVariant &value : std::as_const(where.values))
        q.addBindValue(value);
    if (!Sql::exec(q, error))
        return events;
    while (q.next())
        events.append(fromRow(q));
    return events;
}

int EventLog::count(const EventFilter &filter, QString *error) const
{
    const Where where = whereFor(filter, m_database.dialect());
    QSqlQuery q(m_database.connection());
    if (!Sql::prepare(q, QStringLiteral("SELECT count(*)") + where.from + where.clause(), error))
        return -1;
    for (const QVariant &value : where.values)
        q.addBindValue(value);
    if (!Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList EventLog::operators(QString *error) const
{
    return Sql::distinctValues(m_database.connection(), QStringLiteral("workspace_events"),
            QStringLiteral("operator"), error);
}

} // namespace Switchboard
