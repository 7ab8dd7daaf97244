// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliRunner.h"
#include "Invariants.h"
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

// One epoch of the crash campaign: a fresh switchboard-sandbox (--state, --seed) and a fresh
// workspace set up through the CLI with small free-number, pool and purchase allowances;
// rounds of random faults with a provisioning batch SIGKILLed at a random moment (or left to
// finish), assistants added as the rounds go; then the faults go, provisioning resumes until it
// settles, and the end is checked against the sandbox's own state. Its plan is drawn from the
// campaign's seed and the epoch's number.
namespace Campaign {

struct Figures
{
    int epochs = 0;
    int rounds = 0;
    int kills = 0;
    int killsInFlight = 0; // kills that left an attempt in flight
    int finishedRounds = 0; // rounds whose batch was left to finish
    int resumes = 0;
    int cliRuns = 0;
    QMap<QString, int> faultsSet;
    QMap<QString, int> faultsHit; // from the sandbox's fault list
    QMap<QString, int> exitCodes;
    QMap<QString, int> checks; // per invariant
    QMap<QString, int> failedChecks;
    QMap<QString, int> assistantsByOutcome;
    QMap<QString, int> attemptsByOutcome;
    QStringList failures; // each with the seed, the epoch and the round
};

struct Programs
{
    QString cli;
    QString sandbox;
    QString workDirectory; // the epoch makes its own folder in it
};

class Epoch
{
public:
    Epoch(const Programs &programs, quint64 seed, int number, Figures &figures);

    // The whole epoch. Rounds start until `rounds` is over; a CLI that hangs ends the rounds
    // (and skips the resume, which would hang as well).
    void run(const QDeadlineTimer &rounds);

private:
    bool setUp();
    void round(int index);
    void resumeUntilSettled();
    void checkEnd();

    QString drawFaults(int *maxLatencyMs);
    int createAssistants(int count);
    QString pickAssistant();
    QJsonArray historySnapshot();
    CliRun cli(const QStringList &arguments, const RunLimits &limits, const QByteArray &input = {});
    // A run that must end by itself with one of `codes`; false (and a failure) if not.
    bool accept(const CliRun &run, std::initializer_list<int> codes);
    void fail(const QString &what);
    QString where() const;

    Programs m_programs;
    quint64 m_seed;
    int m_number;
    Figures &m_figures;
    QRandomGenerator m_random;
    QString m_directory;
    SandboxProcess m_sandbox;
    std::optional<CliRunner> m_cli;
    Setup m_setup;
    std::optional<Invariants> m_invariants;
    int m_rounds = 0; // planned
    int m_assistants = 0;
    int m_maxAssistants = 0;
    QString m_round = QStringLiteral("setup");
    bool m_stopped = false; // a CLI hung: nothing more can run; the end is checked as it is
};

} // namespace Campaign
