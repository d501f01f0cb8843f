#pragma once

// The schema as numbered steps, one list of statements per SQL dialect. A step is applied once,
// in a transaction, and recorded in schema_migrations. Add steps; never edit a released one.

#include "SqlDialect.h"

#include <QList>
#include <QStringList>

namespace dexdesk {

struct Migration {
    int version;
    QString description;
    QStringList sqlite;
    QStringList postgresql;
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
    static QStringList statements(const Migration &m, SqlDialect dialect);
};

} // namespace dexdesk
