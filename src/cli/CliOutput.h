// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace Switchboard::Cli {

enum ExitCode {
    Success = 0,
    OperationFailed = 1, // the operation ran and failed; the reason is printed
    BadUsage = 2, // bad usage or bad input; nothing was changed
};

// Where a command's answer goes: standard output (text, or JSON with --json), and its errors on
// standard error, each write checked so that a script never takes a short file for the answer.
class CliOutput
{
public:
    CliOutput();
    ~CliOutput();
    CliOutput(const CliOutput &) = delete;
    CliOutput &operator=(const CliOutput &) = delete;

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    int fail(int code, const QString &message);

    // Standard output as a device, for what is written raw (an export): flush out() first.
    QIODevice &output() { return m_stdout; }
    // Whether the last write to output() failed (a full disk, a closed pipe).
    bool outputFailed() const;
    // Reports once that the output could not be written ("cannot write the output: <the
    // system's reason>", else `fallback`); returns OperationFailed.
    int failOutput(const QString &fallback = {});
    // Ends the command: writes what is still buffered and checks that all of it got out. A
    // script must not take a short or empty file for the answer, so a failure is reported
    // and turns the exit code into 1 (a failing command keeps its own code).
    int finish(int code);

private:
    QFile m_stdout;
    QTextStream m_out;
    QTextStream m_err;
    bool m_outputFailureReported = false;
    bool m_json = false;
};

} // namespace Switchboard::Cli
