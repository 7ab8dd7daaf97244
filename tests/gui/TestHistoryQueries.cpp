// SPDX-License-Identifier: Apache-2.0
#include "core/history/HistoryQueries.h"
#include "core/storage/HistoryStore.h"

#include "FileSizeLimit.h"
#include "HistoryFixture.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#endif

using namespace Switchboard;

class TestHistoryQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersEveryTicketOnce();
    void cancellingAnswersAsCancelledOnce();
    void aCancelledExportLeavesNoFile();
    void anUnreadableWorkspaceAnswersWithItsReason();
    void anExportTheDiskRefusesIsReported_data();
    void anExportTheDiskRefusesIsReported();

private:
    static QHash<quint64, int> answers(const QSignalSpy &spy);

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    std::unique_ptr<HistoryStore> m_history;
    qint64 m_firstAttempt = 0;
};

void TestHistoryQueries::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY(m_workspace->isValid());
    m_history = std::make_unique<HistoryStore>(m_workspace->database());
    const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(m_workspace->database().connection().transaction());
    for (int i = 0; i < 300; ++i) {
        const ProvisioningAttempt a = Test::recordAttempt(*m_history, 1, QStringLiteral("acme"),
                QStringLiteral("Bot %1").arg(i), AttemptOutcome::Succeeded, Strategy::VapiFree,
                base.addSecs(i * 60LL));
        if (i == 0)
            m_firstAttempt = a.id;
    }
    QVERIFY(m_workspace->database().connection().commit());
}

void TestHistoryQueries::cleanup()
{
    m_history.reset();
    m_workspace.reset();
}

QHash<quint64, int> TestHistoryQueries::answers(const QSignalSpy &spy)
{
    QHash<quint64, int> count;
    for (const QList<QVariant> &signal : spy)
        ++count[signal.at(0).value<HistoryQueryResult>().ticket];
    return count;
}

void TestHistoryQueries::answersEveryTicketOnce()
{
    HistoryQueries queries(Test::openerFor(Test::databaseFileOf(*m_workspace)));
    QSignalSpy finished(&queries, &HistoryQueries::finished);
    QSignalSpy busy(&queries, &HistoryQueries::busyChanged);
    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("all.csv"));
    const QList<quint64> tickets{queries.fetchPage({}, 50), queries.fetchCount({}),
            queries.fetchAttempt(m_firstAttempt), queries.fetchAttempt(999999),
            queries.exportHistory({}, HistoryExport::Format::Csv, path)};
    QVERIFY(queries.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!queries.isBusy(), 10000);
    QTest::qWait(50); // nothing more may come
    const QHash<quint64, int> count = answers(finished);
    QCOMPARE(count.size(), tickets.size());
    for (quint64 ticket : tickets)
        QCOMPARE(count.value(ticket), 1);
    for (const QList<QVariant> &signal : finished) {
        const auto result = signal.at(0).value<HistoryQueryResult>();
        if (result.ticket == tickets.at(0)) {
            QCOMPARE(result.entries.size(), 50);
            QVERIFY(result.entries.constFirst().isAttempt()); // no kinds: attempts only
        } else if (result.ticket == tickets.at(1))
            QCOMPARE(result.number, 300);
        else if (result.ticket == tickets.at(2))
            QCOMPARE(result.attempts.constFirst().steps.size(), 2);
        else if (result.ticket == tickets.at(3))
            QVERIFY(result.error.contains(QStringLiteral("not in the history")));
        else
            QCOMPARE(result.number, 300);
    }
    QCOMPARE(busy.constFirst().at(0).toBool(), true);
    QCOMPARE(busy.constLast().at(0).toBool(), false);
    QVERIFY(QFile::exists(path));
}

