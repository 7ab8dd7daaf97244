// SPDX-License-Identifier: Apache-2.0
// Assigning and unassigning numbers against the sandbox (NumberAssignment, used by the console
// and `number assign|unassign`): judged by what the sandbox's Vapi holds, and by the requests
// that reached it. Another customer's assistant is refused before anything is sent.
#include "EngineFixture.h"

#include "core/provisioning/NumberAssignment.h"

using namespace Switchboard;
using Test::EngineFixture;

namespace {

NumberAssignment::Outcome assign(
        EngineFixture &f, const QString &numberId, const QString &assistantId)
{
    NumberAssignment assignment(f.engine->services());
    std::optional<NumberAssignment::Outcome> outcome;
    int calls = 0;
    assignment.assign(numberId, assistantId, [&](const NumberAssignment::Outcome &o) {
        outcome = o;
        ++calls;
    });
    if (calls != 0)
        qFatal("the outcome came inside the call");
    if (!QTest::qWaitFor([&] { return calls > 0; }, 15000))
        qFatal("no outcome");
    QTest::qWait(20); // a second call would show here
    if (calls != 1)
        qFatal("the outcome came %d times", calls);
    return *outcome;
}

// The assistant the sandbox's Vapi routes this number to ("" for none).
QString routedTo(EngineFixture &f, const QString &numberId)
{
    for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs) {
        for (const Sandbox::VapiNumberRecord &number : org.phoneNumbers) {
            if (number.id == numberId)
                return number.fields.value(QStringLiteral("assistantId")).toString();
        }
    }
    return QStringLiteral("(not in Vapi)");
}

int patches(EngineFixture &f)
{
    return int(f.sandbox.requestLog()
                       .matching(QStringLiteral("PATCH"), QStringLiteral("/phone-number/*"))
                       .size());
}

} // namespace

class TestNumberAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignAndUnassignWithinAnOrganization();
    void anotherCustomersAssistantIsRefusedBeforeAnythingIsSent();
    void unknownNumbersAndAssistantsAreNotFound();
    void assigningToAWaitingAssistantClosesItsTask();
    void aRefusedPatchIsRecordedAsFailed();
};

void TestNumberAssignment::assignAndUnassignWithinAnOrganization()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    const ProvisioningResult provisioned = f.provision(acme, assistants.at(0));
    QVERIFY2(!provisioned.number.id.isEmpty(), qPrintable(provisioned.summary));
    const QString numberId = provisioned.number.id;
    QCOMPARE(routedTo(f, numberId), assistants.at(0));

    NumberAssignment::Outcome outcome = assign(f, numberId, assistants.at(1));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.message));
    QCOMPARE(routedTo(f, numberId), assistants.at(1));
    QCOMPARE(f.directory.number(numberId)->assistantId, assistants.at(1));

    outcome = assign(f, numberId, QString());
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.message));
    QCOMPARE(routedTo(f, numberId), QString());
    QVERIFY(!f.directory.number(numberId)->isAssigned());

    // Nothing to change: said, and nothing sent.
    const int before = patches(f);
    outcome = assign(f, numberId, QString());
    QVERIFY(outcome.result.ok());
    QCOMPARE(patches(f), before);

    // On record once each, with who did it: what was sent, not what was already so.
    const QList<WorkspaceEvent> assigned = f.events(EventKind::NumberAssigned);
    QCOMPARE(assigned.size(), 1);
    QVERIFY(!assigned.first().failed);
    QCOMPARE(assigned.first().assistantId, assistants.at(1));
    QCOMPARE(assigned.first().phoneNumberId, numberId);
    QCOMPARE(assigned.first().organizationSlug, QStringLiteral("acme"));
    QCOMPARE(assigned.first().operatorName, f.workspace.database().operatorName());
    const QList<WorkspaceEvent> unassigned = f.events(EventKind::NumberUnassigned);
    QCOMPARE(unassigned.size(), 1);
    QCOMPARE(unassigned.first().assistantId, assistants.at(1)); // whom it stopped answering
}

