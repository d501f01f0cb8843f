#pragma once

// `dexdesk-cli settings show|export|import`: look at the saved settings, write them to a file
// without secrets, and bring a file in (checked whole first; --dry-run only lists the changes).

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class SettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)
public:
    static int run(const QStringList &args); // the arguments after "settings"
    static QString help();
    static QString usage();

private:
    static int show(const QStringList &args);
    static int exportSettings(const QStringList &args);
    static int importSettings(const QStringList &args);
};

} // namespace dexdesk::cli
