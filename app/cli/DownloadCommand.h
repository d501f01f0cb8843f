#pragma once

// `dexdesk-cli download [--json]`: one download run (SPEC §7.1) with the saved settings of the
// selected profile, for its first enabled LEA, reading that LEA's secret from the keychain.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class DownloadCommand
{
    Q_DECLARE_TR_FUNCTIONS(DownloadCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
