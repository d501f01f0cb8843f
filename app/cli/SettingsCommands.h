#pragma once

// `dexdesk-cli settings show|export|import`: look at the saved settings, write them to a file
// without secrets, and bring a file in (checked whole first; --dry-run only lists the changes).

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)
public:
    static int run(const CommandCall &call); // show, export, import or history
    static QString help();
    static QString usage();

private:
    static int show(const CommandCall &call);
    static int exportSettings(const CommandCall &call);
    static int importSettings(const CommandCall &call);
};

} // namespace dexdesk::cli
