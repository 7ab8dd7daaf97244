// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretInput.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct SecretInputText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::SecretInput)
};

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

#if defined(Q_OS_WIN)

// The console whose echo is off, and its mode before, for the Ctrl+C handler: the console's
// mode outlives the process, so a program ended with echo off would leave the user's console
// typing blind. Only EchoOff touches these.
std::atomic<HANDLE> echoOffConsole{nullptr};
DWORD savedConsoleMode = 0;

BOOL WINAPI restoreConsoleMode(DWORD /*event*/)
{
    if (HANDLE console = echoOffConsole.exchange(nullptr))
        SetConsoleMode(console, savedConsoleMode);
    return FALSE; // then the default handler ends the process, as without us
}

HANDLE consoleOf(int fd)
{
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    DWORD mode = 0;
    if (handle == INVALID_HANDLE_VALUE || !GetConsoleMode(handle, &mode))
        return nullptr;
    return handle;
}

// Turns console echo off for its lifetime; Ctrl+C, Ctrl+Break and closing the window meanwhile
// restore it before the process ends. The line stays line-buffered (ENABLE_LINE_INPUT), as
// ENABLE_ECHO_INPUT may be off only with it.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_handle(consoleOf(fd))
    {
        if (!m_handle || !GetConsoleMode(m_handle, &savedConsoleMode))
            return;
        echoOffConsole = m_handle;
        SetConsoleCtrlHandler(restoreConsoleMode, TRUE);
        m_active = SetConsoleMode(m_handle,
                           (savedConsoleMode | ENABLE_LINE_INPUT) & ~DWORD(ENABLE_ECHO_INPUT))
                != 0;
    }
    ~EchoOff()
    {
        if (!m_handle)
            return;
        if (echoOffConsole.exchange(nullptr))
            SetConsoleMode(m_handle, savedConsoleMode);
        SetConsoleCtrlHandler(restoreConsoleMode, FALSE);
        // Without echo the Enter does not show either (POSIX has ECHONL for this): end the line
        // the prompt started, so that the next output starts one of its own.
        if (m_active)
            std::fputs("\n", stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    HANDLE m_handle;
    bool m_active = false;
};

// A console is read as UTF-16 (ReadConsoleW), whatever its code page: _read() would hand over
// the bytes of the console's input code page (CP 850, 1252, ...), not UTF-8, and a secret with
// an accented letter would come out differently from how it was typed. The text is returned as
// UTF-8, as the rest of this file expects. Pipes and files are read as bytes.
qsizetype readSome(int fd, char *buffer, qsizetype size)
{
    HANDLE console = consoleOf(fd);
    if (!console)
        return _read(fd, buffer, static_cast<unsigned>(size));
    // A UTF-16 unit becomes at most 3 UTF-8 bytes.
    wchar_t wide[128];
    const DWORD wanted = DWORD(std::min<qsizetype>(std::size(wide), size / 3));
    DWORD got = 0;
    if (!ReadConsoleW(console, wide, wanted, &got, nullptr))
        return -1;
    const QByteArray utf8 = QString::fromWCharArray(wide, int(got)).toUtf8();
    std::memcpy(buffer, utf8.constData(), size_t(utf8.size()));
    SecureZeroMemory(wide, sizeof wide);
    return utf8.size();
}

// The prompt in the console's own characters: WriteConsoleW shows every script whatever the
// console's output code page; redirected, stderr gets UTF-8.
void writePrompt(const QString &prompt)
{
    HANDLE console = consoleOf(_fileno(stderr));
    DWORD written = 0;
    if (console
            && WriteConsoleW(console, reinterpret_cast<const wchar_t *>(prompt.utf16()),
                    DWORD(prompt.size()), &written, nullptr))
        return;
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

#else

// The terminal state to put back if a signal ends the process while echo is off. A signal
// handler can reach nothing else, hence file-level state; only EchoOff touches it.
struct termios savedTerminal;
volatile sig_atomic_t savedTerminalFd = -1;
constexpr int restoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    if (savedTerminalFd >= 0)
        tcsetattr(savedTerminalFd, TCSAFLUSH, &savedTerminal); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Turns terminal echo off for its lifetime; a signal meanwhile restores it before it acts.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (tcgetattr(fd, &savedTerminal) != 0)
            return;
        struct termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still shows, so the next output starts a line
        savedTerminalFd = fd;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(restoringSignals); ++i)
            sigaction(restoringSignals[i], &action, &m_previous[i]);
        m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (savedTerminalFd < 0)
            return;
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &savedTerminal);
        for (std::size_t i = 0; i < std::size(restoringSignals); ++i)
            sigaction(restoringSignals[i], &m_previous[i], nullptr);
        savedTerminalFd = -1;
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    bool m_active = false;
    struct sigaction m_previous[std::size(restoringSignals)] = {};
};

