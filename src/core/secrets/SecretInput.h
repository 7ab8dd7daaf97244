// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

// How switchboard-cli takes a secret: from standard input, never from its command line (a
// command line stays in the shell history and is visible to every user in the process list).
//   - stdin a terminal: the prompt goes to standard error, echo is off while the person types,
//     one line is read, and the terminal is restored (also on Ctrl-C).
//   - stdin a pipe or a file: all of it is read and must be one line.
// The line ending (\n or \r\n) is stripped, nothing else: a password may end in a space.
// Refused, with a message that never repeats the input: empty, more than one line, control
// characters, not UTF-8, longer than MaxBytes.
class SecretInput
{
public:
    // Longer than any credential Switchboard keeps, and within what every keychain stores
    // (Windows Credential Manager takes 2560 bytes).
    static constexpr qsizetype MaxBytes = 2048;

    static std::optional<QString> readStandardInput(const QString &prompt, QString *error);
    // Several secrets, one a line, in the order of `prompts`: each asked for on a terminal;
    // from a pipe or a file, exactly that many lines. Each line is held to the rules above.
    static std::optional<QStringList> readStandardInputLines(
            const QStringList &prompts, QString *error);
    static std::optional<QStringList> readFileDescriptorLines(
            int fd, const QStringList &prompts, QString *error);
    // The same for any file descriptor (a terminal, a pipe, a file); for tests.
    static std::optional<QString> readFileDescriptor(int fd, const QString &prompt, QString *error);
    // The rules above, applied to bytes already read.
    static std::optional<QString> fromBytes(const QByteArray &bytes, QString *error);
    static bool isTerminal(int fd);

    // What the CLI says when a secret (e.g. "the Twilio auth token") was given as an argument.
    static QString argumentRefusal(const QString &secretName);
};

} // namespace Switchboard
