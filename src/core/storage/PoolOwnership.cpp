// SPDX-License-Identifier: Apache-2.0
#include "core/storage/PoolOwnership.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QHash>
#include <QSqlQuery>

namespace Switchboard {

PoolOwnership::PoolOwnership(WorkspaceDatabase &database)
    : m_database(database)
{ }

QList<PoolHolder> PoolOwnership::holders(
        const QList<PhoneAddress> &numbers, qint64 exceptTwilioAccountId, QString *error) const
{
    if (numbers.isEmpty())
        return {};
    QStringList placeholders;
    for (qsizetype i = 0; i < numbers.size(); ++i)
        placeholders << QStringLiteral("?");
    // A twilio_accounts row without organization_id is the workspace's (global) account.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT p.e164, t.id, COALESCE(t.organization_id, 0),"
                             " COALESCE(o.name, '') FROM number_pool p"
                             " JOIN twilio_accounts t ON t.id = p.twilio_account_id"
                             " LEFT JOIN organizations o ON o.id = t.organization_id"
                             " WHERE t.id <> ? AND p.e164 IN (%1)"
                             " AND NOT EXISTS (SELECT 1 FROM number_pool own"
                             " WHERE own.twilio_account_id = ? AND own.e164 = p.e164)"
                             " ORDER BY t.id")
                      .arg(placeholders.join(u',')));
    q.addBindValue(exceptTwilioAccountId);
    for (const PhoneAddress &number : numbers)
        q.addBindValue(number.toString());
    q.addBindValue(exceptTwilioAccountId);
    if (!Sql::exec(q, error))
        return {};
    QHash<QString, PoolHolder> byNumber;
    while (q.next()) {
        const QString e164 = q.value(0).toString();
        if (byNumber.contains(e164))
            continue;
        PoolHolder holder;
        holder.number = PhoneAddress::parse(e164);
        holder.twilioAccountId = q.value(1).toLongLong();
        holder.organizationId = q.value(2).toLongLong();
        holder.organizationName = q.value(3).toString();
        byNumber.insert(e164, holder);
    }
    QList<PoolHolder> result;
    for (const PhoneAddress &number : numbers) {
        // take(): a number listed twice is reported once.
        if (const auto holder = byNumber.take(number.toString()); holder.number.isValid())
            result << holder;
    }
    return result;
}

QString PoolOwnership::refusal(const PoolHolder &holder)
{
    return holder.isWorkspace()
            ? tr("%1 is already in the workspace's pool; a number can be in one pool only.")
                      .arg(holder.number.displayText())
            : tr("%1 is already in the number pool of %2; a number can be in one pool only.")
                      .arg(holder.number.displayText(), holder.organizationName);
}

} // namespace Switchboard