void writePrompt(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

qsizetype readSome(int fd, char *buffer, qsizetype size)
{
    qsizetype n = 0;
    do {
        n = ::read(fd, buffer, static_cast<size_t>(size));
    } while (n < 0 && errno == EINTR);
    return n;
}

#endif

// Reads to the end, or to the first newline from a terminal, and a little past MaxBytes at
// most so that an overlong input is recognised as such.
std::optional<QByteArray> readBytes(
        int fd, bool oneLine, QString *error, qsizetype limit = SecretInput::MaxBytes)
{
    QByteArray bytes;
    char buffer[512];
    while (bytes.size() <= limit) {
        const qsizetype n = readSome(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = SecretInputText::tr("standard input cannot be read.");
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(buffer, n);
        if (oneLine && bytes.contains('\n'))
            break;
    }
    return bytes;
}

} // namespace

bool SecretInput::isTerminal(int fd)
{
#if defined(Q_OS_WIN)
    // Not _isatty(): it is true for every character device, NUL included, and `< NUL` would
    // then be "typed" with echo off. Only a console answers GetConsoleMode.
    return consoleOf(fd) != nullptr;
#else
    return ::isatty(fd) != 0;
#endif
}

std::optional<QString> SecretInput::readStandardInput(const QString &prompt, QString *error)
{
#if defined(Q_OS_WIN)
    return readFileDescriptor(_fileno(stdin), prompt, error);
#else
    return readFileDescriptor(STDIN_FILENO, prompt, error);
#endif
}

std::optional<QString> SecretInput::readFileDescriptor(
        int fd, const QString &prompt, QString *error)
{
    if (!isTerminal(fd)) {
        const std::optional<QByteArray> bytes = readBytes(fd, false, error);
        return bytes ? fromBytes(*bytes, error) : std::nullopt;
    }
    if (!prompt.isEmpty())
        writePrompt(prompt);
    std::optional<QByteArray> bytes;
    {
        const EchoOff quiet(fd);
        bytes = readBytes(fd, true, error);
    }
    return bytes ? fromBytes(*bytes, error) : std::nullopt;
}

std::optional<QStringList> SecretInput::readStandardInputLines(
        const QStringList &prompts, QString *error)
{
#if defined(Q_OS_WIN)
    return readFileDescriptorLines(_fileno(stdin), prompts, error);
#else
    return readFileDescriptorLines(STDIN_FILENO, prompts, error);
#endif
}

std::optional<QStringList> SecretInput::readFileDescriptorLines(
        int fd, const QStringList &prompts, QString *error)
{
    QStringList secrets;
    if (isTerminal(fd)) {
        for (const QString &prompt : prompts) {
            const std::optional<QString> secret = readFileDescriptor(fd, prompt, error);
            if (!secret)
                return std::nullopt;
            secrets << *secret;
        }
        return secrets;
    }
    const qsizetype count = prompts.size();
    const std::optional<QByteArray> bytes
            = readBytes(fd, false, error, (MaxBytes + 2) * std::max<qsizetype>(count, 1));
    if (!bytes)
        return std::nullopt;
    QByteArray text = *bytes;
    if (text.endsWith('\n'))
        text.chop(1);
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() != count) {
        if (error)
            *error = SecretInputText::tr("standard input holds %1 line(s); give %2 secrets, one "
                                         "a line, in the order asked for.")
                             .arg(text.isEmpty() ? 0 : lines.size())
                             .arg(count);
        return std::nullopt;
    }
    for (const QByteArray &line : lines) {
        const std::optional<QString> secret = fromBytes(line, error);
        if (!secret)
            return std::nullopt;
        secrets << *secret;
    }
    return secrets;
}

std::optional<QString> SecretInput::fromBytes(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > MaxBytes)
        return fail(error,
                SecretInputText::tr(
                        "the secret on standard input is longer than %1 bytes; give only the "
                        "secret, on one line.")
                        .arg(MaxBytes));
    QByteArray line = bytes;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.contains('\n'))
        return fail(error,
                SecretInputText::tr(
                        "standard input holds more than one line; give one secret, on one line."));
    if (line.isEmpty())
        return fail(error,
                SecretInputText::tr(
                        "no secret was given on standard input; type or pipe it (it is never "
                        "taken from the command line)."));
    for (const char c : std::as_const(line)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return fail(error,
                    SecretInputText::tr(
                            "the secret on standard input contains a control character; give "
                            "only the secret, as the service shows it."));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(line);
    if (decoder.hasError())
        return fail(error, SecretInputText::tr("the secret on standard input is not UTF-8 text."));
    return text;
}

QString SecretInput::argumentRefusal(const QString &secretName)
{
    return SecretInputText::tr(
            "%1 is not taken from the command line: a command line stays in the shell "
            "history and every user of this computer can see it. Type it when asked, or "
            "pipe it on standard input (for example from your password manager).")
            .arg(secretName);
}

} // namespace Switchboard
