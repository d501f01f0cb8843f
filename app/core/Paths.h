#pragma once

// Where DEX Desk keeps its files: the database, imported profiles and logs, in the platform's
// app data folder unless the user names another database with --database.

#include <QString>

namespace dexdesk {

class Paths
{
public:
    // The same name for every program, so the window and dexdesk-cli share one app data folder.
    static void setApplicationIdentity();
    static void setDatabaseOverride(const QString &path); // from --database: a file or a postgresql:// URL
    // The database to open: an SQLite file path, or a PostgreSQL URL (DatabaseLocation reads both).
    static QString databaseFile();
    static QString dataDirectory();
    static QString userProfileDirectory();
    static QString logDirectory();
    // The JSON report of the last Test Connection (no secrets in it), for the support bundle.
    static QString lastTestReportFile();
};

} // namespace dexdesk
