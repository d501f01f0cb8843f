#pragma once

// One run of a table command: its row and the arguments after its name, with the steps every
// command starts with (parse, usage error, --help) done here once, so a handler only does its work.

#include "CommandLine.h"
#include "CommandTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dexdesk::cli {

class CommandCall
{
    Q_DECLARE_TR_FUNCTIONS(CommandCall)
public:
    CommandCall(const CliCommand &command, QStringList args);

    QString name() const { return m_name; } // "settings show" once a subcommand is taken
    const QStringList &args() const { return m_args; }
    QString usage() const { return m_command->usage(); }

    // The first argument taken as a subcommand: the name grows by it ("settings" → "settings show")
    // and the arguments lose it. `help`, when given, replaces the row's help for --help.
    CommandCall subcommand(QString (*help)() = nullptr) const;

    // Parses args() against `spec` into `cl`. An exit code when the command ends here: ExitUsage
    // after "NAME: problem" and the usage line on stderr, ExitSuccess after printing the help for
    // --help or -h. Nothing when the handler goes on.
    std::optional<int> parse(const CommandLine::Spec &spec, CommandLine *cl) const;

    int usageError(const QString &message) const; // `message` and the usage line; ExitUsage
    int showHelp() const; // the command's help on stdout; ExitSuccess

private:
    const CliCommand *m_command;
    QString m_name;
    QStringList m_args;
    QString (*m_help)();
};

} // namespace dexdesk::cli
