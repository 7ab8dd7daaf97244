// SPDX-License-Identifier: Apache-2.0
#include "core/storage/EventLog.h"

#include "TestSupport.h"

#include "core/secrets/SecretIndex.h"
#include "core/secrets/SecretKey.h"
#include "core/storage/AccountStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/workspace/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

// Every change to a customer's setup is on record once, with who made it, in the transaction
// of the change; the record cannot be changed afterwards. Runs on SQLite and on PostgreSQL
// (TestEventLog_postgres). Judged by reading the events table itself.
class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void organizationChangesAreRecordedWithTheirFields();
    void aRefusedChangeRecordsNothing();
    void noChangeIsWrittenWithoutItsRecord();
    void poolAccountsSettingsAndSecretsAreRecorded();
    void tasksAreLinkedToTheirAttempt();
    void eventsCannotBeChangedOrRemoved();
    void twoOperatorsOnOneWorkspaceAreTold();
    void filtersByKindOperatorAndWords();
    void olderAttemptsHaveNoOperator();
    void wordsFindEventsAsTheyFindAttempts();
    void eventsOfAnOlderWorkspaceAreFoundByTheirWords();

private:
    QList<WorkspaceEvent> events(EventKind kind) const;

    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

namespace {

const QString Maria = QStringLiteral("maria@agency-desk");
const QString Li = QStringLiteral("li@agency-laptop");

Workspace::Options operatorOptions(const QString &name)
{
    Workspace::Options options;
    options.secrets = SecretBackend::Memory;
    options.operatorName = name;
    return options;
}

// A statement of the test's own, as a person with database access would run it.
bool execSql(WorkspaceDatabase &database, const QString &statement)
{
    QSqlQuery q(database.connection());
    return q.exec(statement);
}

} // namespace

void TestEventLog::init()
{
    m_temp = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_workspace = std::make_unique<Workspace>(m_temp->database(), operatorOptions(Maria));
}

void TestEventLog::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

QList<WorkspaceEvent> TestEventLog::events(EventKind kind) const
{
    EventFilter filter;
    filter.kinds = {kind};
    return EventLog(m_temp->database()).page(filter, 100);
}

void TestEventLog::organizationChangesAreRecordedWithTheirFields()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    const QList<WorkspaceEvent> added = events(EventKind::OrganizationAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().operatorName, Maria);
    QCOMPARE(added.first().organizationId, acme.id);
    QCOMPARE(added.first().organizationSlug, QStringLiteral("acme"));
    QVERIFY(added.first().summary.contains(QStringLiteral("Acme")));
    QVERIFY(added.first().occurredAt.isValid());
    // The database's word for the role on PostgreSQL, nothing on SQLite.
    QCOMPARE(added.first().databaseRole.isEmpty(), !m_temp->location().isPostgres());

    acme.name = QStringLiteral("Acme Rentals");
    acme.monthlyPurchaseLimit = 20;
    QVERIFY(m_workspace->organizations().update(acme));
    const QList<WorkspaceEvent> changed = events(EventKind::OrganizationChanged);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().changes.size(), 2);
    QCOMPARE(changed.first().changes.at(0).field, QStringLiteral("name"));
    QCOMPARE(changed.first().changes.at(0).before, QStringLiteral("Acme"));
    QCOMPARE(changed.first().changes.at(0).after, QStringLiteral("Acme Rentals"));
    QCOMPARE(changed.first().changes.at(1).field, QStringLiteral("monthly purchase limit"));
    QCOMPARE(changed.first().changes.at(1).after, QStringLiteral("20"));

    // Saved as it was: nothing happened, nothing is recorded.
    QVERIFY(m_workspace->organizations().update(acme));
    QCOMPARE(events(EventKind::OrganizationChanged).size(), 1);

    // Its Twilio account and pool go with it (the tables cascade): named in its record.
    TwilioAccount twilio;
    twilio.organizationId = acme.id;
    twilio.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(m_workspace->accounts().saveTwilioAccount(twilio));
    QVERIFY(m_workspace->pool().add(
            twilio.id, {PhoneAddress::fromNumber(QStringLiteral("+14155550101"))}));
    QVERIFY(m_workspace->organizations().remove(acme.id));
    const QList<WorkspaceEvent> removed = events(EventKind::OrganizationRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().organizationSlug, QStringLiteral("acme"));
    QVERIFY2(removed.first().summary.contains(twilio.accountSid)
                    && removed.first().summary.contains(QStringLiteral("+1 415-555-0101")),
            qPrintable(removed.first().summary));
    bool namesTheName = false;
    for (const FieldChange &change : removed.first().changes)
        namesTheName = namesTheName
                || (change.field == u"name" && change.before == u"Acme Rentals"
                        && change.after.isEmpty());
    QVERIFY(namesTheName);
    // The organization is gone; its record stays.
    QCOMPARE(events(EventKind::OrganizationAdded).size(), 1);
}

