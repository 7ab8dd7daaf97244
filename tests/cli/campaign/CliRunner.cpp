// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Campaign {

QString CliRun::describe() const
{
    QString how;
    if (!started)
        how = QStringLiteral("did not start");
    else if (spinning)
        how = QStringLiteral("SPUN: %1 s of CPU in %2 s, killed")
                      .arg(cpuSeconds, 0, 'f', 1)
                      .arg(double(elapsedMs) / 1000, 0, 'f', 1);
    else if (timedOut)
        how = QStringLiteral("HUNG: still running after %1 s (%2 s of CPU), killed")
                      .arg(double(elapsedMs) / 1000, 0, 'f', 1)
                      .arg(cpuSeconds, 0, 'f', 1);
    else if (killed)
        how = QStringLiteral("killed by the campaign after %1 ms").arg(elapsedMs);
    else if (crashed)
        how = QStringLiteral("CRASHED after %1 ms: %2")
                      .arg(elapsedMs)
                      .arg(QString::fromUtf8(err.right(300)).trimmed());
    else
        how = QStringLiteral("exit %1 after %2 ms").arg(exitCode).arg(elapsedMs);
    return QStringLiteral("switchboard-cli %1: %2").arg(arguments.join(u' '), how);
}

CliRunner::CliRunner(QString program, QStringList commonArguments, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_commonArguments(std::move(commonArguments))
    , m_environment(std::move(environment))
{ }

CliRun CliRunner::run(const QStringList &arguments, const RunLimits &limits,
        const QByteArray &standardInput) const
{
    CliRun result;
    result.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    dieWithParent(process);
    process.start(m_program, m_commonArguments + arguments);
    if (!process.waitForStarted(15000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();

    const qint64 pid = process.processId();
    QElapsedTimer clock;
    clock.start();
    struct Sample
    {
        qint64 atMs;
        double cpu;
    };
    QList<Sample> samples;
    qint64 nextSample = 0;
    while (process.state() != QProcess::NotRunning) {
        const qint64 now = clock.elapsed();
        int wait = 50;
        if (limits.killAfterMs >= 0)
            wait = int(qBound(qint64(1), limits.killAfterMs - now, qint64(50)));
        if (process.waitForFinished(wait))
            break;
        if (process.state() == QProcess::NotRunning)
            break;
        const qint64 elapsed = clock.elapsed();
        if (elapsed >= nextSample) {
            nextSample = elapsed + 500;
            const double cpu = cpuSecondsOf(pid);
            if (cpu >= 0) {
                result.cpuSeconds = cpu;
                samples.append({elapsed, cpu});
                // The newest sample at least a window old.
                for (qsizetype i = samples.size() - 1; i >= 0; --i) {
                    const Sample &old = samples.at(i);
                    if (elapsed - old.atMs < limits.spinWindowMs)
                        continue;
                    const double share = (cpu - old.cpu) * 1000.0 / double(elapsed - old.atMs);
                    result.spinning = share >= limits.spinShare;
                    break;
                }
            }
        }
        if (limits.killAfterMs >= 0 && elapsed >= limits.killAfterMs && !result.spinning) {
            result.killed = true;
            break;
        }
        if (result.spinning || elapsed >= limits.timeoutMs) {
            result.timedOut = !result.spinning;
            result.stack = productStackOf(pid);
            break;
        }
    }
    if (process.state() != QProcess::NotRunning) {
        const double cpu = cpuSecondsOf(pid);
        if (cpu >= 0)
            result.cpuSeconds = cpu;
        process.kill();
        process.waitForFinished(15000);
    }
    result.elapsedMs = clock.elapsed();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (!result.killed && !result.hung()) {
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.exitCode = process.exitCode();
    }
    return result;
}

void dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process)
#endif
}

double cpuSecondsOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid …": comm may hold spaces and parentheses; fields follow the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
#else
    Q_UNUSED(pid)
    return -1;
#endif
}

QString productStackOf(qint64 pid)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty())
        return {};
    QProcess debugger;
    debugger.start(gdb,
            {QStringLiteral("--batch"), QStringLiteral("-nx"), QStringLiteral("-p"),
                    QString::number(pid), QStringLiteral("-ex"),
                    QStringLiteral("thread apply all bt 30")});
    if (!debugger.waitForFinished(60000)) {
        debugger.kill();
        debugger.waitForFinished(5000);
        return QStringLiteral("(gdb did not answer within 60 s)");
    }
    // "#3  0x… in Switchboard::Reconciliation::completeSucceeded(…) at …/Reconciliation.cpp:197"
    static const QRegularExpression frame(
            QStringLiteral(
                    R"(^#\d+\s+(?:0x[0-9a-f]+ in )?(Switchboard::[^(]+)\(.*?(?: at (\S+))?$)"),
            QRegularExpression::MultilineOption);
    QStringList frames;
    auto it = frame.globalMatch(QString::fromUtf8(debugger.readAllStandardOutput()));
    while (it.hasNext() && frames.size() < 8) {
        const QRegularExpressionMatch m = it.next();
        QString where = m.captured(1).trimmed();
        if (!m.captured(2).isEmpty())
            where += u' ' + m.captured(2).section(u'/', -2);
        if (!frames.contains(where))
            frames << where;
    }
    return frames.isEmpty() ? QStringLiteral("(gdb found no Switchboard frame)")
                            : frames.join(QStringLiteral(" <- "));
}

} // namespace Campaign
