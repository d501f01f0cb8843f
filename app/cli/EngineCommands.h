#pragma once

// The engine from the command line (SPEC §11): `run [--once]` (the engine headless, while the
// system is On), `publish --all|--changes` (one run by hand) and `status [--json]`.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class EngineCommands
{
    Q_DECLARE_TR_FUNCTIONS(EngineCommands)
public:
    static QString help();
    static int run(const QStringList &args);
    static int publish(const QStringList &args);
    static int status(const QStringList &args);
};

} // namespace dexdesk::cli
