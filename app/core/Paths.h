#pragma once

// Where DEX Desk keeps its files: the database, imported profiles and logs, in the platform's
// app data folder unless the user names another database with --database.

#include <QString>

namespace dexdesk {

class Paths
{
public:
    static void setDatabaseOverride(const QString &path); // from --database
    static QString databaseFile();
    static QString dataDirectory();
    static QString userProfileDirectory();
    static QString logDirectory();
};

} // namespace dexdesk
