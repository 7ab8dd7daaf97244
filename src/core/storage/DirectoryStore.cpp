// SPDX-License-Identifier: Apache-2.0
#include "core/storage/DirectoryStore.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/SqlTransaction.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WriteSupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

const QString AssistantColumns = QStringLiteral(
        "SELECT id, vapi_account_id, COALESCE(organization_id, 0), name, phone_number_id, metadata,"
        " created_at, updated_at FROM assistants");
const QString NumberColumns = QStringLiteral(
        "SELECT id, vapi_account_id, COALESCE(organization_id, 0), provider, address, status,"
        " assistant_id, twilio_account_sid, name, created_at, updated_at FROM phone_numbers");

Assistant assistantFromRow(const QSqlQuery &q)
{
    Assistant a;
    a.id = q.value(0).toString();
    a.vapiAccountId = q.value(1).toLongLong();
    a.organizationId = q.value(2).toLongLong();
    a.name = q.value(3).toString();
    a.phoneNumberId = q.value(4).toString();
    a.metadata = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    a.createdAt = Sql::toDateTime(q.value(6));
    a.updatedAt = Sql::toDateTime(q.value(7));
    return a;
}

PhoneNumber numberFromRow(const QSqlQuery &q)
{
    PhoneNumber n;
    n.id = q.value(0).toString();
    n.vapiAccountId = q.value(1).toLongLong();
    n.organizationId = q.value(2).toLongLong();
    n.provider = numberProviderFromString(q.value(3).toString());
    const QString address = q.value(4).toString();
    n.address = PhoneAddress::isMasked(address) ? PhoneAddress() : PhoneAddress::parse(address);
    if (!n.address.isValid())
        n.maskedNumber = address; // as Vapi showed it: unknown, not different

    n.status = numberStatusFromString(q.value(5).toString());
    n.assistantId = q.value(6).toString();
    n.twilioAccountSid = q.value(7).toString();
    n.name = q.value(8).toString();
    n.createdAt = Sql::toDateTime(q.value(9));
    n.updatedAt = Sql::toDateTime(q.value(10));
    return n;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

DirectoryStore::DirectoryStore(WorkspaceDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

bool DirectoryStore::writeAssistant(QSqlQuery &q, const Assistant &a)
{
    q.prepare(QStringLiteral(
            "INSERT INTO assistants (id, vapi_account_id, organization_id, name, phone_number_id,"
            " metadata, created_at, updated_at, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET vapi_account_id = excluded.vapi_account_id,"
            " organization_id = excluded.organization_id, name = excluded.name,"
            " phone_number_id = excluded.phone_number_id, metadata = excluded.metadata,"
            " created_at = excluded.created_at, updated_at = excluded.updated_at,"
            " seen_at = excluded.seen_at"));
    q.addBindValue(a.id);
    q.addBindValue(a.vapiAccountId);
    q.addBindValue(nullableId(a.organizationId));
    q.addBindValue(Sql::text(a.name));
    q.addBindValue(Sql::text(a.phoneNumberId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(a.metadata).toJson(QJsonDocument::Compact)));
    q.addBindValue(Sql::toNullableText(a.createdAt));
    q.addBindValue(Sql::toNullableText(a.updatedAt));
    q.addBindValue(Sql::toText(QDateTime::currentDateTimeUtc()));
    return Sql::exec(q);
}

bool DirectoryStore::writeNumber(QSqlQuery &q, const PhoneNumber &n)
{
    q.prepare(QStringLiteral(
            "INSERT INTO phone_numbers (id, vapi_account_id, organization_id, provider, address,"
            " status, assistant_id, twilio_account_sid, name, created_at, updated_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET vapi_account_id = excluded.vapi_account_id,"
            " organization_id = excluded.organization_id, provider = excluded.provider,"
            " address = excluded.address, status = excluded.status,"
            " assistant_id = excluded.assistant_id, twilio_account_sid = "
            "excluded.twilio_account_sid,"
            " name = excluded.name, created_at = excluded.created_at,"
            " updated_at = excluded.updated_at, seen_at = excluded.seen_at"));
    q.addBindValue(n.id);
    q.addBindValue(n.vapiAccountId);
    q.addBindValue(nullableId(n.organizationId));
    q.addBindValue(toString(n.provider));
    q.addBindValue(Sql::text(n.address.isValid() ? n.address.toString() : n.maskedNumber));
    q.addBindValue(toString(n.status));
    q.addBindValue(Sql::text(n.assistantId));
    q.addBindValue(Sql::text(n.twilioAccountSid));
    q.addBindValue(Sql::text(n.name));
    q.addBindValue(Sql::toNullableText(n.createdAt));
    q.addBindValue(Sql::toNullableText(n.updatedAt));
    q.addBindValue(Sql::toText(QDateTime::currentDateTimeUtc()));
    return Sql::exec(q);
}

WriteResult DirectoryStore::replaceAssistants(
        qint64 vapiAccountId, const QList<Assistant> &assistants)
{
    SqlTransaction transaction(m_database);
    if (!transaction.isOpen())
        return WriteResult::failed(transaction.error());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM assistants WHERE vapi_account_id = ?"));
    q.addBindValue(vapiAccountId);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    for (const Assistant &a : assistants) {
        if (!writeAssistant(q, a))
            return Sql::writeFailure(q, m_database.dialect());
    }
    if (!transaction.commit())
        return WriteResult::failed(transaction.error());
    Q_EMIT changed();
    return WriteResult::done();
}

WriteResult DirectoryStore::replaceNumbers(qint64 vapiAccountId, const QList<PhoneNumber> &listing)
{
    // Read what is known inside the transaction that replaces it: a number's organization is
    // ours, not Vapi's, and a read that failed must not pass for "no owner known".
    SqlTransaction transaction(m_database);
    if (!transaction.isOpen())
        return WriteResult::failed(transaction.error());
    QString error;
    const QList<PhoneNumber> cachedNumbers = numbersOfAccount(vapiAccountId, &error);
    if (!error.isEmpty())
        return WriteResult::failed(error);
    QHash<QString, qint64> knownOwner;
    QHash<QString, PhoneAddress> knownAddress;
    for (const PhoneNumber &cached : cachedNumbers) {
        knownOwner.insert(cached.id, cached.organizationId);
        if (cached.address.isValid())
            knownAddress.insert(cached.id, cached.address);
    }
    QList<PhoneNumber> numbers = listing;
    for (PhoneNumber &number : numbers) {
        number.vapiAccountId = vapiAccountId;
        // A listing that masks the number does not make the one known by its id unknown.
        if (!number.address.isValid() && knownAddress.contains(number.id)) {
            number.address = knownAddress.value(number.id);
            number.maskedNumber.clear();
        }
        if (number.organizationId == 0)
            number.organizationId = knownOwner.value(number.id);
        if (number.organizationId == 0 && !number.assistantId.isEmpty()) {
            const auto owner = assistant(number.assistantId, &error);
            if (!error.isEmpty())
                return WriteResult::failed(error);
            if (owner)
                number.organizationId = owner->organizationId;
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM phone_numbers WHERE vapi_account_id = ?"));
    q.addBindValue(vapiAccountId);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    for (const PhoneNumber &n : std::as_const(numbers)) {
        if (!writeNumber(q, n))
            return Sql::writeFailure(q, m_database.dialect());
    }
    if (!transaction.commit())
        return WriteResult::failed(transaction.error());
    Q_EMIT changed();
    return WriteResult::done();
}

WriteResult DirectoryStore::upsertAssistant(const Assistant &assistant)
{
    QSqlQuery q(m_database.connection());
    if (!writeAssistant(q, assistant))
        return Sql::writeFailure(q, m_database.dialect());
    Q_EMIT changed();
    return WriteResult::done();
}

WriteResult DirectoryStore::upsertNumber(const PhoneNumber &number)
{
    PhoneNumber written = number;
    if (!written.address.isValid()) { // masked or missing: keep what is known by its id
        QString error;
        const auto cached = this->number(number.id, &error);
        if (!error.isEmpty())
            return WriteResult::failed(error);
        if (cached && cached->address.isValid()) {
            written.address = cached->address;
            written.maskedNumber.clear();
        }
    }
    QSqlQuery q(m_database.connection());
    if (!writeNumber(q, written))
        return Sql::writeFailure(q, m_database.dialect());
    Q_EMIT changed();
    return WriteResult::done();
}

// Removing what is already gone is done: the directory only follows what Vapi holds.
WriteResult DirectoryStore::removeAssistant(const QString &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM assistants WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    Q_EMIT changed();
    return WriteResult::done();
}

WriteResult DirectoryStore::removeNumber(const QString &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM phone_numbers WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q))
        return Sql::writeFailure(q, m_database.dialect());
    Q_EMIT changed();
    return WriteResult::done();
}

QList<Assistant> DirectoryStore::assistants(qint64 organizationId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (organizationId > 0) {
        q.prepare(AssistantColumns
                + QStringLiteral(" WHERE organization_id = ? ORDER BY lower(name), id"));
        q.addBindValue(organizationId);
    } else {
        q.prepare(AssistantColumns + QStringLiteral(" ORDER BY lower(name), id"));
    }
    QList<Assistant> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(assistantFromRow(q));
    }
    return result;
}

QList<PhoneNumber> DirectoryStore::selectNumbers(
        const QString &where, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(NumberColumns + where + QStringLiteral(" ORDER BY address, id"));
    if (value.isValid())
        q.addBindValue(value);
    QList<PhoneNumber> result;
    if (Sql::exec(q, error)) {
        while (q.next())
            result.append(numberFromRow(q));
    }
    return result;
}

QList<PhoneNumber> DirectoryStore::numbers(qint64 organizationId, QString *error) const
{
    if (organizationId > 0)
        return selectNumbers(QStringLiteral(" WHERE organization_id = ?"), organizationId, error);
    return selectNumbers({}, {}, error);
}

QList<PhoneNumber> DirectoryStore::numbersOfAccount(qint64 vapiAccountId, QString *error) const
{
    return selectNumbers(QStringLiteral(" WHERE vapi_account_id = ?"), vapiAccountId, error);
}

QList<PhoneNumber> DirectoryStore::numbersOfAssistant(
        const QString &assistantId, QString *error) const
{
    return selectNumbers(QStringLiteral(" WHERE assistant_id = ?"), assistantId, error);
}

std::optional<Assistant> DirectoryStore::assistant(const QString &id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(AssistantColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return assistantFromRow(q);
}

std::optional<PhoneNumber> DirectoryStore::number(const QString &id, QString *error) const
{
    const QList<PhoneNumber> found = selectNumbers(QStringLiteral(" WHERE id = ?"), id, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

int DirectoryStore::freeNumberCount(qint64 vapiAccountId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM phone_numbers WHERE vapi_account_id = ?"
                             " AND provider = 'vapi'"));
    q.addBindValue(vapiAccountId);
    if (!Sql::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace Switchboard
