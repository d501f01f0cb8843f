#pragma once

// Terminal output for dexdesk-cli: results on stdout, messages and prompts on stderr, and the
// exit codes every command returns (SPEC §11: 0 success, 1 failure, 2 usage).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dexdesk::cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

class Console
{
public:
    static void out(const QString &line); // a line on stdout
    static void outLines(const QStringList &lines, const QString &indent = {});
    static void writeOut(const QByteArray &bytes); // raw bytes on stdout (exports)
    static void err(const QString &line); // a line on stderr
    static void prompt(const QString &text); // on stderr, no newline

    // "dexdesk-cli: <message>" on stderr; returns ExitFailure.
    static int fail(const QString &message);
    static void warn(const QString &message);
    // The message, a short usage line and where to find help, on stderr; returns ExitUsage.
    static int usageError(const QString &message, const QString &usage);
};

} // namespace dexdesk::cli
