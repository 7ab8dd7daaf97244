// SPDX-License-Identifier: Apache-2.0
#include "campaign/Epoch.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// A seeded, randomized crash-and-fault campaign (issue 13): the real switchboard-cli against a
// switchboard-sandbox in another process, round after round of random faults on the create,
// import, purchase and list routes, a provisioning batch started and SIGKILLed at a random
// moment (or left to finish), more assistants as the rounds go; then the faults go,
// provisioning resumes until it settles, and the invariants are checked against the sandbox's
// own state (campaign/Invariants.h). Epochs, each with a fresh sandbox and workspace
// (campaign/Epoch.h), follow one another until the time is up.
//
// SWITCHBOARD_CAMPAIGN_SECONDS: how long epochs start (default 150);
// SWITCHBOARD_CAMPAIGN_SEED: the seed (default: a new one, printed). See tests/README.md.
class TestCrashCampaign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campaign();
};

namespace {

QString joined(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

void report(const Campaign::Figures &f, quint64 seed)
{
    int checks = 0;
    for (const int n : f.checks)
        checks += n;
    qInfo("figures, seed %llu:", seed);
    qInfo("  epochs %d, rounds %d: %d killed (%d of them left an attempt in flight), %d left to "
          "finish; resumes %d; CLI runs %d, exit codes [%s]",
            f.epochs, f.rounds, f.kills, f.killsInFlight, f.finishedRounds, f.resumes, f.cliRuns,
            qPrintable(joined(f.exitCodes)));
    qInfo("  faults set: %s", qPrintable(joined(f.faultsSet)));
    qInfo("  faults hit (the sandbox's fault list): %s", qPrintable(joined(f.faultsHit)));
    qInfo("  checks run: %d", checks);
    for (auto it = f.checks.cbegin(); it != f.checks.cend(); ++it)
        qInfo("    %s: %d, %d failed", qPrintable(it.key()), it.value(),
                f.failedChecks.value(it.key()));
    qInfo("  assistants per outcome: %s", qPrintable(joined(f.assistantsByOutcome)));
    qInfo("  attempts per outcome: %s", qPrintable(joined(f.attemptsByOutcome)));
}

} // namespace

void TestCrashCampaign::campaign()
{
    if (qEnvironmentVariable("SWITCHBOARD_TEST_KEYRING") != u"unlocked")
        QSKIP("The organization's Twilio token lives in the keychain only: run this under "
              "dbus-run-session -- sh tests/secrets/with-keyring.sh, as ctest does.");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    bool ok = false;
    quint64 seed = qEnvironmentVariable("SWITCHBOARD_CAMPAIGN_SEED").toULongLong(&ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    int seconds = qEnvironmentVariable("SWITCHBOARD_CAMPAIGN_SECONDS").toInt(&ok);
    if (!ok || seconds <= 0)
        seconds = 150;
    qInfo("campaign seed %llu, epochs for %d s (replay: SWITCHBOARD_CAMPAIGN_SEED=%llu)", seed,
            seconds, seed);

    const Campaign::Programs programs{QStringLiteral(SWITCHBOARD_CLI_EXE),
            QStringLiteral(SWITCHBOARD_SANDBOX_EXE), directory.path()};
    Campaign::Figures figures;
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    // A new epoch needs some rounds to be worth its setup; the first always runs.
    for (int epoch = 1; epoch == 1 || deadline.remainingTime() > 15000; ++epoch) {
        Campaign::Epoch(programs, seed, epoch, figures).run(deadline);
        if (figures.epochs > 0 && figures.rounds == 0)
            break; // the first setup failed: nothing else would run either
    }
    report(figures, seed);

    if (figures.failures.isEmpty())
        return;
    qWarning("%lld failures, seed %llu (replay: SWITCHBOARD_CAMPAIGN_SEED=%llu):",
            qlonglong(figures.failures.size()), seed, seed);
    for (const QString &failure : std::as_const(figures.failures))
        qWarning("  %s", qPrintable(failure));
    QFAIL(qPrintable(QStringLiteral("the campaign found %1 failures with seed %2; first: %3")
                             .arg(figures.failures.size())
                             .arg(seed)
                             .arg(figures.failures.constFirst())));
}

QTEST_GUILESS_MAIN(TestCrashCampaign)
#include "TestCrashCampaign.moc"
