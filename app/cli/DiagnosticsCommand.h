#pragma once

// `dexdesk-cli diagnostics FILE [--force]`: the support bundle (DiagnosticsBundle) — settings
// without secrets, recent logs, counts, versions and the last test-connection report — checked
// against the LEA secrets in the keychain before it is written.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class DiagnosticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
