// SPDX-License-Identifier: Apache-2.0
#include "core/storage/HistoryStore.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace Switchboard;

namespace {

ProvisioningAttempt makeAttempt(const QString &assistantId, const QString &name,
        const QString &slug, const QDateTime &startedAt)
{
    ProvisioningAttempt a;
    a.organizationId = 1;
    a.organizationSlug = slug;
    a.assistantId = assistantId;
    a.assistantName = name;
    a.startedAt = startedAt;
    return a;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attemptLifecycle();
    void secondInFlightAttemptIsRefused();
    void finishedRowsCannotChange();
    void filtersAndKeysetPaging();
    void textSearchMatchesWordsAndTheLastAsAPrefix();
    void textSearchFindsNumbersWithOrWithoutCountryCode();
    void textSearchSeesWhatAnAttemptFinishedWith();
    void textSearchSyntaxCharactersAreInert();
    void textSearchPagesThroughEveryMatchOnce();
    void inFlightAttemptsAreListedForReconciliation();
};

void TestHistoryStore::attemptLifecycle()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    QSignalSpy changed(&history, &HistoryStore::attemptChanged);

    ProvisioningAttempt attempt = makeAttempt(
            QStringLiteral("a1"), QStringLiteral("Front desk"), QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(attempt));
    QVERIFY(attempt.id > 0);
    QVERIFY(attempt.startedAt.isValid());

    ProvisioningStep skipped;
    skipped.attemptId = attempt.id;
    skipped.sequence = 1;
    skipped.strategy = Strategy::VapiFree;
    skipped.status = StepStatus::Skipped;
    skipped.reason = QStringLiteral("10 of 10 free numbers used");
    QVERIFY(history.recordStep(skipped));

    ProvisioningStep twilio;
    twilio.attemptId = attempt.id;
    twilio.sequence = 2;
    twilio.strategy = Strategy::OrganizationTwilio;
    twilio.status = StepStatus::InFlight;
    twilio.requestTag = QStringLiteral("sb-tag-1");
    QVERIFY(history.recordStep(twilio));
    twilio.status = StepStatus::Succeeded;
    twilio.reason = QStringLiteral("imported +14155550100");
    QVERIFY(history.finishStep(twilio));

    attempt.outcome = AttemptOutcome::Succeeded;
    attempt.strategy = Strategy::OrganizationTwilio;
    attempt.phoneNumberId = QStringLiteral("n1");
    attempt.address = PhoneAddress::fromNumber(QStringLiteral("+14155550100"));
    attempt.summary = QStringLiteral("Twilio number imported");
    QVERIFY(history.finishAttempt(attempt));
    QCOMPARE(changed.count(), 5);

    const auto read = history.attempt(attempt.id);
    QVERIFY(read);
    QVERIFY(read->outcome == AttemptOutcome::Succeeded);
    QVERIFY(read->strategy == Strategy::OrganizationTwilio);
    QCOMPARE(read->address.toString(), QStringLiteral("+14155550100"));
    QCOMPARE(read->steps.size(), 2);
    QVERIFY(read->steps.at(0).status == StepStatus::Skipped);
    QCOMPARE(read->steps.at(0).reason, QStringLiteral("10 of 10 free numbers used"));
    QCOMPARE(read->steps.at(0).durationMs(), 0);
    QVERIFY(read->steps.at(1).status == StepStatus::Succeeded);
    QCOMPARE(read->steps.at(1).requestTag, QStringLiteral("sb-tag-1"));
    QVERIFY(read->steps.at(1).durationMs() >= 0);
}

void TestHistoryStore::secondInFlightAttemptIsRefused()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt first = makeAttempt(QStringLiteral("a1"), {}, QStringLiteral("acme"), {});
    ProvisioningAttempt second = first;
    QVERIFY(history.beginAttempt(first));
    const WriteResult refused = history.beginAttempt(second);
    QVERIFY(refused.kind() == WriteResult::Kind::Refused);
    QCOMPARE(refused.field(), QStringLiteral("assistant"));
    QVERIFY2(refused.message().contains(QStringLiteral("already being provisioned")),
            qPrintable(refused.message()));
}

void TestHistoryStore::finishedRowsCannotChange()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt attempt = makeAttempt(QStringLiteral("a1"), {}, QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(attempt));
    attempt.outcome = AttemptOutcome::Failed;
    QVERIFY(history.finishAttempt(attempt));
    attempt.outcome = AttemptOutcome::Succeeded;
    // The database refuses a second completion: Failed (not NotFound, the row is there).
    const WriteResult again = history.finishAttempt(attempt);
    QVERIFY(again.kind() == WriteResult::Kind::Failed);
    QVERIFY(history.attempt(attempt.id)->outcome == AttemptOutcome::Failed);
    // An attempt that is not in the history is NotFound, not a silent success.
    ProvisioningAttempt unknown = attempt;
    unknown.id = attempt.id + 1000;
    QVERIFY(history.finishAttempt(unknown).kind() == WriteResult::Kind::NotFound);
}

