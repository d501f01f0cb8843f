#pragma once

// `dexdesk-cli records import-csv|generate|count`: bring a district's CSV extract into the record
// tables (checked whole first, nothing changes on any problem), make sample records for a demo or
// a test, and count the records per resource and school year.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class RecordsCommands
{
    Q_DECLARE_TR_FUNCTIONS(RecordsCommands)
public:
    static int run(const CommandCall &call); // import-csv, generate or count
    static QString help();
    static QString usage();

private:
    static int importCsv(const CommandCall &call);
    static int generate(const CommandCall &call);
    static int count(const CommandCall &call);
};

} // namespace dexdesk::cli
