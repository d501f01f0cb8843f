#pragma once

// `dexdesk-cli logs [--level L] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT]
// [--limit N] [--json]`: rows of the database log table, newest first, through LogQuery.

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class LogsCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogsCommand)
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000000;

    static QString usage();
    static QString help();
    static int run(const CommandCall &call);

    // "2h", "30m", "7d", "45s" before `now`, or an ISO 8601 date or date and time (local time
    // unless it names an offset). Invalid on anything else.
    static QDateTime parseWhen(const QString &text, const QDateTime &now);
};

} // namespace dexdesk::cli