void TestHistoryStore::filtersAndKeysetPaging()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 25; ++i) {
        ProvisioningAttempt a
                = makeAttempt(QStringLiteral("a%1").arg(i), QStringLiteral("Assistant %1").arg(i),
                        i % 2 ? QStringLiteral("acme") : QStringLiteral("zeta"),
                        t0.addSecs(60LL * (i / 2))); // pairs share a start time
        a.organizationId = i % 2 ? 1 : 2;
        QVERIFY(history.beginAttempt(a));
        a.outcome = i % 3 == 0 ? AttemptOutcome::ManualQueued : AttemptOutcome::Succeeded;
        a.strategy = i % 3 == 0 ? Strategy::Manual : Strategy::VapiFree;
        QVERIFY(history.finishAttempt(a));
    }
    QCOMPARE(history.count({}), 25);

    HistoryFilter acme;
    acme.organizationId = 1;
    QCOMPARE(history.count(acme), 12);
    HistoryFilter manual;
    manual.outcome = AttemptOutcome::ManualQueued;
    QCOMPARE(history.count(manual), 9);
    HistoryFilter freeOnly;
    freeOnly.strategy = Strategy::VapiFree;
    QCOMPARE(history.count(freeOnly), 16);
    HistoryFilter window;
    window.since = t0.addSecs(60LL * 2);
    window.until = t0.addSecs(60LL * 4);
    QCOMPARE(history.count(window), 4);

    // Pages of 10, newest first, with ties on started_at broken by id: every row exactly once.
    QList<qint64> seen;
    std::optional<HistoryCursor> cursor;
    for (int page = 0; page < 4; ++page) {
        const QList<ProvisioningAttempt> rows = history.page({}, 10, cursor);
        for (const ProvisioningAttempt &row : rows) {
            if (!seen.isEmpty()) {
                const auto previous = history.attempt(seen.constLast());
                QVERIFY(previous->startedAt > row.startedAt
                        || (previous->startedAt == row.startedAt && previous->id > row.id));
            }
            seen << row.id;
        }
        if (rows.isEmpty())
            break;
        cursor = HistoryCursor{rows.constLast().startedAt, rows.constLast().id};
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 25);
}

void TestHistoryStore::textSearchMatchesWordsAndTheLastAsAPrefix()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    for (const auto &[id, name, slug] :
            {std::tuple{"asst-1098", "Front desk", "acme"}, {"asst-2001", "Frontier line", "acme"},
                    {"asst-3000", "Zürich Empfang", "globex"}}) {
        ProvisioningAttempt a = makeAttempt(QLatin1String(id), QString::fromUtf8(name),
                QLatin1String(slug), QDateTime::currentDateTimeUtc());
        QVERIFY(history.beginAttempt(a));
    }
    const auto count = [&history](const QString &text) {
        HistoryFilter filter;
        filter.text = text;
        QString error;
        const int n = history.count(filter, &error);
        if (!error.isEmpty())
            qWarning() << text << error;
        return n;
    };
    QCOMPARE(count(QStringLiteral("front")), 2); // still typing: "Front" and "Frontier"
    QCOMPARE(count(QStringLiteral("front ")), 1); // a finished word matches whole
    QCOMPARE(count(QStringLiteral("DESK front")), 1); // any order, any case
    QCOMPARE(count(QStringLiteral("desk globex")), 0); // every word must match
    QCOMPARE(count(QStringLiteral("zurich")), 1); // accents aside
    QCOMPARE(count(QStringLiteral("asst-1098")), 1); // ids stay whole
    QCOMPARE(count(QStringLiteral("asst-10")), 1);
    QCOMPARE(count(QStringLiteral("acme")), 2);
    QCOMPARE(count(QStringLiteral("  ")), 3); // no words: no text filter

    HistoryFilter narrowed;
    narrowed.text = QStringLiteral("front");
    narrowed.organizationId = 2;
    QCOMPARE(history.count(narrowed), 0); // with the other filters
    narrowed.organizationId = 1;
    QCOMPARE(history.page(narrowed, 10).size(), 2);
}

