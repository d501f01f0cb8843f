#pragma once

// `dexdesk-cli records import-csv|generate|count`: bring a district's CSV extract into the record
// tables (checked whole first, nothing changes on any problem), make sample records for a demo or
// a test, and count the records per resource and school year.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class RecordsCommands
{
    Q_DECLARE_TR_FUNCTIONS(RecordsCommands)
public:
    static int run(const QStringList &args); // the arguments after "records"
    static QString help();
    static QString usage();

private:
    static int importCsv(const QStringList &args);
    static int generate(const QStringList &args);
    static int count(const QStringList &args);
};

} // namespace dexdesk::cli