void TestEventLog::aRefusedChangeRecordsNothing()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    Organization twin = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Twin"));
    const WriteResult refused = m_workspace->organizations().add(twin);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(twin.id, 0);
    QCOMPARE(events(EventKind::OrganizationAdded).size(), 1);
    // The connection is usable after the refusal (PostgreSQL aborts a failed transaction).
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(m_workspace->organizations().add(zeta));
    QCOMPARE(events(EventKind::OrganizationAdded).size(), 2);
}

void TestEventLog::noChangeIsWrittenWithoutItsRecord()
{
    // The log cannot be written (here: it is out of the way): the change is not made either.
    QVERIFY(execSql(m_temp->database(),
            QStringLiteral("ALTER TABLE workspace_events RENAME TO workspace_events_away")));
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    const WriteResult failed = m_workspace->organizations().add(acme);
    QVERIFY(!failed);
    QCOMPARE(acme.id, 0);
    QVERIFY(execSql(m_temp->database(),
            QStringLiteral("ALTER TABLE workspace_events_away RENAME TO workspace_events")));
    QVERIFY(m_workspace->organizations().list().isEmpty());
    QVERIFY(events(EventKind::OrganizationAdded).isEmpty());
    QVERIFY(!m_temp->database().inTransaction());
}

void TestEventLog::poolAccountsSettingsAndSecretsAreRecorded()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    TwilioAccount twilio;
    twilio.organizationId = acme.id;
    twilio.accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(m_workspace->accounts().saveTwilioAccount(twilio));
    const QList<WorkspaceEvent> accounts = events(EventKind::AccountChanged);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().organizationSlug, QStringLiteral("acme"));
    QVERIFY(accounts.first().summary.contains(twilio.accountSid));

    int added = 0;
    QVERIFY(m_workspace->pool().add(twilio.id,
            {PhoneAddress::fromNumber(QStringLiteral("+14155550101")),
                    PhoneAddress::fromNumber(QStringLiteral("+14155550102"))},
            &added));
    QCOMPARE(added, 2);
    // Adding the same again adds nothing and records nothing.
    QVERIFY(m_workspace->pool().add(
            twilio.id, {PhoneAddress::fromNumber(QStringLiteral("+14155550101"))}));
    const QList<WorkspaceEvent> pooled = events(EventKind::PoolNumberAdded);
    QCOMPARE(pooled.size(), 2);
    QCOMPARE(pooled.first().organizationId, acme.id);
    QCOMPARE(pooled.first().address.toString(), QStringLiteral("+14155550102"));
    const qint64 first = m_workspace->pool().numbers(twilio.id).first().id;
    QVERIFY(m_workspace->pool().remove(first));
    QCOMPARE(events(EventKind::PoolNumberRemoved).size(), 1);

    QVERIFY(m_workspace->settings().setDefaultAreaCode(QStringLiteral("312")));
    const QList<WorkspaceEvent> settings = events(EventKind::SettingChanged);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.first().changes.size(), 1);
    QCOMPARE(settings.first().changes.first().after, QStringLiteral("312"));
    // Values as a person reads them, an unset one as the default it stood for (found by the
    // walk: "1.2500 (was not set)", "true").
    QCOMPARE(settings.first().changes.first().before, QStringLiteral("415"));
    QVERIFY(m_workspace->settings().setTwilioNumberMonthlyPrice(1.25));
    QVERIFY(m_workspace->settings().setWorkspacePurchasePolicy(true, 3));
    const QList<WorkspaceEvent> more = events(EventKind::SettingChanged);
    QCOMPARE(more.size(), 3);
    QStringList said;
    for (const WorkspaceEvent &event : more)
        said << event.summary;
    const QString all = said.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("monthly price of a Twilio number: $1.25 (was $1.15)")),
            qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("the workspace's Twilio may buy numbers: yes (was no)")),
            qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("true")) && !all.contains(QStringLiteral("1.2500")),
            qPrintable(all));

    const SecretKey token = SecretKey::forAccount(twilio);
    QVERIFY(m_workspace->secretIndex().record(token, {}));
    QVERIFY(m_workspace->secretIndex().record(token, {}));
    const QList<WorkspaceEvent> secrets = events(EventKind::SecretStored);
    QCOMPARE(secrets.size(), 2);
    QVERIFY2(secrets.first().summary.endsWith(QStringLiteral("replaced")),
            qPrintable(secrets.first().summary));
    QVERIFY2(secrets.last().summary.endsWith(QStringLiteral("stored")),
            qPrintable(secrets.last().summary));

    VapiAccount workspaceVapi;
    workspaceVapi.label = QStringLiteral("Agency");
    QVERIFY(m_workspace->accounts().saveVapiAccount(workspaceVapi));
    QCOMPARE(events(EventKind::AccountChanged).size(), 2);
    const auto vapi = m_workspace->accounts().vapiAccountServing(acme.id);
    QVERIFY(vapi);
    QVERIFY(m_workspace->accounts().recordLearnedCap(vapi->id, 3, QDateTime::currentDateTimeUtc()));
    const QList<WorkspaceEvent> caps = events(EventKind::CapLearned);
    QCOMPARE(caps.size(), 1);
    QCOMPARE(caps.first().changes.first().after, QStringLiteral("3"));
    // Taught the same again: nothing new happened.
    QVERIFY(m_workspace->accounts().recordLearnedCap(vapi->id, 3, QDateTime::currentDateTimeUtc()));
    QCOMPARE(events(EventKind::CapLearned).size(), 1);
}

