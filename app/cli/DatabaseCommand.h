#pragma once

// `dexdesk-cli database copy --to URL`: moves a district's SQLite database (the one --database or
// the default names) into an empty PostgreSQL database, in one transaction, checking row counts.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);

private:
    static int copy(const CommandCall &call);
};

} // namespace dexdesk::cli
