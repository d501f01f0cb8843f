#pragma once

// The engine from the command line (SPEC §11): `run [--once]` (the engine headless, while the
// system is On), `publish --all|--changes` (one run by hand) and `status [--json]`.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class EngineCommands
{
    Q_DECLARE_TR_FUNCTIONS(EngineCommands)
public:
    static QString runUsage();
    static QString publishUsage();
    static QString statusUsage();
    static QString help(); // one text for the three commands
    static int run(const CommandCall &call);
    static int publish(const CommandCall &call);
    static int status(const CommandCall &call);
};

} // namespace dexdesk::cli
