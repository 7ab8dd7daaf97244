// SPDX-License-Identifier: Apache-2.0
#include "BenchWorkspace.h"

#include "core/domain/PhoneAddress.h"
#include "core/domain/WorkspaceEvent.h"
#include "core/storage/AccountStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

namespace Switchboard {
namespace {

int countOf(WorkspaceDatabase &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool matches(WorkspaceDatabase &db)
{
    QSqlQuery probe(db.connection());
    if (!probe.exec(QStringLiteral("SELECT address FROM phone_numbers LIMIT 1")) || !probe.next()
            || !PhoneAddress::parse(probe.value(0).toString()).isValid())
        return false; // written by an older generator
    return countOf(db, QStringLiteral("organizations")) == BenchWorkspace::Organizations
            && countOf(db, QStringLiteral("assistants")) == BenchWorkspace::Assistants
            && countOf(db, QStringLiteral("phone_numbers")) == BenchWorkspace::Numbers
            && countOf(db, QStringLiteral("provisioning_attempts")) == BenchWorkspace::Attempts
            // The stores' own events of the setup come on top of the generated ones.
            && countOf(db, QStringLiteral("workspace_events")) >= BenchWorkspace::Events;
}

QString number(int n)
{
    // Valid North American numbers: four area codes, 555 exchange, 10,000 lines each.
    // (Concatenated: "%1555" would read as the placeholder %15.)
    static const char *areas[] = {"415", "212", "646", "312"};
    return QStringLiteral("+1") + QLatin1String(areas[(n / 10000) % 4]) + QStringLiteral("555")
            + QStringLiteral("%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
}

// Text columns are NOT NULL: an empty QString must bind as '', not as NULL.
QVariant text(const QString &value)
{
    return Sql::text(value);
}

bool exec(QSqlQuery &q, QString *error)
{
    return Sql::exec(q, error);
}

} // namespace

QString BenchWorkspace::operatorName(int n)
{
    static const char *people[] = {"ana", "ben", "chen", "dana", "eli"};
    return QLatin1String(people[n % Operators])
            + QStringLiteral("@agency-pc-%1").arg(n % Operators);
}

QString BenchWorkspace::ensure(const QString &folder, QString *error, bool *generated)
{
    if (generated)
        *generated = false;
    QDir().mkpath(folder);
    QString path = QDir(folder).filePath(QStringLiteral("workspace.db"));
    DatabaseError dbError;
    {
        auto existing = WorkspaceDatabase::open(DatabaseLocation::sqlite(path), &dbError);
        if (existing && matches(*existing))
            return path;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = WorkspaceDatabase::open(DatabaseLocation::sqlite(path), &dbError);
    if (!db) {
        *error = dbError.message;
        return {};
    }
    QTextStream(stdout) << "Generating the benchmark workspace in " << path << " …" << Qt::endl;
    QRandomGenerator random(20261124);
    const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);

    OrganizationStore organizations(*db);
    AccountStore accounts(*db);
    NumberPoolStore pool(*db);
    ManualTaskStore tasks(*db);
    QSqlDatabase connection = db->connection();
    // Through the database's own transactions: the stores used below nest theirs in it.
    if (!db->beginTransaction()) {
        *error = QStringLiteral("cannot begin the transaction");
        return {};
    }

    VapiAccount workspaceVapi;
    workspaceVapi.label = QStringLiteral("Workspace");
    if (!accounts.saveVapiAccount(workspaceVapi).reportTo(error))
        return {};
    TwilioAccount workspaceTwilio;
    workspaceTwilio.accountSid = QStringLiteral("AC%1").arg(1, 32, 16, QLatin1Char('0'));
    if (!accounts.saveTwilioAccount(workspaceTwilio).reportTo(error))
        return {};
    QList<Organization> orgs;
    QHash<qint64, qint64> vapiOf; // organization -> serving Vapi account
    QHash<qint64, QString> twilioSidOf;
    for (int i = 0; i < Organizations; ++i) {
        Organization o;
        o.slug = QStringLiteral("customer-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        o.name = QStringLiteral("Customer %1 Dental Group").arg(i + 1);
        o.preferredAreaCode = QStringLiteral("415");
        if (!organizations.add(o).reportTo(error))
            return {};
        orgs << o;
        vapiOf.insert(o.id, workspaceVapi.id);
        if (i >= 45) { // five white-label customers with their own Vapi account
            VapiAccount own;
            own.organizationId = o.id;
            own.label = o.name;
            if (!accounts.saveVapiAccount(own).reportTo(error))
                return {};
            vapiOf.insert(o.id, own.id);
        }
        if (i < 10) { // ten with their own Twilio account and a pool
            TwilioAccount twilio;
            twilio.organizationId = o.id;
            twilio.accountSid = QStringLiteral("AC%1").arg(100 + i, 32, 16, QLatin1Char('0'));
            if (!accounts.saveTwilioAccount(twilio).reportTo(error))
                return {};
            twilioSidOf.insert(o.id, twilio.accountSid);
            QList<PhoneAddress> spare;
            for (int n = 0; n < 10; ++n)
                spare << PhoneAddress::parse(number(30000 + i * 100 + n));
            if (!pool.add(twilio.id, spare).reportTo(error))
                return {};
        }
    }

    const QString now = Sql::toText(start.addDays(700));
    QSqlQuery assistant(connection);
    assistant.prepare(QStringLiteral(
            "INSERT INTO assistants (id, vapi_account_id, organization_id, name, phone_number_id,"
            " metadata, created_at, updated_at, seen_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?)"));
    QSqlQuery phone(connection);
    phone.prepare(QStringLiteral(
            "INSERT INTO phone_numbers (id, vapi_account_id, organization_id, provider, address,"
            " status, assistant_id, twilio_account_sid, name, created_at, updated_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?, 'active', ?, ?, '', ?, ?, ?)"));
    struct Bot
    {
        QString id, name, slug;
        qint64 organizationId;
    };
    QList<Bot> bots;
    int freeUsed = 0;
    for (int i = 0; i < Assistants; ++i) {
        const Organization &o = orgs.at(i % Organizations);
        Bot bot{QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("%1 line %2")
                        .arg(o.name.section(u' ', 0, 1))
                        .arg(i / Organizations + 1),
                o.slug, o.id};
        bots << bot;
        // 1,900 assistants have a number; the last 100 numbers route nowhere (they hang up).
        const bool hasNumber = i < Assistants - 100;
        const QString numberId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool free = freeUsed < 10 && vapiOf.value(o.id) == workspaceVapi.id;
        QString provider = QStringLiteral("twilio");
        if (free) {
            provider = QStringLiteral("vapi");
            ++freeUsed;
        }
        for (const QVariant &v : {QVariant(bot.id), QVariant(vapiOf.value(o.id)), QVariant(o.id),
                     QVariant(bot.name), text(hasNumber ? numberId : QString()), QVariant(now),
                     QVariant(now), QVariant(now)})
            assistant.addBindValue(v);
        if (!exec(assistant, error))
            return {};
        for (const QVariant &v : {QVariant(numberId), QVariant(vapiOf.value(o.id)), QVariant(o.id),
                     QVariant(provider), QVariant(number(i)), text(hasNumber ? bot.id : QString()),
                     text(free ? QString() : twilioSidOf.value(o.id, workspaceTwilio.accountSid)),
                     QVariant(now), QVariant(now), QVariant(now)})
            phone.addBindValue(v);
        if (!exec(phone, error))
            return {};
    }

    QSqlQuery attempt(connection);
    attempt.prepare(QStringLiteral(
            "INSERT INTO provisioning_attempts (id, organization_id, organization_slug, "
            "assistant_id,"
            " assistant_name, outcome, strategy, phone_number_id, address, summary, started_at,"
            " finished_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery step(connection);
    step.prepare(QStringLiteral(
            "INSERT INTO provisioning_steps (attempt_id, sequence, strategy, status, reason,"
            " provider_code, provider_message, request_tag, started_at, finished_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    const QStringList strategies{QStringLiteral("vapi-free"), QStringLiteral("organization-twilio"),
            QStringLiteral("workspace-twilio")};
    for (int i = 0; i < Attempts; ++i) {
        const Bot &bot = bots.at(int(random.bounded(Assistants)));
        const quint32 roll = random.bounded(100);
        const QString outcome = roll < 85 ? QStringLiteral("succeeded")
                : roll < 93               ? QStringLiteral("manual-queued")
                : roll < 98               ? QStringLiteral("failed")
                                          : QStringLiteral("cancelled");
        const bool succeeded = roll < 85;
        const QString strategy = succeeded ? strategies.at(int(roll % 3))
                : roll < 93                ? QStringLiteral("manual")
                                           : QString();
        // One attempt every ~60 s over two years, oldest first.
        const QDateTime startedAt = start.addSecs(qint64(i) * 60 + random.bounded(30));
        const QString started = Sql::toText(startedAt);
        const QString finished = Sql::toText(startedAt.addMSecs(400 + random.bounded(2500)));
        const QString address = succeeded ? number(int(random.bounded(20000))) : QString();
        const QString summary = succeeded ? QString(bot.name + QStringLiteral(" got ") + address)
                                          : QString(bot.name + QStringLiteral(" got no number"));
        for (const QVariant &v :
                {QVariant(qint64(i) + 1), QVariant(bot.organizationId), QVariant(bot.slug),
                        QVariant(bot.id), QVariant(bot.name), QVariant(outcome), text(strategy),
                        text(succeeded ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                       : QString()),
                        text(address), QVariant(summary), QVariant(started), QVariant(finished),
                        QVariant(operatorName(int(random.bounded(Operators))))})
            attempt.addBindValue(v);
        if (!exec(attempt, error))
            return {};
        // A skipped free link, then the link that ended it.
        const int steps = succeeded && strategy == strategies.at(0) ? 1 : 2;
        for (int s = 1; s <= steps; ++s) {
            const bool last = s == steps;
            const QString status = !last ? QStringLiteral("skipped")
                    : succeeded          ? QStringLiteral("succeeded")
                                         : QStringLiteral("failed");
            for (const QVariant &v : {QVariant(qint64(i) + 1), QVariant(s),
                         QVariant(last && !strategy.isEmpty() ? strategy : strategies.at(0)),
                         QVariant(status),
                         QVariant(
                                 last ? (succeeded ? QStringLiteral("imported from the pool")
                                                   : QStringLiteral("Twilio refused the purchase"))
                                      : QStringLiteral("the free allowance is used up (10 of 10)")),
                         text(last && !succeeded ? QStringLiteral("21422") : QString()),
                         text(last && !succeeded ? QStringLiteral("Number not available")
                                                 : QString()),
                         QVariant(started), QVariant(finished)})
                step.addBindValue(v);
            if (!exec(step, error))
                return {};
        }
        if (i % 100000 == 99999)
            QTextStream(stdout) << "  " << (i + 1) << " attempts" << Qt::endl;
    }
    // Other actions: one every ~5 minutes over the same two years, every kind, every operator.
    QSqlQuery event(connection);
    event.prepare(QStringLiteral(
            "INSERT INTO workspace_events (occurred_at, kind, failed, operator, organization_id,"
            " organization_slug, assistant_id, assistant_name, address, summary)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<EventKind> kinds = allEventKinds();
    for (int i = 0; i < Events; ++i) {
        const Bot &bot = bots.at(int(random.bounded(Assistants)));
        const EventKind kind = kinds.at(int(random.bounded(int(kinds.size()))));
        const QString address = number(int(random.bounded(20000)));
        const QDateTime at = start.addSecs(qint64(i) * 300 + random.bounded(60));
        for (const QVariant &v : {QVariant(Sql::toText(at)), QVariant(toString(kind)),
                     QVariant(random.bounded(50) == 0 ? 1 : 0),
                     QVariant(operatorName(int(random.bounded(Operators)))),
                     QVariant(bot.organizationId), QVariant(bot.slug), QVariant(bot.id),
                     QVariant(bot.name), QVariant(address),
                     QVariant(bot.name + QStringLiteral(": ") + toString(kind) + QStringLiteral(" ")
                             + address)})
            event.addBindValue(v);
        if (!exec(event, error))
            return {};
    }
    for (int i = 0; i < 40; ++i) {
        ManualTask task;
        task.organizationId = bots.at(Assistants - 1 - i).organizationId;
        task.assistantId = bots.at(Assistants - 1 - i).id;
        task.assistantName = bots.at(Assistants - 1 - i).name;
        task.reasons
                << QStringLiteral("Free Vapi number: the free allowance is used up (10 of 10)")
                << QStringLiteral(
                           "Workspace's Twilio: the pool is empty and purchases are not allowed");
        if (!tasks.open(task).reportTo(error))
            return {};
    }
    if (!db->commitTransaction()) {
        *error = QStringLiteral("cannot commit the generated workspace");
        return {};
    }
    if (generated)
        *generated = true;
    return path;
}

} // namespace Switchboard
