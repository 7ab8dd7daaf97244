// SPDX-License-Identifier: Apache-2.0
#include "core/storage/NumberPoolStore.h"

#include "core/storage/EventLog.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString Columns
        = QStringLiteral("id, twilio_account_id, e164, twilio_sid, vapi_phone_number_id, state,"
                         " COALESCE(reserved_by_attempt_id, 0), twilio_check, twilio_check_detail,"
                         " twilio_checked_at");

// A number Twilio said cannot be used, said less than a day before `now`: passed over. An older
// mark is asked about again before use (ProvisioningJob), so it counts as available.
const QString NotSetAside
        = QStringLiteral(" AND NOT (twilio_check IN ('missing', 'no-voice', 'routed')"
                         " AND twilio_checked_at >= ?)");

QString setAsideSince(const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return Sql::toText(at.addDays(-1));
}

PoolNumber fromRow(const QSqlQuery &q)
{
    PoolNumber n;
    n.id = q.value(0).toLongLong();
    n.twilioAccountId = q.value(1).toLongLong();
    n.number = PhoneAddress::fromNumber(q.value(2).toString());
    n.twilioSid = q.value(3).toString();
    n.vapiPhoneNumberId = q.value(4).toString();
    const QString state = q.value(5).toString();
    n.state = state == u"reserved" ? PoolNumber::State::Reserved
            : state == u"imported" ? PoolNumber::State::Imported
                                   : PoolNumber::State::Available;
    n.reservedByAttemptId = q.value(6).toLongLong();
    n.twilioCheck = twilioCheckFromString(q.value(7).toString());
    n.twilioCheckDetail = q.value(8).toString();
    n.twilioCheckedAt = Sql::toDateTime(q.value(9));
    return n;
}

} // namespace

NumberPoolStore::NumberPoolStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<PoolNumber> NumberPoolStore::numbers(qint64 twilioAccountId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM number_pool WHERE twilio_account_id = ? ORDER BY id"));
    q.addBindValue(twilioAccountId);
    QList<PoolNumber> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

int NumberPoolStore::availableCount(
        qint64 twilioAccountId, const QDateTime &now, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM number_pool WHERE twilio_account_id = ?"
                             " AND state = 'available'")
            + NotSetAside);
    q.addBindValue(twilioAccountId);
    q.addBindValue(setAsideSince(now));
    if (!Sql::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

WriteResult NumberPoolStore::add(
        qint64 twilioAccountId, const QList<PhoneAddress> &numbers, int *addedCount)
{
    // Each number with its event is one transaction (a savepoint inside a caller's, so that a
    // caller that needs all or nothing, OrganizationSetup, still gets it).
    int added = 0;
    const EventLog events(m_database);
    for (const PhoneAddress &number : numbers) {
        if (!number.isNumber())
            continue;
        bool isNew = false;
        WriteResult result = events.recordWith(
                [&] {
                    QSqlQuery q(m_database.connection());
                    q.prepare(QStringLiteral(
                            "INSERT INTO number_pool (twilio_account_id, e164) VALUES (?, ?)"
                            " ON CONFLICT (twilio_account_id, e164) DO NOTHING"));
                    q.addBindValue(twilioAccountId);
                    q.addBindValue(number.toString());
                    if (!Sql::exec(q))
                        // The same number in this pool is skipped above; in another one it
                        // is refused by the table (number_pool_one_pool).
                        return Sql::writeFailure(q, m_database.dialect(),
                                tr("%1 is in the pool of another Twilio account of the "
                                   "workspace: a number is in one pool only. Remove it there "
                                   "first.")
                                        .arg(number.displayText()),
                                QStringLiteral("pool"));
                    isNew = q.numRowsAffected() > 0;
                    return WriteResult::done();
                },
                [&]() -> std::optional<WorkspaceEvent> {
                    if (!isNew)
                        return std::nullopt;
                    return poolEvent(EventKind::PoolNumberAdded, twilioAccountId, number,
                            tr("%1 added to the pool of %2")
                                    .arg(number.displayText(), poolName(twilioAccountId)));
                });
        if (!result) {
            // What was added before stays: the caller's transaction, if any, decides.
            if (added > 0)
                announceChange();
            return result;
        }
        added += isNew ? 1 : 0;
    }
    if (addedCount)
        *addedCount = added;
    if (added > 0)
        announceChange();
    return WriteResult::done();
}

WriteResult NumberPoolStore::remove(qint64 poolNumberId)
{
    return removeRecorded(poolNumberId, QString(), tr("That number is no longer in the pool."));
}

WriteResult NumberPoolStore::removeIfAvailable(qint64 poolNumberId)
{
    return removeRecorded(poolNumberId, QStringLiteral(" AND state = 'available'"),
            tr("That number is no longer an available number of its pool (an assistant got it "
               "meanwhile, or it was removed)."));
}

WriteResult NumberPoolStore::removeRecorded(
        qint64 poolNumberId, const QString &condition, const QString &notFound)
{
    qint64 accountId = 0;
    PhoneAddress number;
    return EventLog(m_database)
            .recordWith(
                    [&] {
                        QSqlQuery read(m_database.connection());
                        read.prepare(QStringLiteral(
                                "SELECT twilio_account_id, e164 FROM number_pool WHERE id = ?"));
                        read.addBindValue(poolNumberId);
                        if (Sql::exec(read) && read.next()) {
                            accountId = read.value(0).toLongLong();
                            number = PhoneAddress::parse(read.value(1).toString());
                        }
                        QSqlQuery q(m_database.connection());
                        q.prepare(
                                QStringLiteral("DELETE FROM number_pool WHERE id = ?") + condition);
                        q.addBindValue(poolNumberId);
                        return changeOne(q, notFound);
                    },
                    [&]() -> std::optional<WorkspaceEvent> {
                        return poolEvent(EventKind::PoolNumberRemoved, accountId, number,
                                tr("%1 taken out of the pool of %2")
                                        .arg(number.displayText(), poolName(accountId)));
                    });
}

WorkspaceEvent NumberPoolStore::poolEvent(EventKind kind, qint64 twilioAccountId,
        const PhoneAddress &number, const QString &summary) const
{
    WorkspaceEvent event;
    event.kind = kind;
    event.address = number;
    event.summary = summary;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(organization_id, 0) FROM twilio_accounts"
                             " WHERE id = ?"));
    q.addBindValue(twilioAccountId);
    if (Sql::exec(q) && q.next())
        event.organizationId = q.value(0).toLongLong();
    return event;
}