void TestEventLog::tasksAreLinkedToTheirAttempt()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    ProvisioningAttempt attempt;
    attempt.organizationId = acme.id;
    attempt.organizationSlug = acme.slug;
    attempt.assistantId = QStringLiteral("asst-1");
    attempt.assistantName = QStringLiteral("Rentals Hotline");
    QVERIFY(m_workspace->history().beginAttempt(attempt));
    QCOMPARE(attempt.operatorName, Maria);
    QCOMPARE(m_workspace->history().attempt(attempt.id)->operatorName, Maria);

    ManualTask task;
    task.attemptId = attempt.id;
    task.organizationId = acme.id;
    task.assistantId = attempt.assistantId;
    task.assistantName = attempt.assistantName;
    task.reasons = {QStringLiteral("No free number left")};
    QVERIFY(m_workspace->tasks().open(task));
    // The same assistant's task again: it is the one already open, recorded once.
    ManualTask again = task;
    again.id = 0;
    QVERIFY(m_workspace->tasks().open(again));
    QCOMPARE(again.id, task.id);
    QVERIFY(m_workspace->tasks().complete(
            task.id, QStringLiteral("+13125550199"), QStringLiteral("pn-9")));
    QVERIFY(m_workspace->tasks()
                    .complete(task.id, QStringLiteral("+13125550199"), QStringLiteral("pn-9"))
                    .kind()
            == WriteResult::Kind::NotFound);

    const QList<WorkspaceEvent> story = m_workspace->history().eventsOf(attempt.id);
    QCOMPARE(story.size(), 2);
    QVERIFY(story.at(0).kind == EventKind::TaskOpened);
    QVERIFY(story.at(1).kind == EventKind::TaskCompleted);
    QCOMPARE(story.at(1).address.toString(), QStringLiteral("+13125550199"));
    QCOMPARE(story.at(1).phoneNumberId, QStringLiteral("pn-9"));
    QCOMPARE(story.at(1).assistantName, QStringLiteral("Rentals Hotline"));
    QCOMPARE(story.at(1).organizationSlug, QStringLiteral("acme"));
    QCOMPARE(story.at(1).operatorName, Maria);
}

