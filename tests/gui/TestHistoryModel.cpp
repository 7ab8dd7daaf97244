// SPDX-License-Identifier: Apache-2.0
#include "core/history/HistoryQueries.h"
#include "core/storage/EventLog.h"
#include "core/storage/HistoryStore.h"
#include "gui/models/HistoryModel.h"

#include "HistoryFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace Switchboard;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesArriveNewestFirst();
    void fetchesOnlyOnDemand();
    void filters_data();
    void filters();
    void newFilterReplacesTheRows();
    void followsNewAndChangedAttempts();
    void staleAnswersAreDropped();
    void reportsAnUnreadableWorkspace();
    void pagesTheTimelineOfAttemptsAndEvents();

private:
    void addManyAttempts(int count);
    void addFilterFixture();
    bool waitForPage(HistoryModel &model);

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistoryQueries> m_queries;
    const QDateTime m_base = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
};

void TestHistoryModel::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->errorString()));
    m_history = std::make_unique<HistoryStore>(m_workspace->database());
    m_queries
            = std::make_unique<HistoryQueries>(Test::openerFor(Test::databaseFileOf(*m_workspace)));
}

void TestHistoryModel::cleanup()
{
    m_queries.reset();
    m_history.reset();
    m_workspace.reset();
}

void TestHistoryModel::addManyAttempts(int count)
{
    QSqlDatabase db = m_workspace->database().connection();
    QVERIFY(db.transaction());
    for (int i = 0; i < count; ++i) {
        Test::recordAttempt(*m_history, 1, QStringLiteral("acme"), QStringLiteral("Bot %1").arg(i),
                AttemptOutcome::Succeeded, Strategy::VapiFree, m_base.addSecs(60LL * i));
    }
    QVERIFY(db.commit());
}

// Ten attempts over six days in two organizations.
void TestHistoryModel::addFilterFixture()
{
    const auto at = [this](int day) { return m_base.addDays(day - 1); };
    for (int day = 1; day <= 3; ++day)
        Test::recordAttempt(*m_history, 1, QStringLiteral("acme"),
                QStringLiteral("Acme Desk %1").arg(day), AttemptOutcome::Succeeded,
                Strategy::VapiFree, at(day));
    for (int day = 4; day <= 5; ++day)
        Test::recordAttempt(*m_history, 1, QStringLiteral("acme"),
                QStringLiteral("Acme Desk %1").arg(day), AttemptOutcome::Failed, std::nullopt,
                at(day));
    Test::recordAttempt(*m_history, 1, QStringLiteral("acme"), QStringLiteral("Reception"),
            AttemptOutcome::Succeeded, Strategy::WorkspaceTwilio, at(6));
    for (int day = 1; day <= 4; ++day)
        Test::recordAttempt(*m_history, 2, QStringLiteral("zeta"),
                QStringLiteral("Zeta Line %1").arg(day), AttemptOutcome::Succeeded,
                Strategy::OrganizationTwilio, at(day).addSecs(30));
}

bool TestHistoryModel::waitForPage(HistoryModel &model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &HistoryModel::pageLoaded);
    return loaded.wait(10000);
}

