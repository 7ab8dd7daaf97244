// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ManualTaskStore.h"

#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString Columns = QStringLiteral(
        "SELECT id, COALESCE(attempt_id, 0), COALESCE(organization_id, 0), assistant_id,"
        " assistant_name, state, reasons, instructions, resolution, phone_number_id, created_at,"
        " completed_at FROM manual_tasks");

ManualTask fromRow(const QSqlQuery &q)
{
    ManualTask t;
    t.id = q.value(0).toLongLong();
    t.attemptId = q.value(1).toLongLong();
    t.organizationId = q.value(2).toLongLong();
    t.assistantId = q.value(3).toString();
    t.assistantName = q.value(4).toString();
    t.state = manualTaskStateFromString(q.value(5).toString()).value_or(ManualTaskState::Open);
    const QJsonArray reasons = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
    for (const QJsonValue reason : reasons)
        t.reasons << reason.toString();
    t.instructions = q.value(7).toString();
    t.resolution = q.value(8).toString();
    t.phoneNumberId = q.value(9).toString();
    t.createdAt = Sql::toDateTime(q.value(10));
    t.completedAt = Sql::toDateTime(q.value(11));
    return t;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

WorkspaceEvent eventAbout(const ManualTask &task, EventKind kind)
{
    WorkspaceEvent event;
    event.kind = kind;
    event.organizationId = task.organizationId;
    event.assistantId = task.assistantId;
    event.assistantName = task.assistantName;
    event.attemptId = task.attemptId;
    return event;
}

} // namespace

ManualTaskStore::ManualTaskStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteResult ManualTaskStore::open(ManualTask &task)
{
    QString error;
    if (const auto existing = openTaskFor(task.assistantId, &error)) {
        task = *existing;
        return WriteResult::done();
    }
    if (!error.isEmpty())
        return WriteResult::failed(error);
    task.state = ManualTaskState::Open;
    if (!task.createdAt.isValid())
        task.createdAt = QDateTime::currentDateTimeUtc();
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [this, &task] {
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral("INSERT INTO manual_tasks (attempt_id, organization_id,"
                                         " assistant_id, assistant_name, state, reasons,"
                                         " instructions, created_at)"
                                         " VALUES (?, ?, ?, ?, 'open', ?, ?, ?) RETURNING id"));
                q.addBindValue(nullableId(task.attemptId));
                q.addBindValue(nullableId(task.organizationId));
                q.addBindValue(Sql::text(task.assistantId));
                q.addBindValue(Sql::text(task.assistantName));
                q.addBindValue(
                        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(task.reasons))
                                                  .toJson(QJsonDocument::Compact)));
                q.addBindValue(Sql::text(task.instructions));
                q.addBindValue(Sql::toText(task.createdAt));
                return Sql::execInsert(q, &task.id, m_database.dialect(),
                        tr("The assistant has an open task already."), QStringLiteral("assistant"));
            },
            [&task]() -> std::optional<WorkspaceEvent> {
                WorkspaceEvent event = eventAbout(task, EventKind::TaskOpened);
                event.summary = task.reasons.isEmpty()
                        ? tr("Waiting in the manual queue")
                        : tr("Waiting in the manual queue: %1")
                                  .arg(task.reasons.join(QStringLiteral("; ")));
                return event;
            });
    if (result.kind() == WriteResult::Kind::Refused) {
        // Another console opened the assistant's task between the read and the insert: the
        // unique index kept one, and that one is the answer.
        if (const auto existing = openTaskFor(task.assistantId, &error)) {
            task = *existing;
            return WriteResult::done();
        }
        return WriteResult::failed(error.isEmpty() ? result.message() : error);
    }
    if (result)
        announceChange();
    return result;
}

QList<ManualTask> ManualTaskStore::tasks(
        std::optional<ManualTaskState> state, qint64 organizationId, QString *error) const
{
    QStringList conditions;
    QVariantList values;
    if (state) {
        conditions << QStringLiteral("state = ?");
        values << toString(*state);
    }
    if (organizationId > 0) {
        conditions << QStringLiteral("organization_id = ?");
        values << organizationId;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(Columns
            + (conditions.isEmpty()
                            ? QString()
                            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY created_at, id"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    QList<ManualTask> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

std::optional<ManualTask> ManualTaskStore::task(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(Columns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<ManualTask> ManualTaskStore::openTaskFor(
        const QString &assistantId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(Columns + QStringLiteral(" WHERE assistant_id = ? AND state = 'open'"));
    q.addBindValue(Sql::text(assistantId));
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

WriteResult ManualTaskStore::complete(
        qint64 id, const QString &resolution, const QString &phoneNumberId)
{
    return close(id, ManualTaskState::Completed, resolution, phoneNumberId);
}

QString ManualTaskStore::closeOpenTaskOf(
        const QString &assistantId, const QString &address, const QString &numberId, QString *error)
{
    QString readError;
    const std::optional<ManualTask> task = openTaskFor(assistantId, &readError);
    if (!task) {
        if (error)
            *error = readError;
        return {};
    }
    const WriteResult closed = complete(task->id, address, numberId);
    if (closed)
        return tr("Manual task #%1 is closed.").arg(task->id);
    if (closed.kind() == WriteResult::Kind::NotFound) // closed elsewhere meanwhile: fine
        return {};
    return tr("Manual task #%1 could not be closed (%2); close it in the manual queue.")
            .arg(task->id)
            .arg(closed.message());
}

WriteResult ManualTaskStore::cancel(qint64 id)
{
    return close(id, ManualTaskState::Cancelled, {}, {});
}

WriteResult ManualTaskStore::close(
        qint64 id, ManualTaskState state, const QString &resolution, const QString &phoneNumberId)
{
    const EventLog events(m_database);
    std::optional<ManualTask> closed;
    WriteResult result = events.recordWith(
            [&] {
                closed = task(id);
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral(
                        "UPDATE manual_tasks SET state = ?, resolution = ?, phone_number_id = ?,"
                        " completed_at = ? WHERE id = ? AND state = 'open'"));
                q.addBindValue(toString(state));
                q.addBindValue(Sql::text(resolution));
                q.addBindValue(Sql::text(phoneNumberId));
                q.addBindValue(Sql::toText(QDateTime::currentDateTimeUtc()));
                q.addBindValue(id);
                return Sql::execChange(q, m_database.dialect(),
                        tr("Task %1 is no longer open: it was completed or dropped, perhaps from "
                           "another console.")
                                .arg(id));
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!closed)
                    return std::nullopt;
                const bool completed = state == ManualTaskState::Completed;
                WorkspaceEvent event = eventAbout(
                        *closed, completed ? EventKind::TaskCompleted : EventKind::TaskCancelled);
                event.phoneNumberId = phoneNumberId;
                event.address = PhoneAddress::parse(resolution);
                const QString given
                        = event.address.isValid() ? event.address.displayText() : resolution;
                event.summary = completed ? tr("Manual task completed with %1").arg(given)
                                          : tr("Manual task dropped");
                return event;
            });
    if (result)
        announceChange();
    return result;
}

void ManualTaskStore::announceChange()
{
    m_database.announceCommitted(this);
}

} // namespace Switchboard
