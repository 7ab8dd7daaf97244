// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs switchboard-cli as a user would, never without a deadline: the campaign's SIGKILL at a
// chosen moment, a timeout for a CLI that waits forever, and a watch on its CPU time for one
// that spins. A CLI found hung or spinning is inspected with gdb (when there is one) before it
// is killed, so that the report says where it was.
namespace Campaign {

struct RunLimits
{
    int timeoutMs = 60000; // still running then: it waits forever
    int killAfterMs = -1; // the campaign's SIGKILL at this moment; -1: never
    // CPU time over a sliding window at or above this share of one core: it spins. The window
    // is long enough that no honest run of the CLI gets there (a batch takes well under a
    // second of CPU).
    int spinWindowMs = 6000;
    double spinShare = 0.35;
};

struct CliRun
{
    QStringList arguments;
    bool started = false;
    int exitCode = -1;
    bool killed = false; // by the campaign, at RunLimits::killAfterMs
    bool crashed = false; // ended by a signal the campaign did not send (an assert, a crash)
    bool timedOut = false; // still running at the deadline
    bool spinning = false; // burning CPU without pause
    qint64 elapsedMs = 0;
    double cpuSeconds = 0; // user + system, as last seen
    QByteArray out;
    QByteArray err;
    QString stack; // the CLI's own frames when it was found hung or spinning

    // Ran to its end by itself, with an exit code (any).
    bool ended() const { return started && !killed && !crashed && !timedOut && !spinning; }
    bool hung() const { return timedOut || spinning; }
    QString describe() const; // one line: the command and how it ended
};

class CliRunner
{
public:
    CliRunner(QString program, QStringList commonArguments, QProcessEnvironment environment);

    CliRun run(const QStringList &arguments, const RunLimits &limits,
            const QByteArray &standardInput = {}) const;

private:
    QString m_program;
    QStringList m_commonArguments;
    QProcessEnvironment m_environment;
};

// User + system CPU seconds of a live process (Linux /proc); negative when unknown.
double cpuSecondsOf(qint64 pid);

// On Linux, a child started with this dies with the test (PR_SET_PDEATHSIG), also when the
// test itself is killed: no CLI or sandbox outlives a campaign.
void dieWithParent(QProcess &process);

// The stack frames of the product's own code in a live process, by gdb; empty without gdb.
QString productStackOf(qint64 pid);

} // namespace Campaign
