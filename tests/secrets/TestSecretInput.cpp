// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretInput.h"

#include <QTest>

#include <atomic>
#include <thread>

#if defined(Q_OS_UNIX)
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Switchboard;

class TestSecretInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsOneLine_data();
    void acceptsOneLine();
    void refuses_data();
    void refuses();
    void readsAPipeToTheEnd();
    void readsOneSecretALineFromAPipe();
    void readsATerminalWithoutEcho();
    void refusalOfArgumentsSaysWhy();
};

void TestSecretInput::acceptsOneLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("newline") << QByteArray("sk-live-123\n") << QStringLiteral("sk-live-123");
    QTest::newRow("crlf") << QByteArray("sk-live-123\r\n") << QStringLiteral("sk-live-123");
    QTest::newRow("no newline") << QByteArray("sk-live-123") << QStringLiteral("sk-live-123");
    QTest::newRow("spaces kept") << QByteArray(" pass word \n") << QStringLiteral(" pass word ");
    QTest::newRow("utf-8") << QByteArray("p\xc3\xa4ss\n") << QStringLiteral("p\u00e4ss");
    QTest::newRow("longest") << QByteArray(SecretInput::MaxBytes - 1, 'x') + '\n'
                             << QString(SecretInput::MaxBytes - 1, u'x');
}

void TestSecretInput::acceptsOneLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, secret);
    QString error;
    const std::optional<QString> value = SecretInput::fromBytes(input, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, secret);
}

void TestSecretInput::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("because");

    QTest::newRow("nothing") << QByteArray() << "no secret was given";
    QTest::newRow("empty line") << QByteArray("\n") << "no secret was given";
    QTest::newRow("two lines") << QByteArray("sk-one\nsk-two\n") << "more than one line";
    QTest::newRow("blank second line") << QByteArray("sk-one\n\n") << "more than one line";
    QTest::newRow("tab") << QByteArray("sk-one\tsk-two") << "control character";
    QTest::newRow("nul") << QByteArray("sk-one\0two", 10) << "control character";
    QTest::newRow("escape") << QByteArray("sk-\x1b[A") << "control character";
    QTest::newRow("latin-1") << QByteArray("p\xe4ss") << "not UTF-8";
    QTest::newRow("too long") << QByteArray(SecretInput::MaxBytes + 1, 'x') << "longer than";
}

void TestSecretInput::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, because);
    QString error;
    QVERIFY(!SecretInput::fromBytes(input, &error));
    QVERIFY2(error.contains(because), qPrintable(error));
    // The message never repeats what was typed.
    QVERIFY2(!error.contains(QStringLiteral("sk-")), qPrintable(error));
}

void TestSecretInput::readsAPipeToTheEnd()
{
#if defined(Q_OS_UNIX)
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const QByteArray input("sk-from-a-pipe\n");
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), ssize_t(input.size()));
    ::close(fds[1]);
    QVERIFY(!SecretInput::isTerminal(fds[0]));
    QString error;
    const std::optional<QString> value
            = SecretInput::readFileDescriptor(fds[0], QStringLiteral("never shown: "), &error);
    ::close(fds[0]);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, u"sk-from-a-pipe");
#else
    QSKIP("pipes are tested on Unix");
#endif
}

// Two secrets for one command (switchboard-cli org add --vapi-key-stdin --twilio-secret-stdin):
// exactly one a line, each held to the one-secret rules, and no line repeated in an error.
void TestSecretInput::readsOneSecretALineFromAPipe()
{
#if defined(Q_OS_UNIX)
    const auto read = [](const QByteArray &input, QString *error) {
        int fds[2];
        if (::pipe(fds) != 0)
            return std::optional<QStringList>();
        if (::write(fds[1], input.constData(), size_t(input.size())) != ssize_t(input.size()))
            return std::optional<QStringList>();
        ::close(fds[1]);
        auto lines = SecretInput::readFileDescriptorLines(
                fds[0], {QStringLiteral("first: "), QStringLiteral("second: ")}, error);
        ::close(fds[0]);
        return lines;
    };
    QString error;
    const std::optional<QStringList> two = read("vapi-key-1\r\ntwilio token 2\n", &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(*two, (QStringList{QStringLiteral("vapi-key-1"), QStringLiteral("twilio token 2")}));
    QVERIFY(read("no-newline-1\nno-newline-2", &error));

    QVERIFY(!read("only-one-secret-7f\n", &error));
    QVERIFY2(error.contains(QStringLiteral("1 line(s); give 2 secrets")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("only-one-secret-7f")));
    QVERIFY(!read("a\nb\nthird-secret-9c\n", &error));
    QVERIFY(!error.contains(QStringLiteral("third-secret-9c")));
    QVERIFY(!read("first-secret\n\n", &error)); // an empty second line is no secret
    QVERIFY(!read("", &error));
    QVERIFY2(error.contains(QStringLiteral("0 line(s)")), qPrintable(error));
#else
    QSKIP("pipes are tested on Unix");
#endif
}

// A pseudo-terminal stands in for the person at the keyboard: what it echoes back is what a
// person would see on the screen.
void TestSecretInput::readsATerminalWithoutEcho()
{
#if defined(Q_OS_UNIX)
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QCOMPARE(::grantpt(master), 0);
    QCOMPARE(::unlockpt(master), 0);
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    QVERIFY(SecretInput::isTerminal(slave));
    struct termios before = {};
    QCOMPARE(::tcgetattr(slave, &before), 0);
    QVERIFY(before.c_lflag & ECHO);

    std::optional<QString> value;
    QString error;
    std::atomic<bool> done{false};
    std::thread reader([&] {
        value = SecretInput::readFileDescriptor(slave, QString(), &error);
        done = true;
    });
    // Type only once echo is off, as a person would after the prompt.
    struct termios during = {};
    QTRY_VERIFY(::tcgetattr(slave, &during) == 0 && !(during.c_lflag & ECHO));
    const QByteArray typed("sk-typed-secret\n");
    QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
    QTRY_VERIFY(done);
    reader.join();

    QVERIFY2(value, qPrintable(error));
    QCOMPARE(*value, u"sk-typed-secret");
    struct termios after = {};
    QCOMPARE(::tcgetattr(slave, &after), 0);
    QVERIFY(after.c_lflag & ECHO); // restored

    // What the terminal showed: the newline, never the secret.
    QByteArray screen;
    struct pollfd ready = {master, POLLIN, 0};
    while (::poll(&ready, 1, 50) > 0) {
        char buffer[256];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        screen.append(buffer, n);
    }
    QVERIFY2(!screen.contains("sk-typed-secret"), screen.constData());
    QVERIFY(screen.contains('\n'));
    ::close(slave);
    ::close(master);
#else
    QSKIP("the terminal test needs a Unix pseudo-terminal");
#endif
}

void TestSecretInput::refusalOfArgumentsSaysWhy()
{
    const QString message = SecretInput::argumentRefusal(QStringLiteral("the Twilio auth token"));
    QVERIFY(message.startsWith(QStringLiteral("the Twilio auth token is not taken from the "
                                              "command line")));
    QVERIFY(message.contains(QStringLiteral("shell history")));
    QVERIFY(message.contains(QStringLiteral("standard input")));
}

QTEST_GUILESS_MAIN(TestSecretInput)
#include "TestSecretInput.moc"
