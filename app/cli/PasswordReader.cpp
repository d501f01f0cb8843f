#include "PasswordReader.h"

#include "Console.h"

#include <QByteArray>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace dexdesk::cli {

namespace {

#ifndef Q_OS_WIN
// Ctrl+C while echo is off must not leave the user's terminal silent.
struct termios g_savedTermios;
volatile std::sig_atomic_t g_echoDisabled = 0;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void restoreEchoAndRaise(int signal)
{
    if (g_echoDisabled)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreEchoAndRaise;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &g_previousInt);
        sigaction(SIGTERM, &action, &g_previousTerm);
        struct termios silent = g_savedTermios;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= tcflag_t(ECHONL);
        g_echoDisabled = 1;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
        Console::prompt(QStringLiteral("\n"));
#else
        if (g_echoDisabled) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
            g_echoDisabled = 0;
            sigaction(SIGINT, &g_previousInt, nullptr);
            sigaction(SIGTERM, &g_previousTerm, nullptr);
        }
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#endif
    bool m_active = false;
};

void wipe(QString *s)
{
    s->fill(QChar(u'\0'));
    s->clear();
}

} // namespace

bool PasswordReader::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

PasswordReader::LineResult PasswordReader::readRawLine(QString *line)
{
    QByteArray buffer;
    buffer.reserve(256);
    bool sawAny = false;
    bool tooLong = false;
    for (;;) {
        const int c = std::getchar();
        if (c == EOF)
            break;
        sawAny = true;
        if (c == '\n')
            break;
        if (buffer.size() >= kMaxLineBytes)
            tooLong = true; // keep reading to the end of the line, but drop it
        else
            buffer.append(char(c));
    }
    while (buffer.endsWith('\r'))
        buffer.chop(1);
    if (!tooLong)
        *line = QString::fromUtf8(buffer);
    buffer.fill('\0');
    if (tooLong)
        return LineResult::TooLong;
    return sawAny ? LineResult::Ok : LineResult::EndOfInput;
}

PasswordReader::LineResult PasswordReader::readHiddenLine(const QString &prompt, QString *line)
{
    Console::prompt(prompt);
    const EchoOff echoOff;
    return readRawLine(line);
}

bool PasswordReader::readSecret(const QString &prompt, const QString &repeatPrompt, QString *secret, QString *error)
{
    auto explain = [error](LineResult r) {
        *error = r == LineResult::TooLong
            ? tr("The secret is longer than %1 bytes; nothing was stored.").arg(kMaxLineBytes)
            : tr("No secret was given (the input ended); nothing was stored.");
        return false;
    };
    if (!stdinIsTerminal()) {
        const LineResult r = readRawLine(secret);
        return r == LineResult::Ok ? true : explain(r);
    }
    QString first;
    LineResult r = readHiddenLine(prompt, &first);
    if (r != LineResult::Ok)
        return explain(r);
    if (first.isEmpty()) {
        // Checked by the caller too; asking again for an empty entry would only confuse.
        *secret = first;
        return true;
    }
    QString second;
    r = readHiddenLine(repeatPrompt, &second);
    if (r != LineResult::Ok) {
        wipe(&first);
        return explain(r);
    }
    const bool same = first == second;
    wipe(&second);
    if (!same) {
        wipe(&first);
        *error = tr("The two entries are different; nothing was stored. Run the command again.");
        return false;
    }
    *secret = first;
    wipe(&first);
    return true;
}

bool PasswordReader::readLine(QString *line)
{
    return readRawLine(line) == LineResult::Ok;
}

} // namespace dexdesk::cli