QString NumberPoolStore::poolName(qint64 twilioAccountId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT t.account_sid, o.name FROM twilio_accounts t LEFT JOIN"
                             " organizations o ON o.id = t.organization_id WHERE t.id = ?"));
    q.addBindValue(twilioAccountId);
    if (!Sql::exec(q) || !q.next())
        return tr("a Twilio account");
    return q.value(1).isNull()
            ? tr("the workspace's Twilio account %1").arg(q.value(0).toString())
            : tr("the Twilio account %2 of %1").arg(q.value(1).toString(), q.value(0).toString());
}

std::optional<PoolNumber> NumberPoolStore::addPurchased(qint64 twilioAccountId,
        const PhoneAddress &number, const QString &twilioSid, qint64 attemptId,
        const QDateTime &when, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
                      "INSERT INTO number_pool (twilio_account_id, e164, twilio_sid, state,"
                      " reserved_by_attempt_id, purchased_at) VALUES (?, ?, ?, 'reserved', ?, ?)"
                      " ON CONFLICT (twilio_account_id, e164) DO UPDATE SET"
                      " twilio_sid = excluded.twilio_sid, state = 'reserved',"
                      " reserved_by_attempt_id = excluded.reserved_by_attempt_id,"
                      " purchased_at = excluded.purchased_at"
                      // A number another attempt holds or that is in Vapi is never taken over.
                      " WHERE number_pool.state = 'available' RETURNING ")
            + Columns);
    q.addBindValue(twilioAccountId);
    q.addBindValue(number.toString());
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(attemptId > 0 ? QVariant(attemptId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Sql::toText(when));
    PoolNumber added;
    if (Sql::execReturning(
                q, [&added](const QSqlQuery &row) { added = fromRow(row); }, error)
            != Sql::Returned::Row)
        return std::nullopt;
    announceChange();
    return added;
}

WriteResult NumberPoolStore::adoptPurchased(qint64 twilioAccountId, const PhoneAddress &number,
        const QString &twilioSid, const QDateTime &boughtAt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO number_pool (twilio_account_id, e164, twilio_sid, purchased_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (twilio_account_id, e164) DO UPDATE SET"
            " twilio_sid = CASE WHEN excluded.twilio_sid = '' THEN number_pool.twilio_sid"
            " ELSE excluded.twilio_sid END,"
            " purchased_at = COALESCE(number_pool.purchased_at, excluded.purchased_at)"));
    q.addBindValue(twilioAccountId);
    q.addBindValue(number.toString());
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(Sql::toText(boughtAt));
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    announceChange();
    return WriteResult::done();
}

