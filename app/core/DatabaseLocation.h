#pragma once

// Where the DEX Desk database is: an SQLite file (the default) or a PostgreSQL server named by a
// `postgresql://user@host:port/database` URL. The one place that reads and checks --database.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dexdesk {

class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind { SQLiteFile, PostgreSQL };

    // Reads what the user gave to --database. A `postgresql://` (or `postgres://`) URL names a
    // server; anything else is an SQLite file path. A URL with a password, an unknown parameter or
    // a malformed port is refused: false, and `error` says what is wrong and what to do.
    static bool parse(const QString &text, DatabaseLocation *out, QString *error);
    // True when `text` is meant as a server URL (whether or not it is a valid one).
    static bool looksLikeUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgreSQL() const { return m_kind == Kind::PostgreSQL; }
    QString filePath() const { return m_filePath; } // SQLite: the absolute file path

    // PostgreSQL: the parts of the URL. Empty host, user or port: libpq's defaults (PGHOST, …).
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1 when not given
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    // libpq keywords for QSqlDatabase::setConnectOptions ("sslmode=require;connect_timeout=10").
    QString connectOptions() const;

    // What DEX Desk stores and shows: the file path, or the URL (it never holds a password).
    QString toString() const;

private:
    Kind m_kind = Kind::SQLiteFile;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QStringList m_options; // "key=value"
};

} // namespace dexdesk
