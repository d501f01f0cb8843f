#include "CliApp.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "CommandTable.h"
#include "Console.h"
#include "DatabaseLocation.h"
#include "Paths.h"
#include "SecretSource.h"

#include <QLoggingCategory>

namespace dexdesk::cli {

QString CliApp::usage()
{
    return tr("dexdesk-cli [--database PATH] [--secrets SOURCE] COMMAND [OPTIONS]");
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
              "\n"
              "Options (before the command):\n"
              "  --database PATH   use this database file instead of the one in the application data folder;\n"
              "                    or a PostgreSQL server: postgresql://user@host:port/database (the\n"
              "                    password comes from ~/.pgpass, PGPASSFILE or a libpq service, never the URL)\n"
              "  --secrets SOURCE  where LEA secrets are read from: keychain (the default), credentials\n"
              "                    (systemd credentials in $CREDENTIALS_DIRECTORY, one file per LEA named\n"
              "                    dexdesk.PROFILE.LEA) or file:PATH (lines dexdesk.PROFILE.LEA=SECRET in a\n"
              "                    file owned by you with mode 0600); read only. Default: $DEXDESK_SECRETS,\n"
              "                    else keychain\n"
              "  --verbose         also print the program's log messages on standard error\n"
              "  -h, --help        show this help\n"
              "  -v, --version     show the version\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 usage error.\n")
        .arg(usage(), CliCommands::helpSection());
}

int CliApp::run(const QStringList &args)
{
    bool verbose = false;
    // An explicit opt-in (SPEC §4): the option, or the variable a systemd drop-in may set.
    QString secrets = qEnvironmentVariable(SecretSource::kEnvironmentVariable);
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
                return Console::usageError(tr("the option --database needs a file path or a postgresql:// URL"),
                                           usage());
            DatabaseLocation location;
            QString error;
            if (!DatabaseLocation::parse(path, &location, &error))
                return Console::usageError(error, usage());
            Paths::setDatabaseOverride(location.toString());
            continue;
        }
        if (arg == QLatin1String("--secrets") || arg.startsWith(QLatin1String("--secrets="))) {
            secrets
                = arg == QLatin1String("--secrets") ? args.value(++i) : arg.mid(QStringLiteral("--secrets=").size());
            if (secrets.isEmpty())
                return Console::usageError(
                    tr("the option --secrets needs a source: keychain, credentials or file:PATH"), usage());
            continue;
        }
        return Console::usageError(tr("unknown option %1").arg(arg.section(QLatin1Char('='), 0, 0)), usage());
    }
    if (i == args.size())
        return Console::usageError(tr("missing command"), usage());
    if (!secrets.isEmpty()) {
        SecretSource source;
        QString error;
        if (!SecretSource::parse(secrets, &source, &error))
            return Console::usageError(error, usage());
        CliContext::setSecretSource(source);
    }

    // The core logs what it does; here the commands say it in their own words, so the log
    // stays quiet unless asked for.
    CliContext::setVerbose(verbose);
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*=false"));
    return dispatch(args.at(i), args.mid(i + 1));
}

int CliApp::dispatch(const QString &command, const QStringList &args)
{
    const CliCommand *row = CliCommands::find(command);
    if (!row)
        return Console::usageError(tr("unknown command \"%1\"").arg(command), usage());
    return row->run(CommandCall(*row, args));
}

} // namespace dexdesk::cli
