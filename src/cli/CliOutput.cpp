// SPDX-License-Identifier: Apache-2.0
#include "cli/CliOutput.h"

#include "cli/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Switchboard::Cli {

CliOutput::CliOutput()
    : m_err(stderr)
{
    // A QFile of our own (not QTextStream(stdout)'s hidden one): its errors say why the
    // output could not be written.
    m_stdout.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    m_out.setDevice(&m_stdout);
}

CliOutput::~CliOutput()
{
    m_out.flush();
    m_err.flush();
}

void CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliOutput::fail(int code, const QString &message)
{
    m_out.flush();
    if (m_json) {
        m_err << QJsonDocument(
                QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), code}})
                         .toJson(QJsonDocument::Compact);
    } else {
        m_err << "switchboard-cli: " << printable(message) << '\n';
    }
    m_err.flush();
    return code;
}

bool CliOutput::outputFailed() const
{
    return m_out.status() != QTextStream::Ok || m_stdout.error() != QFileDevice::NoError;
}

int CliOutput::failOutput(const QString &fallback)
{
    if (m_outputFailureReported)
        return OperationFailed;
    m_outputFailureReported = true;
    // Qt says "Unknown error" when the output took a part of a write and refused the rest;
    // one more try gets the system's reason ("No space left on device").
    m_stdout.flush();
    QString reason = m_stdout.error() != QFileDevice::NoError ? m_stdout.errorString() : fallback;
    if (reason.isEmpty())
        reason = QStringLiteral("part of it was lost");
    return fail(OperationFailed, QStringLiteral("cannot write the output: ") + reason);
}

int CliOutput::finish(int code)
{
    m_out.flush();
    const bool flushed = m_stdout.flush();
    if (flushed && !outputFailed() && !m_outputFailureReported)
        return code;
    failOutput();
    return code == Success ? int(OperationFailed) : code;
}

} // namespace Switchboard::Cli