void TestEventLog::eventsCannotBeChangedOrRemoved()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    WorkspaceDatabase &db = m_temp->database();
    QVERIFY(!execSql(db, QStringLiteral("UPDATE workspace_events SET operator = 'nobody'")));
    QVERIFY(!execSql(db, QStringLiteral("DELETE FROM workspace_events")));
    if (m_temp->location().isPostgres()) {
        QVERIFY(!execSql(db, QStringLiteral("TRUNCATE workspace_events")));
        QVERIFY(!execSql(db,
                QStringLiteral("INSERT INTO workspace_events (id, occurred_at, kind, summary)"
                               " SELECT id, occurred_at, kind, 'forged' FROM workspace_events"
                               " ON CONFLICT (id) DO UPDATE SET summary = excluded.summary")));
    } else {
        // Found by the probe: REPLACE deletes the old row without the delete trigger unless
        // recursive triggers are on.
        QVERIFY(!execSql(db,
                QStringLiteral("REPLACE INTO workspace_events (id, occurred_at, kind, summary)"
                               " SELECT id, occurred_at, kind, 'forged' FROM workspace_events")));
    }
    const QList<WorkspaceEvent> added = events(EventKind::OrganizationAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().operatorName, Maria);
    // Nor can an attempt's operator be changed once it is finished.
    ProvisioningAttempt attempt;
    attempt.organizationId = acme.id;
    attempt.organizationSlug = acme.slug;
    attempt.assistantId = QStringLiteral("asst-2");
    QVERIFY(m_workspace->history().beginAttempt(attempt));
    attempt.outcome = AttemptOutcome::Failed;
    QVERIFY(m_workspace->history().finishAttempt(attempt));
    QVERIFY(!execSql(db, QStringLiteral("UPDATE provisioning_attempts SET operator = 'nobody'")));
    if (!m_temp->location().isPostgres())
        QVERIFY(!execSql(db,
                QStringLiteral("REPLACE INTO provisioning_attempts (id, organization_slug,"
                               " assistant_id, outcome, started_at, operator) SELECT id,"
                               " organization_slug, assistant_id, outcome, started_at, 'nobody'"
                               " FROM provisioning_attempts")));
    QCOMPARE(m_workspace->history().attempt(attempt.id)->operatorName, Maria);
    QCOMPARE(events(EventKind::OrganizationAdded).first().summary,
            QStringLiteral("Organization \"Acme\" added"));
}

void TestEventLog::twoOperatorsOnOneWorkspaceAreTold()
{
    // A second console on the same workspace (on PostgreSQL: another connection of a team).
    DatabaseError error;
    std::unique_ptr<WorkspaceDatabase> other = m_temp->openAnother(&error);
    QVERIFY2(other, qPrintable(error.message));
    Workspace second(*other, operatorOptions(Li));

    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta"));
    QVERIFY(second.organizations().add(zeta));
    acme.contact = QStringLiteral("ops@acme.example");
    QVERIFY(second.organizations().update(acme));

    EventFilter byLi;
    byLi.operatorName = Li;
    const QList<WorkspaceEvent> lis = EventLog(m_temp->database()).page(byLi, 10);
    QCOMPARE(lis.size(), 2);
    QCOMPARE(lis.at(0).organizationSlug, QStringLiteral("acme"));
    QVERIFY(lis.at(0).kind == EventKind::OrganizationChanged);
    QCOMPARE(lis.at(1).organizationSlug, QStringLiteral("zeta"));
    EventFilter byMaria;
    byMaria.operatorName = Maria;
    const QList<WorkspaceEvent> marias = EventLog(*other).page(byMaria, 10);
    QCOMPARE(marias.size(), 1);
    QCOMPARE(marias.first().organizationSlug, QStringLiteral("acme"));
    QCOMPARE(EventLog(m_temp->database()).operators(), (QStringList{Li, Maria}));
    QCOMPARE(m_workspace->history().operators(), (QStringList{Li, Maria}));
}