void TestHistoryModel::pagesArriveNewestFirst()
{
    addManyAttempts(450);
    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    model.setFilter({});
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(resets.count(), 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore({});
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(inserts.at(0).at(1).toInt(), 200);
    QCOMPARE(inserts.at(0).at(2).toInt(), 399);
    QCOMPARE(inserts.at(1).at(1).toInt(), 400);
    QCOMPARE(inserts.at(1).at(2).toInt(), 449);
    QVERIFY(model.isAtEnd());
    QVERIFY(!model.canFetchMore({}));

    // Newest first, across the page boundaries, each attempt once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(HistoryModel::AttemptIdRole).toLongLong());
        if (row > 0)
            QVERIFY(model.index(row - 1, 0).data(HistoryModel::StartedAtRole).toDateTime()
                    > model.index(row, 0).data(HistoryModel::StartedAtRole).toDateTime());
    }
    QCOMPARE(ids.size(), 450);
    QCOMPARE(model.index(0, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Bot 449"));
    QCOMPARE(model.index(449, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Bot 0"));
    QTRY_COMPARE(model.totalCount(), qint64(450));
}

void TestHistoryModel::fetchesOnlyOnDemand()
{
    addManyAttempts(250);
    HistoryModel model(*m_queries);
    QVERIFY(!model.canFetchMore({})); // nothing asked for yet
    model.setFilter({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // not while a page is on its way
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize); // no page it was not asked for

    model.fetchMore({});
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
}

void TestHistoryModel::filters_data()
{
    QTest::addColumn<qint64>("organizationId");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("sinceDay");
    QTest::addColumn<int>("untilDay");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("none") << qint64(0) << QString() << QString() << 0 << 0 << QString() << 10;
    QTest::newRow("organization") << qint64(1) << QString() << QString() << 0 << 0 << QString()
                                  << 6;
    QTest::newRow("outcome") << qint64(0) << QStringLiteral("failed") << QString() << 0 << 0
                             << QString() << 2;
    QTest::newRow("strategy") << qint64(0) << QString() << QStringLiteral("organization-twilio")
                              << 0 << 0 << QString() << 4;
    QTest::newRow("since") << qint64(0) << QString() << QString() << 4 << 0 << QString() << 4;
    QTest::newRow("until (exclusive)")
            << qint64(0) << QString() << QString() << 0 << 2 << QString() << 2;
    QTest::newRow("text in a name")
            << qint64(0) << QString() << QString() << 0 << 0 << QStringLiteral("recep") << 1;
    QTest::newRow("text in a slug")
            << qint64(0) << QString() << QString() << 0 << 0 << QStringLiteral("ZETA") << 4;
    QTest::newRow("combined") << qint64(1) << QStringLiteral("succeeded")
                              << QStringLiteral("vapi-free") << 2 << 0 << QString() << 2;
    QTest::newRow("nothing") << qint64(2) << QStringLiteral("failed") << QString() << 0 << 0
                             << QString() << 0;
}

void TestHistoryModel::filters()
{
    QFETCH(qint64, organizationId);
    QFETCH(QString, outcome);
    QFETCH(QString, strategy);
    QFETCH(int, sinceDay);
    QFETCH(int, untilDay);
    QFETCH(QString, text);
    QFETCH(int, expected);

    addFilterFixture();
    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryFilter filter;
    filter.organizationId = organizationId;
    filter.outcome = attemptOutcomeFromString(outcome);
    filter.strategy = strategyFromString(strategy);
    if (sinceDay)
        filter.since = QDateTime(m_base.date().addDays(sinceDay - 1), QTime(0, 0), Qt::UTC);
    if (untilDay)
        filter.until = QDateTime(m_base.date().addDays(untilDay - 1), QTime(0, 0), Qt::UTC);
    filter.text = text;
    model.setFilter(filter);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), expected);
    QTRY_COMPARE(model.totalCount(), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (organizationId)
            QCOMPARE(model.index(row, 0).data(HistoryModel::OrganizationIdRole).toLongLong(),
                    organizationId);
        if (!outcome.isEmpty())
            QCOMPARE(model.index(row, 0).data(HistoryModel::OutcomeRole).toString(), outcome);
    }
}

void TestHistoryModel::newFilterReplacesTheRows()
{
    addFilterFixture();
    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 10);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    HistoryFilter failed;
    failed.outcome = AttemptOutcome::Failed;
    model.setFilter(failed);
    QCOMPARE(model.rowCount(), 10); // the old rows stay until the new ones are there
    QVERIFY(model.isLoading());
    QCOMPARE(model.totalCount(), qint64(-1));
    QVERIFY(waitForPage(model));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("Failed"));
}

void TestHistoryModel::followsNewAndChangedAttempts()
{
    addFilterFixture();
    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_history.get(), &HistoryStore::attemptChanged, &model, &HistoryModel::attemptChanged);
    model.setFilter({});
    QVERIFY(waitForPage(model));

    // A new attempt in flight appears at the top without disturbing the rows below.
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ProvisioningAttempt attempt;
    attempt.organizationId = 1;
    attempt.organizationSlug = QStringLiteral("acme");
    attempt.assistantId = QStringLiteral("asst-new");
    attempt.assistantName = QStringLiteral("Night Line");
    attempt.startedAt = m_base.addDays(30);
    QVERIFY(m_history->beginAttempt(attempt));
    QVERIFY(inserts.wait(5000));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Night Line"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::OutcomeRole).toString(),
            QStringLiteral("in-flight"));
    QTRY_COMPARE(model.totalCount(), qint64(11));

    // Its completion updates the row in place.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    attempt.outcome = AttemptOutcome::Succeeded;
    attempt.strategy = Strategy::VapiFree;
    attempt.summary = QStringLiteral("Night Line got a free number");
    QVERIFY(m_history->finishAttempt(attempt));
    QTRY_COMPARE(model.index(0, 0).data(HistoryModel::OutcomeRole).toString(),
            QStringLiteral("succeeded"));
    QVERIFY(changes.count() >= 1);
    QCOMPARE(model.rowCount(), 11);
}