void TestNumberAssignment::aRefusedPatchIsRecordedAsFailed()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    const ProvisioningResult provisioned = f.provision(acme, assistants.at(0));
    QVERIFY2(!provisioned.number.id.isEmpty(), qPrintable(provisioned.summary));
    QString error;
    const auto rule = Sandbox::FaultRule::parse(
            QStringLiteral("503@PATCH /phone-number/*,count=20"), &error);
    QVERIFY2(rule, qPrintable(error));
    f.sandbox.faults().add(*rule);

    const NumberAssignment::Outcome outcome = assign(f, provisioned.number.id, assistants.at(1));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(routedTo(f, provisioned.number.id), assistants.at(0));
    // What failed is on record, never as a success.
    const QList<WorkspaceEvent> assigned = f.events(EventKind::NumberAssigned);
    QCOMPARE(assigned.size(), 1);
    QVERIFY(assigned.first().failed);
    QVERIFY2(assigned.first().summary.contains(QStringLiteral("was not assigned")),
            qPrintable(assigned.first().summary));
}

void TestNumberAssignment::anotherCustomersAssistantIsRefusedBeforeAnythingIsSent()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    // Both customers share the workspace's Vapi account: Vapi itself would accept the PATCH.
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const Organization zeta = f.addOrganization(QStringLiteral("zeta"));
    const QStringList acmeAssistants = f.createAssistants(acme, 1);
    const QStringList zetaAssistants = f.createAssistants(zeta, 1);
    const ProvisioningResult provisioned = f.provision(acme, acmeAssistants.at(0));
    QVERIFY2(!provisioned.number.id.isEmpty(), qPrintable(provisioned.summary));

    const int before = patches(f);
    const NumberAssignment::Outcome outcome
            = assign(f, provisioned.number.id, zetaAssistants.at(0));
    QVERIFY(outcome.result.kind() == WriteResult::Kind::Refused);
    QCOMPARE(outcome.result.field(), QStringLiteral("assistant"));
    QVERIFY2(outcome.message.contains(QStringLiteral("another customer")),
            qPrintable(outcome.message));
    QCOMPARE(patches(f), before);
    QCOMPARE(routedTo(f, provisioned.number.id), acmeAssistants.at(0));
}

void TestNumberAssignment::unknownNumbersAndAssistantsAreNotFound()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 1);
    const ProvisioningResult provisioned = f.provision(acme, assistants.at(0));
    QVERIFY(!provisioned.number.id.isEmpty());

    NumberAssignment::Outcome outcome = assign(f, QStringLiteral("no-such-number"), {});
    QVERIFY(outcome.result.kind() == WriteResult::Kind::NotFound);
    outcome = assign(f, provisioned.number.id, QStringLiteral("no-such-assistant"));
    QVERIFY(outcome.result.kind() == WriteResult::Kind::NotFound);
    QCOMPARE(outcome.result.field(), QStringLiteral("assistant"));
    QCOMPARE(patches(f), 0);
}

// Found on the console: a number given from the Numbers tab to an assistant that waits in the
// manual queue left its task open ("Waiting in the manual queue" beside its number), and the
// assistant that gave it up still showed it (its Assign list offered it).
void TestNumberAssignment::assigningToAWaitingAssistantClosesItsTask()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(1));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QStringList assistants = f.createAssistants(acme, 2);
    const ProvisioningResult first = f.provision(acme, assistants.at(0));
    QVERIFY2(!first.number.id.isEmpty(), qPrintable(first.summary));
    const ProvisioningResult second = f.provision(acme, assistants.at(1));
    QVERIFY2(second.number.id.isEmpty(), qPrintable(second.summary));
    const std::optional<ManualTask> task = f.tasks.openTaskFor(assistants.at(1));
    QVERIFY2(task.has_value(), "the second assistant should wait in the manual queue");

    const NumberAssignment::Outcome outcome = assign(f, first.number.id, assistants.at(1));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.message));
    QCOMPARE(routedTo(f, first.number.id), assistants.at(1)); // what Vapi holds
    const QString secondName = f.directory.assistant(assistants.at(1))->name;
    QVERIFY2(outcome.message.contains(secondName), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("#%1").arg(task->id)),
            qPrintable(outcome.message));

    QVERIFY(!f.tasks.openTaskFor(assistants.at(1)).has_value());
    const std::optional<ManualTask> closed = f.tasks.task(task->id);
    QVERIFY(closed.has_value());
    QVERIFY(closed->state == ManualTaskState::Completed);
    QCOMPARE(closed->phoneNumberId, first.number.id);
    QCOMPARE(f.directory.assistant(assistants.at(1))->phoneNumberId, first.number.id);
    QVERIFY(f.directory.assistant(assistants.at(0))->phoneNumberId.isEmpty());
}

QTEST_GUILESS_MAIN(TestNumberAssignment)
#include "TestNumberAssignment.moc"