void TestEventLog::filtersByKindOperatorAndWords()
{
    Organization acme = Test::makeOrganization(QStringLiteral("acme"), QStringLiteral("Acme"));
    QVERIFY(m_workspace->organizations().add(acme));
    Organization zeta = Test::makeOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta 100%"));
    QVERIFY(m_workspace->organizations().add(zeta));
    QVERIFY(m_workspace->settings().setDefaultAreaCode(QStringLiteral("312")));
    const EventLog log(m_temp->database());

    EventFilter filter;
    QCOMPARE(log.count(filter), 3);
    filter.kinds = {EventKind::OrganizationAdded};
    QCOMPARE(log.count(filter), 2);
    filter.organizationId = zeta.id;
    QCOMPARE(log.count(filter), 1);
    filter = {};
    filter.text = QStringLiteral("ZETA");
    QCOMPARE(log.count(filter), 1);
    // LIKE's own characters are matched as themselves.
    filter.text = QStringLiteral("100%");
    QCOMPARE(log.count(filter), 1);
    filter.text = QStringLiteral("_");
    QCOMPARE(log.count(filter), 0);
    filter = {};
    filter.operatorName = QStringLiteral("someone@else");
    QCOMPARE(log.count(filter), 0);
    // Pages, newest first, continue after the last one seen.
    const QList<WorkspaceEvent> page1 = log.page({}, 2);
    QCOMPARE(page1.size(), 2);
    QVERIFY(page1.first().kind == EventKind::SettingChanged);
    const QList<WorkspaceEvent> page2
            = log.page({}, 2, EventCursor{page1.last().occurredAt, page1.last().id});
    QCOMPARE(page2.size(), 1);
    QCOMPARE(page2.first().organizationSlug, QStringLiteral("acme"));
}

// A workspace of version 9 migrates: its attempts name nobody (shown as unknown), new ones name
// their operator.
void TestEventLog::olderAttemptsHaveNoOperator()
{
    QTemporaryDir dir;
    const DatabaseLocation location
            = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("old.db")));
    {
        DatabaseError error;
        auto old = WorkspaceDatabase::openAtVersion(location, 9, &error);
        QVERIFY2(old, qPrintable(error.message));
        QVERIFY(execSql(*old,
                QStringLiteral("INSERT INTO provisioning_attempts (organization_slug,"
                               " assistant_id, outcome, started_at) VALUES ('acme', 'asst-old',"
                               " 'succeeded', '2026-11-01T09:00:00.000Z')")));
    }
    DatabaseError error;
    auto migrated = WorkspaceDatabase::open(location, &error);
    QVERIFY2(migrated, qPrintable(error.message));
    QCOMPARE(migrated->schemaVersion(), latestSchemaVersion());
    Workspace workspace(*migrated, operatorOptions(Li));
    const QList<ProvisioningAttempt> old = workspace.history().page({}, 10);
    QCOMPARE(old.size(), 1);
    QVERIFY(old.first().operatorName.isEmpty());
    ProvisioningAttempt attempt;
    attempt.organizationSlug = QStringLiteral("acme");
    attempt.assistantId = QStringLiteral("asst-new");
    QVERIFY(workspace.history().beginAttempt(attempt));
    HistoryFilter byLi;
    byLi.operatorName = Li;
    QCOMPARE(workspace.history().count(byLi), 1);
    QCOMPARE(workspace.history().count({}), 2);
}

