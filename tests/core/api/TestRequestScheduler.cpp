// SPDX-License-Identifier: Apache-2.0
#include "core/api/RequestScheduler.h"

#include <QElapsedTimer>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Switchboard;

// The scheduler driven by fake work: each "request" is a QTimer that releases its ticket.
class TestRequestScheduler : public QObject
{
    Q_OBJECT

    struct Run
    {
        explicit Run(RequestScheduler &s)
            : scheduler(s)
        { }

        RequestScheduler &scheduler;
        QObject context;
        QList<int> startOrder;
        int done = 0;

        // `work` ms of fake work per request.
        void add(int id, const QString &host, const QString &account, int work)
        {
            scheduler.enqueue(
                    host, account, &context, [this, id, work](RequestScheduler::Ticket ticket) {
                        startOrder.append(id);
                        QTimer::singleShot(work, &context, [this, ticket] {
                            scheduler.release(ticket);
                            ++done;
                        });
                    });
        }
    };

private Q_SLOTS:
    void inFlightLimitPerHost_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("4 (default)") << 4;
        QTest::newRow("8") << 8;
    }
    void inFlightLimitPerHost()
    {
        QFETCH(int, limit);
        RequestScheduler scheduler({limit, 0, 1});
        Run run(scheduler);
        for (int i = 0; i < 30; ++i)
            run.add(i, QStringLiteral("a:443"), QStringLiteral("acct"), 5);
        QCOMPARE(scheduler.inFlight(QStringLiteral("a:443")), limit);
        QCOMPARE(scheduler.queued(), 30 - limit);
        QTRY_COMPARE_WITH_TIMEOUT(run.done, 30, 10000);
        QCOMPARE(scheduler.peakInFlight(QStringLiteral("a:443")), limit);
        QCOMPARE(scheduler.inFlight(QStringLiteral("a:443")), 0);
        QCOMPARE(scheduler.queued(), 0);
        // First come, first served.
        QList<int> expected;
        for (int i = 0; i < 30; ++i)
            expected.append(i);
        QCOMPARE(run.startOrder, expected);
    }

    void hostsAreIndependent()
    {
        RequestScheduler scheduler({1, 0, 1});
        Run run(scheduler);
        run.add(1, QStringLiteral("a:443"), QStringLiteral("x"), 20);
        run.add(2, QStringLiteral("a:443"), QStringLiteral("x"), 20);
        run.add(3, QStringLiteral("b:443"), QStringLiteral("x"), 20);
        // b's request does not wait behind a's queue.
        QCOMPARE(run.startOrder, (QList<int>{1, 3}));
        QTRY_COMPARE(run.done, 3);
        QCOMPARE(run.startOrder, (QList<int>{1, 3, 2}));
    }

    void tokenBucketPerAccount()
    {
        // Burst 3, then 20 per second: 10 instant requests need at least 7 / 20 s = 350 ms.
        RequestScheduler scheduler({100, 20, 3});
        Run run(scheduler);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i)
            run.add(i, QStringLiteral("h:1"), QStringLiteral("acct"), 0);
        QCOMPARE(run.startOrder.size(), 3); // the burst starts at once
        // Another account has its own bucket.
        run.add(100, QStringLiteral("h:1"), QStringLiteral("other"), 0);
        QCOMPARE(run.startOrder.size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(run.done, 11, 10000);
        QVERIFY2(clock.elapsed() >= 340, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.startOrder.mid(4), (QList<int>{3, 4, 5, 6, 7, 8, 9}));
    }

    void deadContextNeverStarts()
    {
        RequestScheduler scheduler({1, 0, 1});
        QObject holder;
        RequestScheduler::Ticket first = 0;
        scheduler.enqueue(QStringLiteral("h:1"), QStringLiteral("a"), &holder,
                [&first](RequestScheduler::Ticket t) { first = t; });
        bool started = false;
        auto *context = new QObject;
        scheduler.enqueue(QStringLiteral("h:1"), QStringLiteral("a"), context,
                [&started](RequestScheduler::Ticket) { started = true; });
        QCOMPARE(scheduler.queued(), 1);
        delete context;
        QCOMPARE(scheduler.queued(), 0);
        scheduler.release(first);
        QVERIFY(!started);
        QCOMPARE(scheduler.inFlight(QStringLiteral("h:1")), 0);
    }

    void releasingAQueuedTicketDropsIt()
    {
        RequestScheduler scheduler({1, 0, 1});
        QObject context;
        RequestScheduler::Ticket first = 0;
        scheduler.enqueue(QStringLiteral("h:1"), QStringLiteral("a"), &context,
                [&first](RequestScheduler::Ticket t) { first = t; });
        bool started = false;
        const RequestScheduler::Ticket second
                = scheduler.enqueue(QStringLiteral("h:1"), QStringLiteral("a"), &context,
                        [&started](RequestScheduler::Ticket) { started = true; });
        scheduler.release(second);
        QCOMPARE(scheduler.queued(), 0);
        scheduler.release(first);
        QVERIFY(!started);
        scheduler.release(first); // twice is harmless
        QCOMPARE(scheduler.inFlight(QStringLiteral("h:1")), 0);
    }

    void startMayReleaseAtOnce()
    {
        // A request that fails synchronously inside start() releases its ticket re-entrantly.
        RequestScheduler scheduler({1, 0, 1});
        QObject context;
        int started = 0;
        for (int i = 0; i < 5; ++i) {
            scheduler.enqueue(QStringLiteral("h:1"), QStringLiteral("a"), &context,
                    [&](RequestScheduler::Ticket t) {
                        ++started;
                        scheduler.release(t);
                    });
        }
        QCOMPARE(started, 5);
        QCOMPARE(scheduler.inFlight(QStringLiteral("h:1")), 0);
        QCOMPARE(scheduler.peakInFlight(QStringLiteral("h:1")), 1);
    }

    void raisingTheLimitStartsMore()
    {
        RequestScheduler scheduler({1, 0, 1});
        Run run(scheduler);
        for (int i = 0; i < 4; ++i)
            run.add(i, QStringLiteral("h:1"), QStringLiteral("a"), 50);
        QCOMPARE(run.startOrder.size(), 1);
        scheduler.setLimits({3, 0, 1});
        QCOMPARE(run.startOrder.size(), 3);
        QTRY_COMPARE(run.done, 4);
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "TestRequestScheduler.moc"
