#include "CliApp.h"

#include "CliContext.h"

#include "Console.h"
#include "DiagnosticsCommand.h"
#include "DownloadCommand.h"
#include "EngineCommands.h"
#include "LogsCommand.h"
#include "Paths.h"
#include "PurgeCommand.h"
#include "RecordsCommands.h"
#include "RestoreDefaultsCommand.h"
#include "SecretCommands.h"
#include "SettingsCommands.h"
#include "TestConnectionCommand.h"
#include "UniqueIdCommand.h"

#include <QLoggingCategory>

namespace dexdesk::cli {

QString CliApp::usage()
{
    return tr("dexdesk-cli [--database PATH] COMMAND [OPTIONS]");
}

QString CliApp::help()
{
    return tr("Usage: %1\n"
              "\n"
              "DEX Desk without windows, for technicians and servers. It works on the same database and\n"
              "keychain as the DEX Desk application.\n"
              "\n"
              "Commands:\n"
              "%2"
              "%3"
              "%4"
              "%5"
              "%6"
              "%7"
              "%8"
              "%9"
              "%10"
              "%11"
              "help [COMMAND]\n"
              "    Shows this help, or the help of one command.\n"
              "\n"
              "Options (before the command):\n"
              "  --database PATH   use this database file instead of the one in the application data folder\n"
              "  --verbose         also print the program's log messages on standard error\n"
              "  -h, --help        show this help\n"
              "  -v, --version     show the version\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 usage error.\n")
        .arg(usage(), SettingsCommands::help(), SecretCommands::help(), RestoreDefaultsCommand::help(),
             TestConnectionCommand::help(), LogsCommand::help(), PurgeCommand::help(), DiagnosticsCommand::help())
        .arg(EngineCommands::help() + DownloadCommand::help())
        .arg(RecordsCommands::help())
        .arg(UniqueIdCommand::help());
}

int CliApp::run(const QStringList &args)
{
    bool verbose = false;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            break;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            Console::out(help());
            return ExitSuccess;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            Console::out(QStringLiteral("dexdesk-cli %1").arg(QStringLiteral(DEXDESK_VERSION)));
            return ExitSuccess;
        }
        if (arg == QLatin1String("--verbose")) {
            verbose = true;
            continue;
        }
        if (arg == QLatin1String("--database") || arg.startsWith(QLatin1String("--database="))) {
            QString path = arg.mid(QStringLiteral("--database=").size());
            if (arg == QLatin1String("--database"))
                path = args.value(++i);
            if (path.isEmpty())
                return Console::usageError(tr("the option --database needs a file path"), usage());
            Paths::setDatabaseOverride(path);
            continue;
        }
        return Console::usageError(tr("unknown option %1").arg(arg.section(QLatin1Char('='), 0, 0)), usage());
    }
    if (i == args.size())
        return Console::usageError(tr("missing command"), usage());

    // The core logs what it does; here the commands say it in their own words, so the log
    // stays quiet unless asked for.
    CliContext::setVerbose(verbose);
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*=false"));
    return dispatch(args.at(i), args.mid(i + 1));
}

int CliApp::dispatch(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("settings"))
        return SettingsCommands::run(args);
    if (command == QLatin1String("secret"))
        return SecretCommands::run(args);
    if (command == QLatin1String("restore-defaults"))
        return RestoreDefaultsCommand::run(args);
    if (command == QLatin1String("test-connection"))
        return TestConnectionCommand::run(args);
    if (command == QLatin1String("logs"))
        return LogsCommand::run(args);
    if (command == QLatin1String("purge"))
        return PurgeCommand::run(args);
    if (command == QLatin1String("diagnostics"))
        return DiagnosticsCommand::run(args);
    if (command == QLatin1String("records"))
        return RecordsCommands::run(args);
    if (command == QLatin1String("run"))
        return EngineCommands::run(args);
    if (command == QLatin1String("publish"))
        return EngineCommands::publish(args);
    if (command == QLatin1String("status"))
        return EngineCommands::status(args);
    if (command == QLatin1String("download"))
        return DownloadCommand::run(args);
    if (command == QLatin1String("unique-id"))
        return UniqueIdCommand::run(args);
    if (command == QLatin1String("help"))
        return helpFor(args);
    return Console::usageError(tr("unknown command \"%1\"").arg(command), usage());
}

int CliApp::helpFor(const QStringList &args)
{
    if (args.size() > 1)
        return Console::usageError(tr("help takes at most one command"), usage());
    const QString topic = args.value(0);
    if (topic.isEmpty())
        Console::out(help());
    else if (topic == QLatin1String("settings"))
        Console::out(SettingsCommands::help());
    else if (topic == QLatin1String("secret"))
        Console::out(SecretCommands::help());
    else if (topic == QLatin1String("restore-defaults"))
        Console::out(RestoreDefaultsCommand::help());
    else if (topic == QLatin1String("test-connection"))
        Console::out(TestConnectionCommand::help());
    else if (topic == QLatin1String("logs"))
        Console::out(LogsCommand::help());
    else if (topic == QLatin1String("purge"))
        Console::out(PurgeCommand::help());
    else if (topic == QLatin1String("diagnostics"))
        Console::out(DiagnosticsCommand::help());
    else if (topic == QLatin1String("records"))
        Console::out(RecordsCommands::help());
    else if (topic == QLatin1String("download"))
        Console::out(DownloadCommand::help());
    else if (topic == QLatin1String("run") || topic == QLatin1String("publish") || topic == QLatin1String("status"))
        Console::out(EngineCommands::help());
    else if (topic == QLatin1String("unique-id"))
        Console::out(UniqueIdCommand::help());
    else
        return Console::usageError(tr("unknown command \"%1\"").arg(topic), usage());
    return ExitSuccess;
}

} // namespace dexdesk::cli
