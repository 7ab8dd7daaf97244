// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: one QCoreApplication for the process (QCoreApplication
// ::translate, timers and the SQL driver want one), quiet Qt logging (a fuzzer prints millions
// of inputs the parsers rightly refuse), and FUZZ_CHECK for properties that must hold on any
// input: a broken one is a finding, as a crash is.
namespace Switchboard::Fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // qFatal (and a failed Q_ASSERT, which QT_FORCE_ASSERTS keeps) must still be seen: Qt
    // aborts after this returns, and libFuzzer keeps the input that did it.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

inline void initialize()
{
    static int argc = 1;
    static char name[] = "switchboard-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(quietMessages);
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace Switchboard::Fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                    stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

#define SWITCHBOARD_FUZZ_INITIALIZE                                                                \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        Switchboard::Fuzz::initialize();                                                           \
        return 0;                                                                                  \
    }
