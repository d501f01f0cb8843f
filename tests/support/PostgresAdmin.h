#pragma once

// Runs one statement (CREATE or DROP DATABASE) on the maintenance database `postgres` of the
// server `serverUrl` (postgresql://user@host:port/, as scripts/with-postgres.sh exports it), over
// the named connection. Shared by the tests' TestEnvironment and the benchmarks.

#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace dexdesk::test {

inline bool runOnPostgresServer(const QString &serverUrl, const QString &connectionName, const QString &sql,
                                QString *error)
{
    DatabaseLocation location;
    if (!DatabaseLocation::parse(serverUrl + QStringLiteral("postgres"), &location, error))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(connectionName)
            ? QSqlDatabase::database(connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.databaseName());
        if (!db.isOpen() && !db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            *error = q.lastError().text();
    }
    return ok;
}

} // namespace dexdesk::test
