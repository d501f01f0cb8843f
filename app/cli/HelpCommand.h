#pragma once

// `dexdesk-cli help [COMMAND]`: the overall help, or the help of one command of the table.

#include <QCoreApplication>

namespace dexdesk::cli {

class CommandCall;

class HelpCommand
{
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)
public:
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