int NumberPoolStore::purchasesSince(
        qint64 twilioAccountId, const QDateTime &since, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM purchase_slots WHERE twilio_account_id = ?"
                             " AND state IN ('reserved', 'bought') AND counted_at >= ?"));
    q.addBindValue(twilioAccountId);
    q.addBindValue(Sql::toText(since));
    if (!Sql::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<PurchaseSlot> NumberPoolStore::reservePurchase(qint64 twilioAccountId,
        qint64 attemptId, const QString &requestTag, int limit, const QDateTime &since,
        const QDateTime &now, QString *error)
{
    if (error)
        error->clear();
    QSqlDatabase db = m_database.connection();
    // SQLite: the INSERT below takes the write lock before it counts, so the count and the
    // insert are one step. PostgreSQL reads a snapshot per statement: the account's row is
    // locked first, so concurrent reservations for one account queue behind each other.
    const QString lock = m_database.dialect().lockRowStatement(QStringLiteral("twilio_accounts"));
    const bool inTransaction = !lock.isEmpty();
    if (inTransaction) {
        if (!m_database.beginTransaction()) {
            if (error)
                *error = Sql::describe(db.lastError());
            return std::nullopt;
        }
        QSqlQuery locked(db);
        locked.prepare(lock);
        locked.addBindValue(twilioAccountId);
        if (!Sql::exec(locked, error)) {
            m_database.rollbackTransaction();
            return std::nullopt;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO purchase_slots (twilio_account_id, attempt_id, request_tag, state,"
            " reserved_at, counted_at) SELECT ?, ?, ?, 'reserved', ?, ? WHERE (SELECT count(*)"
            " FROM purchase_slots WHERE twilio_account_id = ? AND state IN ('reserved', 'bought')"
            " AND counted_at >= ?) < ? RETURNING id"));
    q.addBindValue(twilioAccountId);
    q.addBindValue(attemptId > 0 ? QVariant(attemptId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Sql::text(requestTag));
    q.addBindValue(Sql::toText(now));
    q.addBindValue(Sql::toText(now));
    q.addBindValue(twilioAccountId);
    q.addBindValue(Sql::toText(since));
    q.addBindValue(limit);
    PurchaseSlot slot;
    const Sql::Returned returned = Sql::execReturning(
            q, [&slot](const QSqlQuery &row) { slot.id = row.value(0).toLongLong(); }, error);
    if (inTransaction) {
        if (returned == Sql::Returned::Error || !m_database.commitTransaction()) {
            if (error && returned != Sql::Returned::Error)
                *error = Sql::describe(db.lastError());
            m_database.rollbackTransaction();
            return std::nullopt;
        }
    }
    if (returned != Sql::Returned::Row)
        return std::nullopt;
    slot.twilioAccountId = twilioAccountId;
    slot.attemptId = attemptId;
    slot.requestTag = requestTag;
    slot.reservedAt = now;
    announceChange();
    return slot;
}

WriteResult NumberPoolStore::releasePurchase(qint64 slotId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE purchase_slots SET state = 'released' WHERE id = ?"
                             " AND state = 'reserved'"));
    q.addBindValue(slotId);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    announceChange();
    return WriteResult::done();
}

WriteResult NumberPoolStore::completePurchase(qint64 slotId, const PhoneAddress &number,
        const QString &twilioSid, const QDateTime &boughtAt)
{
    qint64 accountId = 0;
    qint64 attemptId = 0;
    bool wasBought = false;
    return EventLog(m_database)
            .recordWith(
                    [&] {
                        QSqlQuery read(m_database.connection());
                        read.prepare(
                                QStringLiteral("SELECT twilio_account_id, COALESCE(attempt_id, 0),"
                                               " state FROM purchase_slots WHERE id = ?"));
                        read.addBindValue(slotId);
                        if (Sql::exec(read) && read.next()) {
                            accountId = read.value(0).toLongLong();
                            attemptId = read.value(1).toLongLong();
                            wasBought = read.value(2).toString() == u"bought";
                        }
                        QSqlQuery q(m_database.connection());
                        q.prepare(QStringLiteral(
                                "UPDATE purchase_slots SET state = 'bought', e164 = ?, twilio_sid "
                                "= ?,"
                                " counted_at = COALESCE(?, counted_at) WHERE id = ?"));
                        q.addBindValue(number.toString());
                        q.addBindValue(Sql::text(twilioSid));
                        q.addBindValue(Sql::toNullableText(boughtAt));
                        q.addBindValue(slotId);
                        return changeOne(
                                q, tr("That purchase is no longer recorded in the workspace."));
                    },
                    [&]() -> std::optional<WorkspaceEvent> {
                        if (wasBought)
                            return std::nullopt; // noted before (a resumed attempt)
                        WorkspaceEvent event
                                = poolEvent(EventKind::NumberPurchased, accountId, number,
                                        tr("%1 bought on %2")
                                                .arg(number.displayText(), poolName(accountId)));
                        event.attemptId = attemptId;
                        return event;
                    });
}

WriteResult NumberPoolStore::recordPurchase(qint64 twilioAccountId, const PhoneAddress &number,
        const QString &twilioSid, const QDateTime &boughtAt)
{
    bool inserted = false;
    const EventLog events(m_database);
    WriteResult result = events.recordWith(
            [&] {
                QSqlQuery q(m_database.connection());
                q.prepare(QStringLiteral(
                        "INSERT INTO purchase_slots (twilio_account_id, state, reserved_at,"
                        " counted_at, e164, twilio_sid) SELECT ?, 'bought', ?, ?, ?, ?"
                        " WHERE NOT EXISTS (SELECT 1 FROM purchase_slots"
                        " WHERE twilio_account_id = ? AND e164 = ? AND state = 'bought')"));
                q.addBindValue(twilioAccountId);
                q.addBindValue(Sql::toText(boughtAt));
                q.addBindValue(Sql::toText(boughtAt));
                q.addBindValue(number.toString());
                q.addBindValue(Sql::text(twilioSid));
                q.addBindValue(twilioAccountId);
                q.addBindValue(number.toString());
                if (!Sql::exec(q))
                    return Sql::writeFailure(q, m_database.dialect());
                inserted = q.numRowsAffected() > 0;
                return WriteResult::done();
            },
            [&]() -> std::optional<WorkspaceEvent> {
                if (!inserted)
                    return std::nullopt;
                return poolEvent(EventKind::NumberPurchased, twilioAccountId, number,
                        tr("%1 bought on %2 (found on Twilio, bought by an earlier request)")
                                .arg(number.displayText(), poolName(twilioAccountId)));
            });
    if (result)
        announceChange();
    return result;
}

QList<PurchaseSlot> NumberPoolStore::unsettledPurchases(const QDateTime &now, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "SELECT id, twilio_account_id, COALESCE(attempt_id, 0), request_tag, reserved_at"
            " FROM purchase_slots s WHERE state = 'reserved' AND NOT EXISTS (SELECT 1 FROM"
            " provisioning_attempts a WHERE a.id = s.attempt_id AND a.outcome = 'in-flight')"
            " AND (s.attempt_id IS NOT NULL OR s.reserved_at < ?)"
            " ORDER BY id"));
    // A purchase a person made in a console has no attempt to say it is in flight: it is left
    // to that console for a quarter of an hour (a purchase takes seconds), so that another
    // console's start does not settle it halfway and let the count drop under the limit.
    constexpr qint64 consolePurchaseSeconds = 900; // 15 minutes
    q.addBindValue(Sql::toText(now.addSecs(-consolePurchaseSeconds)));
    QList<PurchaseSlot> result;
    if (Sql::exec(q, error)) {
        while (q.next()) {
            PurchaseSlot slot;
            slot.id = q.value(0).toLongLong();
            slot.twilioAccountId = q.value(1).toLongLong();
            slot.attemptId = q.value(2).toLongLong();
            slot.requestTag = q.value(3).toString();
            slot.reservedAt = Sql::toDateTime(q.value(4));
            result.append(slot);
        }
    }
    return result;
}

