#pragma once

// One connection to the DEX Desk database for the thread that opens it: creates the file,
// switches SQLite to WAL and brings the schema up to date (or refuses a newer schema).

#include "DatabaseLocation.h"
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

    // Opens the database at `location` (an SQLite file path or a postgresql:// URL, as
    // DatabaseLocation reads them) and migrates it. On failure returns null and a message that
    // says what happened and what to do.
    static std::unique_ptr<Database> open(const QString &location, QString *error);
    // Opens (creating when needed) the SQLite file at `path` and migrates it.
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);
    // Connects to the PostgreSQL database of `location` (the password from libpq: ~/.pgpass,
    // PGPASSFILE or a service) and migrates it.
    static std::unique_ptr<Database> openPostgreSQL(const DatabaseLocation &location, QString *error);

    QSqlDatabase connection() const;
    SqlDialect dialect() const { return m_dialect; }
    QString path() const { return m_path; } // the file, or the URL (never with a password)
    bool isPostgreSQL() const { return m_dialect == SqlDialect::PostgreSQL; }
    int schemaVersion() const;

    // Runs `statement` and returns the message of the failure (empty on success).
    static QString lastError(const QSqlQuery &query);
    // The dialect of a connection this class opened (by its Qt driver).
    static SqlDialect dialectOf(const QSqlDatabase &db);
    // The id of the row an `INSERT … RETURNING id` just added.
    static qint64 insertedId(QSqlQuery &query);

    // Tests only: called on the opening thread with each SQLite connection once it is migrated
    // (to lower PRAGMA max_page_count on the engine's own connection: a real "disk is full").
    using OpenHook = std::function<void(const QSqlDatabase &connection)>;
    static void setOpenHookForTesting(OpenHook hook);

private:
    Database(QString connectionName, QString path, SqlDialect dialect);
    bool migrate(QString *error);
    QString describe() const; // for messages: the file, or "the PostgreSQL database URL"

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
};

} // namespace dexdesk
