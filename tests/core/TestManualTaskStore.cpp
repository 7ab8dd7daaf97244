// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ManualTaskStore.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

class TestManualTaskStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCarriesReasons();
    void oneOpenTaskPerAssistant();
    void completeAndCancel();
};

void TestManualTaskStore::openCarriesReasons()
{
    Test::TempWorkspace ws;
    ManualTaskStore tasks(ws.database());
    QSignalSpy changed(&tasks, &ManualTaskStore::changed);
    ManualTask task;
    task.assistantId = QStringLiteral("a1");
    task.assistantName = QStringLiteral("Front desk");
    task.reasons = {QStringLiteral("vapi-free: 10 of 10 used"),
            QStringLiteral("organization-twilio: pool empty")};
    task.instructions = QStringLiteral("Buy a number in Twilio and enter it here.");
    QVERIFY(tasks.open(task));
    QVERIFY(task.id > 0);
    QCOMPARE(changed.count(), 1);

    const auto read = tasks.task(task.id);
    QVERIFY(read);
    QCOMPARE(read->reasons, task.reasons);
    QCOMPARE(read->instructions, task.instructions);
    QVERIFY(read->state == ManualTaskState::Open);
    QCOMPARE(tasks.tasks().size(), 1);
}

void TestManualTaskStore::oneOpenTaskPerAssistant()
{
    Test::TempWorkspace ws;
    ManualTaskStore tasks(ws.database());
    ManualTask first;
    first.assistantId = QStringLiteral("a1");
    first.reasons = {QStringLiteral("first")};
    QVERIFY(tasks.open(first));
    ManualTask second;
    second.assistantId = QStringLiteral("a1");
    second.reasons = {QStringLiteral("second")};
    QVERIFY(tasks.open(second));
    QCOMPARE(second.id, first.id); // the existing task, not a duplicate
    QCOMPARE(second.reasons, QStringList{QStringLiteral("first")});
    QCOMPARE(tasks.tasks().size(), 1);
}

void TestManualTaskStore::completeAndCancel()
{
    Test::TempWorkspace ws;
    ManualTaskStore tasks(ws.database());
    ManualTask a;
    a.assistantId = QStringLiteral("a1");
    ManualTask b;
    b.assistantId = QStringLiteral("a2");
    QVERIFY(tasks.open(a));
    QVERIFY(tasks.open(b));

    QVERIFY(tasks.complete(a.id, QStringLiteral("+14155550100"), QStringLiteral("n1")));
    QVERIFY(tasks.cancel(b.id));
    const WriteResult again
            = tasks.complete(a.id, QStringLiteral("+14155550101"), QStringLiteral("n2"));
    QVERIFY(again.kind() == WriteResult::Kind::NotFound);
    QVERIFY2(again.message().contains(QStringLiteral("no longer open")),
            qPrintable(again.message()));

    QVERIFY(tasks.tasks().isEmpty());
    QCOMPARE(tasks.tasks(std::nullopt).size(), 2);
    const auto done = tasks.task(a.id);
    QVERIFY(done->state == ManualTaskState::Completed);
    QCOMPARE(done->resolution, QStringLiteral("+14155550100"));
    QCOMPARE(done->phoneNumberId, QStringLiteral("n1"));
    QVERIFY(done->completedAt.isValid());

    // The assistant can get a new task after the old one closed.
    ManualTask next;
    next.assistantId = QStringLiteral("a1");
    QVERIFY(tasks.open(next));
    QVERIFY(next.id != a.id);
}

QTEST_GUILESS_MAIN(TestManualTaskStore)
#include "TestManualTaskStore.moc"