std::optional<PoolNumber> NumberPoolStore::claimNext(
        qint64 twilioAccountId, qint64 attemptId, const QDateTime &now, QString *error)
{
    // One statement, so the choice and the reservation cannot be split by another writer; the
    // state test in the outer WHERE makes a lost race claim nothing rather than a taken number.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE number_pool SET state = 'reserved', reserved_by_attempt_id = ?"
                             " WHERE state = 'available' AND id = (SELECT id FROM number_pool"
                             " WHERE twilio_account_id = ? AND state = 'available'")
            + NotSetAside + QStringLiteral(" ORDER BY id LIMIT 1")
            + m_database.dialect().lockClause() + QStringLiteral(") RETURNING ") + Columns);
    q.addBindValue(attemptId);
    q.addBindValue(twilioAccountId);
    q.addBindValue(setAsideSince(now));
    PoolNumber claimed;
    if (Sql::execReturning(
                q, [&claimed](const QSqlQuery &row) { claimed = fromRow(row); }, error)
            != Sql::Returned::Row)
        return std::nullopt;
    announceChange();
    return claimed;
}

WriteResult NumberPoolStore::releaseClaim(qint64 poolNumberId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE number_pool SET state = 'available', reserved_by_attempt_id"
                             " = NULL WHERE id = ? AND state = 'reserved'"));
    q.addBindValue(poolNumberId);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    announceChange();
    return WriteResult::done();
}

