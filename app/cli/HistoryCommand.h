#pragma once

// `dexdesk-cli settings history [--limit N] [--profile ID] [--json]`: the settings audit trail,
// newest first — when, who, which field, old → new; a secret change shows only as "changed".

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000000;

    static QString help();
    static int run(const CommandCall &call); // "settings history"
};

} // namespace dexdesk::cli
