#include "Console.h"

#include <QCoreApplication>

#include <cstdio>

namespace dexdesk::cli {

namespace {
void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void Console::out(const QString &line)
{
    write(stdout, (line + QLatin1Char('\n')).toUtf8());
}

void Console::outLines(const QStringList &lines, const QString &indent)
{
    for (const QString &line : lines)
        out(indent + line);
}

void Console::writeOut(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Console::err(const QString &line)
{
    write(stderr, (line + QLatin1Char('\n')).toUtf8());
}

void Console::prompt(const QString &text)
{
    write(stderr, text.toUtf8());
}

int Console::fail(const QString &message)
{
    err(QStringLiteral("dexdesk-cli: ") + message);
    return ExitFailure;
}

void Console::warn(const QString &message)
{
    err(QStringLiteral("dexdesk-cli: ") + QCoreApplication::translate("Console", "warning: %1").arg(message));
}

int Console::usageError(const QString &message, const QString &usage)
{
    err(QStringLiteral("dexdesk-cli: ") + message);
    err(QCoreApplication::translate("Console", "Usage: %1").arg(usage));
    err(QCoreApplication::translate("Console", "Run \"dexdesk-cli --help\" for the commands and options."));
    return ExitUsage;
}

} // namespace dexdesk::cli
