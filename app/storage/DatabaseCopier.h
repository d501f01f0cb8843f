#pragma once

// Moves a district: copies every table of one DEX Desk database (settings, records, change queue
// and publish status, downloads, logs, job runs, audit trail) into an empty PostgreSQL database
// of the same schema, in one transaction, and checks the row count of every table.

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dexdesk {

struct CopiedTable {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    // False with a message when the target is not PostgreSQL, not empty, of another schema, or a
    // row does not fit; the target is then left as it was.
    static bool copy(Database &source, Database &target, QList<CopiedTable> *copied, QString *error);
};

} // namespace dexdesk