void TestHistoryQueries::cancellingAnswersAsCancelledOnce()
{
    HistoryQueries queries(Test::openerFor(Test::databaseFileOf(*m_workspace)));
    QSignalSpy finished(&queries, &HistoryQueries::finished);
    HistoryFilter slow;
    slow.text = QStringLiteral("no such text anywhere");
    const quint64 count = queries.fetchCount(slow);
    const quint64 page = queries.fetchPage(slow, 200);
    queries.cancel(count);
    queries.cancel(page);
    queries.cancel(page); // twice: still one answer
    QVERIFY(finished.isEmpty()); // answered from the event loop, not from inside cancel()
    QTRY_VERIFY(!queries.isBusy());
    QTest::qWait(100);
    const QHash<quint64, int> counts = answers(finished);
    QCOMPARE(counts.value(count), 1);
    QCOMPARE(counts.value(page), 1);
    for (const QList<QVariant> &signal : finished)
        QVERIFY(signal.at(0).value<HistoryQueryResult>().cancelled);
}

void TestHistoryQueries::aCancelledExportLeavesNoFile()
{
    // Enough rows that the export is still running when the cancel comes, even on a busy
    // machine (an export that finished first would rightly have written its file).
    const QDateTime base(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(m_workspace->database().connection().transaction());
    for (int i = 0; i < 6000; ++i)
        Test::recordAttempt(*m_history, 2, QStringLiteral("zeta"), QStringLiteral("Line %1").arg(i),
                AttemptOutcome::Succeeded, Strategy::VapiFree, base.addSecs(i * 60LL));
    QVERIFY(m_workspace->database().connection().commit());
    HistoryQueries queries(Test::openerFor(Test::databaseFileOf(*m_workspace)));
    QSignalSpy finished(&queries, &HistoryQueries::finished);
    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("cancelled.json"));
    const quint64 ticket = queries.exportHistory({}, HistoryExport::Format::Json, path);
    queries.cancel(ticket);
    QTRY_VERIFY(!queries.isBusy());
    QTest::qWait(100); // the worker has finished with it too
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<HistoryQueryResult>().cancelled);
    QVERIFY(!QFile::exists(path));
}

void TestHistoryQueries::anUnreadableWorkspaceAnswersWithItsReason()
{
    HistoryQueries queries([](DatabaseError *error) {
        error->kind = DatabaseError::Kind::CannotOpen;
        error->message = QStringLiteral("The workspace cannot be opened: disk full.");
        return std::unique_ptr<WorkspaceDatabase>();
    });
    QSignalSpy finished(&queries, &HistoryQueries::finished);
    queries.fetchPage({}, 10);
    queries.fetchCount({});
    QTRY_COMPARE(finished.size(), 2);
    for (const QList<QVariant> &signal : finished)
        QCOMPARE(signal.at(0).value<HistoryQueryResult>().error,
                QStringLiteral("The workspace cannot be opened: disk full."));
}

void TestHistoryQueries::anExportTheDiskRefusesIsReported_data()
{
    QTest::addColumn<bool>("small");
    // A small export fits the file's buffer, so the disk says no only when it is committed.
    QTest::newRow("small") << true;
    QTest::newRow("large") << false;
}

void TestHistoryQueries::anExportTheDiskRefusesIsReported()
{
#ifdef Q_OS_UNIX
    QFETCH(bool, small);
    const QString path = QDir(m_workspace->path()).filePath(QStringLiteral("history.csv"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the export of last week\n");
    }
    HistoryQueries queries(Test::openerFor(Test::databaseFileOf(*m_workspace)));
    QSignalSpy finished(&queries, &HistoryQueries::finished);
    queries.fetchCount({}); // the worker opens the workspace before the disk "fills up"
    QTRY_VERIFY(!queries.isBusy());

    // A file-size limit makes a write fail at the same place as a full disk does.
    Test::FileSizeLimit limit(64);
    QVERIFY(limit.isSet());
    HistoryFilter filter;
    if (small)
        filter.text = QStringLiteral("299");
    const quint64 ticket = queries.exportHistory(filter, HistoryExport::Format::Csv, path);
    QTRY_VERIFY(!queries.isBusy());
    limit.release();

    const HistoryQueryResult result = finished.constLast().at(0).value<HistoryQueryResult>();
    QCOMPARE(result.ticket, ticket);
    QVERIFY(!result.succeeded());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("File too large")), qPrintable(result.error));
    // The file that was there is left as it was, not replaced by a short one.
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("the export of last week\n"));
#else
    QSKIP("needs a file-size limit (setrlimit)");
#endif
}

QTEST_GUILESS_MAIN(TestHistoryQueries)
#include "TestHistoryQueries.moc"