void TestHistoryModel::staleAnswersAreDropped()
{
    addFilterFixture();
    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryFilter zeta;
    zeta.organizationId = 2;
    HistoryFilter failed;
    failed.outcome = AttemptOutcome::Failed;
    model.setFilter({});
    model.setFilter(zeta);
    model.setFilter(failed); // only this one counts
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.totalCount(), qint64(2));
    QTRY_VERIFY(!m_queries->isBusy());
    QCOMPARE(model.rowCount(), 2);
}

void TestHistoryModel::reportsAnUnreadableWorkspace()
{
    HistoryQueries broken([](DatabaseError *error) {
        error->kind = DatabaseError::Kind::CannotOpen;
        error->message = QStringLiteral("The workspace /nowhere cannot be opened.");
        return std::unique_ptr<WorkspaceDatabase>();
    });
    HistoryModel model(broken);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &HistoryModel::loadFailed);
    model.setFilter({});
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toString(),
            QStringLiteral("The workspace /nowhere cannot be opened."));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
}

// Issue 18: the History tab's one timeline. 300 attempts and 250 events interleaved in time,
// some at the very same moment, read page by page (200 a page) from both streams: every record
// once, newest first, an attempt before an event of the same moment; the count splits them.
void TestHistoryModel::pagesTheTimelineOfAttemptsAndEvents()
{
    addManyAttempts(300); // one a minute from m_base
    EventLog log(m_workspace->database());
    QSqlDatabase db = m_workspace->database().connection();
    QVERIFY(db.transaction());
    for (int i = 0; i < 250; ++i) {
        WorkspaceEvent event;
        event.kind = EventKind::SettingChanged;
        // Every fifth at the same moment as an attempt, the others between two.
        event.occurredAt = m_base.addSecs(60LL * i + (i % 5 == 0 ? 0 : 30));
        event.summary = QStringLiteral("Setting %1 changed").arg(i);
        QVERIFY(log.record(event));
    }
    QVERIFY(db.commit());

    HistoryModel model(*m_queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordKinds everything;
    everything.allEvents = true;
    model.setFilter({}, everything);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QTRY_COMPARE(model.totalCount(), 550);
    QCOMPARE(model.eventCount(), 250);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(waitForPage(model));
    }
    QCOMPARE(model.rowCount(), 550);
    QSet<qint64> attempts;
    QSet<qint64> events;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TimelineEntry &entry = model.entryAt(row);
        if (entry.isAttempt())
            attempts.insert(entry.id());
        else
            events.insert(entry.id());
        if (row > 0) {
            const TimelineEntry &above = model.entryAt(row - 1);
            QVERIFY2(above.isListedBefore(entry), qPrintable(QString::number(row)));
            QVERIFY(above.time() >= entry.time());
            if (above.time() == entry.time())
                QVERIFY2(above.isAttempt() && !entry.isAttempt(), qPrintable(QString::number(row)));
        }
    }
    QCOMPARE(attempts.size(), 300);
    QCOMPARE(events.size(), 250);
    QCOMPARE(model.index(0, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Bot 299"));
    QCOMPARE(model.index(549, HistoryModel::SummaryColumn).data().toString(),
            QStringLiteral("Setting 0 changed")); // at m_base, after Bot 0's attempt
    QCOMPARE(model.index(548, HistoryModel::AssistantColumn).data().toString(),
            QStringLiteral("Bot 0"));

    // A new event goes on top, once, whichever store records it: the history announces every
    // event committed on its connection.
    connect(m_history.get(), &HistoryStore::eventsChanged, &model, &HistoryModel::eventsChanged);
    WorkspaceEvent later;
    later.kind = EventKind::SettingChanged;
    later.summary = QStringLiteral("Setting changed just now");
    QVERIFY(log.record(later));
    QTRY_COMPARE(model.rowCount(), 551);
    QCOMPARE(model.index(0, HistoryModel::SummaryColumn).data().toString(),
            QStringLiteral("Setting changed just now"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::EventIdRole).toLongLong(), later.id);
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "TestHistoryModel.moc"
