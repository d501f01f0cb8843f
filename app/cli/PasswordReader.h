#pragma once

// Reads a secret for dexdesk-cli: from the terminal with echo off (typed twice), or as one line
// from a pipe. Never from the command line, and nothing read is ever printed.

#include <QCoreApplication>
#include <QString>

namespace dexdesk::cli {

class PasswordReader
{
    Q_DECLARE_TR_FUNCTIONS(PasswordReader)
public:
    static constexpr int kMaxLineBytes = 4096;

    static bool stdinIsTerminal();

    // On a terminal: prompts on stderr, reads with echo off, asks again and compares. Otherwise
    // reads one line from stdin without its line ending. False with a message on a mismatch,
    // end of input before a line, or a line longer than kMaxLineBytes.
    static bool readSecret(const QString &prompt, const QString &repeatPrompt, QString *secret, QString *error);

    // One line from stdin with echo on (confirmations). False at end of input.
    static bool readLine(QString *line);

private:
    enum class LineResult { Ok, EndOfInput, TooLong };
    static LineResult readRawLine(QString *line);
    static LineResult readHiddenLine(const QString &prompt, QString *line);
};

} // namespace dexdesk::cli