// The other actions are searched as the attempts are (schema 11): whole words, the last one a
// prefix while it is typed, case and accents folded, a number however it is written, an id or
// an operator whole. Before, a LIKE found parts of words ("cme" found "acme") and kept accents.
void TestEventLog::wordsFindEventsAsTheyFindAttempts()
{
    const EventLog log(m_temp->database());
    const auto record = [&log](const QString &summary, const QString &address) {
        WorkspaceEvent event;
        event.kind = EventKind::NumberAssigned;
        event.summary = summary;
        event.address = PhoneAddress::parse(address);
        QVERIFY(event.address.isValid());
        event.assistantId = QStringLiteral("asst-1098");
        QVERIFY(log.record(event));
    };
    record(QStringLiteral("+1 415-555-0100 assigned to Zoë's Front Desk"),
            QStringLiteral("+14155550100"));
    record(QStringLiteral("Acmeco line moved"), QStringLiteral("+13125550199"));
    const auto found = [&log](const QString &text) {
        EventFilter filter;
        filter.text = text;
        const int counted = log.count(filter);
        const int listed = int(log.page(filter, 50).size());
        return counted == listed ? counted : -1;
    };
    QCOMPARE(found(QStringLiteral("zoe ")), 1); // accents and case folded
    QCOMPARE(found(QStringLiteral("ZOË'S")), 1);
    QCOMPARE(found(QStringLiteral("front desk ")), 1);
    QCOMPARE(found(QStringLiteral("cme ")), 0); // a whole word, not a part of one
    QCOMPARE(found(QStringLiteral("acm")), 1); // the last word while it is typed
    QCOMPARE(found(QStringLiteral("acm ")), 0);
    QCOMPARE(found(QStringLiteral("(415) 555-0100")), 1); // a number as people write it
    QCOMPARE(found(QStringLiteral("4155550100 ")), 1); // without its country code
    QCOMPARE(found(QStringLiteral("asst-1098 ")), 2); // an id whole
    QCOMPARE(found(QStringLiteral("maria@agency-desk ")), 2); // who did it
    QCOMPARE(found(QStringLiteral("zoe acmeco")), 0); // every word must be there
    // Found by the walk: "dental" did not find the events of acme-dental, nor a changed
    // contact its new value.
    Organization acme
            = Test::makeOrganization(QStringLiteral("acme-dental"), QStringLiteral("Acme Dental"));
    QVERIFY(m_workspace->organizations().add(acme));
    acme.contact = QStringLiteral("Anna Müller");
    QVERIFY(m_workspace->organizations().update(acme));
    WorkspaceEvent assigned; // names the organization by its slug only
    assigned.kind = EventKind::NumberAssigned;
    assigned.organizationId = acme.id;
    assigned.summary = QStringLiteral("+1 312-555-0100 assigned to Front Desk");
    QVERIFY(log.record(assigned));
    QCOMPARE(found(QStringLiteral("dental ")), 3); // added, changed, assigned
    QCOMPARE(found(QStringLiteral("acme front ")), 1);
    QCOMPARE(found(QStringLiteral("anna muller ")), 1); // the contact it was changed to
    QCOMPARE(found(QStringLiteral("\"zoe\" OR *")), 0); // no query syntax gets through
    // Pages of a word search continue after the last row seen, newest first.
    EventFilter every;
    every.text = QStringLiteral("asst-1098");
    const QList<WorkspaceEvent> first = log.page(every, 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.constFirst().summary, QStringLiteral("Acmeco line moved"));
    const QList<WorkspaceEvent> second
            = log.page(every, 1, EventCursor{first.constFirst().occurredAt, first.constFirst().id});
    QCOMPARE(second.size(), 1);
    QVERIFY(second.constFirst().summary.startsWith(QStringLiteral("+1 415")));
    QVERIFY(log.page(every, 1, EventCursor{second.constFirst().occurredAt, second.constFirst().id})
                    .isEmpty());
}

// Events written before the word index (version 10) are found by their words once migrated.
void TestEventLog::eventsOfAnOlderWorkspaceAreFoundByTheirWords()
{
    QTemporaryDir dir;
    const DatabaseLocation location
            = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("ten.db")));
    {
        DatabaseError error;
        auto old = WorkspaceDatabase::openAtVersion(location, 10, &error);
        QVERIFY2(old, qPrintable(error.message));
        WorkspaceEvent event;
        event.kind = EventKind::SettingChanged;
        event.summary = QStringLiteral("Default area code set to 312 by Zoë");
        QVERIFY(EventLog(*old).record(event));
    }
    DatabaseError error;
    auto migrated = WorkspaceDatabase::open(location, &error);
    QVERIFY2(migrated, qPrintable(error.message));
    QCOMPARE(migrated->schemaVersion(), latestSchemaVersion());
    EventFilter filter;
    filter.text = QStringLiteral("zoe area");
    QCOMPARE(EventLog(*migrated).count(filter), 1);
    // And what is written after it, too.
    WorkspaceEvent later;
    later.kind = EventKind::SettingChanged;
    later.summary = QStringLiteral("Area code cleared");
    QVERIFY(EventLog(*migrated).record(later));
    filter.text = QStringLiteral("area ");
    QCOMPARE(EventLog(*migrated).count(filter), 2);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "TestEventLog.moc"