WriteResult NumberPoolStore::markImported(
        qint64 poolNumberId, const QString &vapiPhoneNumberId, const QString &twilioSid)
{
    QSqlQuery q(m_database.connection());
    // The claim ends with the import: a number in Vapi is held by no attempt any more.
    q.prepare(QStringLiteral("UPDATE number_pool SET state = 'imported', vapi_phone_number_id = ?,"
                             " reserved_by_attempt_id = NULL,"
                             " twilio_sid = CASE WHEN ? = '' THEN twilio_sid ELSE ? END"
                             " WHERE id = ?"));
    q.addBindValue(Sql::text(vapiPhoneNumberId));
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(poolNumberId);
    return changeOne(q, tr("That number is no longer in the pool."));
}

WriteResult NumberPoolStore::markAvailable(qint64 twilioAccountId, const PhoneAddress &number)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
            "UPDATE number_pool SET state = 'available', vapi_phone_number_id = '',"
            " reserved_by_attempt_id = NULL WHERE twilio_account_id = ? AND e164 = ?"));
    q.addBindValue(twilioAccountId);
    q.addBindValue(number.toString());
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    announceChange();
    return WriteResult::done();
}

WriteResult NumberPoolStore::recordCheck(qint64 twilioAccountId, const PhoneAddress &number,
        PoolNumber::TwilioCheck check, const QString &detail, const QString &twilioSid,
        const QDateTime &when)
{
    QSqlQuery q(m_database.connection());
    // Twilio's PN… comes with a definite answer; a number it does not hold keeps the SID it had
    // (the history of where it went is the detail's).
    q.prepare(QStringLiteral("UPDATE number_pool SET twilio_check = ?, twilio_check_detail = ?,"
                             " twilio_checked_at = ?,"
                             " twilio_sid = CASE WHEN ? = '' THEN twilio_sid ELSE ? END"
                             " WHERE twilio_account_id = ? AND e164 = ?"));
    q.addBindValue(toString(check));
    q.addBindValue(Sql::text(detail));
    q.addBindValue(Sql::toNullableText(when));
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(Sql::text(twilioSid));
    q.addBindValue(twilioAccountId);
    q.addBindValue(number.toString());
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    if (q.numRowsAffected() > 0)
        announceChange();
    return WriteResult::done();
}

WriteResult NumberPoolStore::changeOne(QSqlQuery &query, const QString &notFound)
{
    WriteResult result = Sql::execChange(query, m_database.dialect(), notFound);
    if (result)
        announceChange();
    return result;
}

QList<PoolNumber> NumberPoolStore::setAside(
        qint64 twilioAccountId, const QDateTime &now, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM number_pool WHERE twilio_account_id = ? AND state ="
                             " 'available' AND twilio_check IN ('missing', 'no-voice', 'routed')"
                             " AND twilio_checked_at >= ? ORDER BY id"));
    q.addBindValue(twilioAccountId);
    q.addBindValue(setAsideSince(now));
    QList<PoolNumber> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

QList<PoolNumber> NumberPoolStore::claimsOf(qint64 attemptId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM number_pool WHERE reserved_by_attempt_id = ?"
                             " AND state = 'reserved' ORDER BY id"));
    q.addBindValue(attemptId);
    QList<PoolNumber> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

QList<PoolNumber> NumberPoolStore::claimsOfFinishedAttempts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM number_pool WHERE state = 'reserved' AND NOT EXISTS (SELECT 1"
                             " FROM provisioning_attempts a WHERE a.id = reserved_by_attempt_id"
                             " AND a.outcome = 'in-flight') ORDER BY id"));
    QList<PoolNumber> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

void NumberPoolStore::announceChange()
{
    m_database.announceCommitted(this);
}

} // namespace Switchboard
