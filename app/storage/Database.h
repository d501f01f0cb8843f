#pragma once

// One connection to the DEX Desk database for the thread that opens it: creates the file,
// switches SQLite to WAL and brings the schema up to date (or refuses a newer schema).

#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace dexdesk {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when needed) the SQLite file at `path` and migrates it.
    // On failure returns null and a message that says what to do.
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);

    QSqlDatabase connection() const;
    SqlDialect dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `statement` and returns the message of the failure (empty on success).
    static QString lastError(const QSqlQuery &query);

    // Tests only: called on the opening thread with each SQLite connection once it is migrated
    // (to lower PRAGMA max_page_count on the engine's own connection: a real "disk is full").
    using OpenHook = std::function<void(const QSqlDatabase &connection)>;
    static void setOpenHookForTesting(OpenHook hook);

private:
    Database(QString connectionName, QString path, SqlDialect dialect);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
};

} // namespace dexdesk
