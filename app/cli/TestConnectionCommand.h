#pragma once

// `dexdesk-cli test-connection [--profile ID] [--lea ID] [--json]`: the window's Test Connection
// from a terminal, with the saved settings. Exit 0 when every step passes, 1 otherwise.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class TestConnectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(TestConnectionCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