void TestHistoryStore::textSearchFindsNumbersWithOrWithoutCountryCode()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt a = makeAttempt(
            QStringLiteral("a1"), QStringLiteral("Front desk"), QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(a));
    a.outcome = AttemptOutcome::Succeeded;
    a.strategy = Strategy::VapiFree;
    a.address = PhoneAddress::parse(QStringLiteral("+14155550100"));
    QVERIFY(history.finishAttempt(a));
    // Also as people write numbers (found by the GUI walk: "(312) 555-0101" and "312 555 0101"
    // found nothing while "312-555-0101" did).
    for (const char *text :
            {"+14155550100", "14155550100", "4155550100 ", "+1415", "(415) 555-0100",
                    "415 555 0100", "+1 415.555.0100", "415-555-0100", "(415) 555-01"}) {
        HistoryFilter filter;
        filter.text = QLatin1String(text);
        QVERIFY2(history.count(filter) == 1, text);
    }
    HistoryFilter other;
    other.text = QStringLiteral("4155550199 ");
    QCOMPARE(history.count(other), 0);
    other.text = QStringLiteral("(415) 555-0199");
    QCOMPARE(history.count(other), 0);
}

void TestHistoryStore::textSearchSeesWhatAnAttemptFinishedWith()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt a = makeAttempt(
            QStringLiteral("a1"), QStringLiteral("Front desk"), QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(a));
    HistoryFilter filter;
    filter.text = QStringLiteral("queued manual");
    QCOMPARE(history.count(filter), 0);
    a.outcome = AttemptOutcome::ManualQueued;
    a.summary = QStringLiteral("No number left: queued for manual assignment");
    QVERIFY(history.finishAttempt(a));
    QCOMPARE(history.count(filter), 1);
    filter.text = QStringLiteral("front desk");
    QCOMPARE(history.count(filter), 1); // re-indexed once, not twice
    QCOMPARE(history.page(filter, 10).size(), 1);
}

void TestHistoryStore::textSearchSyntaxCharactersAreInert()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt percent = makeAttempt(
            QStringLiteral("a1"), QStringLiteral("100% Uptime"), QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(percent));
    for (const char *text : {"\"", "*", "NEAR(", "'", "%", "a OR b", "-", "(100%)", "\\"}) {
        HistoryFilter filter;
        filter.text = QLatin1String(text);
        QString error;
        history.page(filter, 10, std::nullopt, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QLatin1String(text) + u": " + error));
    }
    HistoryFilter filter;
    filter.text = QStringLiteral("(100%)");
    QCOMPARE(history.count(filter), 1);
    filter.text = QStringLiteral("uptime OR nothing");
    QCOMPARE(history.count(filter), 0); // OR is a word here, not an operator
}

void TestHistoryStore::textSearchPagesThroughEveryMatchOnce()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 30; ++i) {
        ProvisioningAttempt a = makeAttempt(QStringLiteral("a%1").arg(i),
                i % 6 == 0 ? QStringLiteral("Night line") : QStringLiteral("Day line"),
                QStringLiteral("acme"), t0.addSecs(i / 3)); // ties on started_at
        QVERIFY(history.beginAttempt(a));
        a.outcome = AttemptOutcome::Succeeded;
        QVERIFY(history.finishAttempt(a));
    }
    HistoryFilter filter;
    filter.text = QStringLiteral("line");
    QCOMPARE(history.count(filter), 30);
    QList<qint64> seen;
    std::optional<HistoryCursor> cursor;
    for (int page = 0; page < 5; ++page) {
        const QList<ProvisioningAttempt> rows = history.page(filter, 7, cursor);
        for (const ProvisioningAttempt &row : rows) {
            if (!seen.isEmpty())
                QVERIFY(seen.constLast() > row.id); // newest recorded first
            seen << row.id;
        }
        if (rows.isEmpty())
            break;
        cursor = HistoryCursor{rows.constLast().startedAt, rows.constLast().id};
    }
    QCOMPARE(seen.size(), 30);
    filter.text = QStringLiteral("night line ");
    QCOMPARE(history.page(filter, 100).size(), 5);
}

void TestHistoryStore::inFlightAttemptsAreListedForReconciliation()
{
    Test::TempWorkspace ws;
    HistoryStore history(ws.database());
    ProvisioningAttempt done = makeAttempt(QStringLiteral("a1"), {}, QStringLiteral("acme"), {});
    ProvisioningAttempt left = makeAttempt(QStringLiteral("a2"), {}, QStringLiteral("acme"), {});
    QVERIFY(history.beginAttempt(done));
    done.outcome = AttemptOutcome::Succeeded;
    QVERIFY(history.finishAttempt(done));
    QVERIFY(history.beginAttempt(left));
    ProvisioningStep step;
    step.attemptId = left.id;
    step.sequence = 1;
    step.strategy = Strategy::VapiFree;
    step.requestTag = QStringLiteral("sb-tag-2");
    QVERIFY(history.recordStep(step));

    const QList<ProvisioningAttempt> pending = history.inFlight();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().id, left.id);
    QCOMPARE(pending.constFirst().steps.size(), 1);
    QCOMPARE(pending.constFirst().steps.constFirst().requestTag, QStringLiteral("sb-tag-2"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
