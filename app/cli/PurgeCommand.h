#pragma once

// `dexdesk-cli purge [--dry-run] [--json]`: removes what the saved Purge Policy says is obsolete
// (SPEC §9) through Purger, and prints the count of each kind; --dry-run only counts.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class PurgeCommand
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
