#pragma once

// dexdesk-cli's commands in one table, as git and cmake keep theirs: each row's name, usage line,
// help and handler drive the overall help, dispatch, `help COMMAND` and `COMMAND --help` alike.

#include <QList>
#include <QString>

namespace dexdesk::cli {

class CommandCall;

struct CliCommand {
    QString name; // the word after the global options: "settings"
    QString (*usage)(); // the line a usage error shows: "dexdesk-cli [--database PATH] settings ..."
    QString (*help)(); // its part of the Commands section, also shown by `help NAME` and `NAME --help`
    int (*run)(const CommandCall &call); // returns the exit code
};

class CliCommands
{
public:
    // Every command, in the order the help lists them.
    static const QList<CliCommand> &all();
    // The row named `name`, or null.
    static const CliCommand *find(const QString &name);
    // The Commands section of the overall help: each command's help in table order, a text that
    // several commands share (run, publish and status) only once.
    static QString helpSection();
};

} // namespace dexdesk::cli
