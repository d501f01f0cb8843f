#pragma once

// The support bundle (`dexdesk-cli diagnostics FILE`, Help ▸ Save Diagnostics): one .tar.gz, written
// with libarchive, that a technician can attach to a ticket as it is — settings without secrets,
// recent log rows and the log files, counts, the last test-connection report and versions. Before
// anything is written every entry is searched for the secrets the caller knows; a hit refuses the
// whole bundle.

#include "Settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace dexdesk {

class Database;
class ProfileRepository;

class DiagnosticsBundle
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsBundle)

public:
    static constexpr int kRecentLogRows = 5000;

    struct Input {
        Database *database = nullptr; // the connection of the calling thread; null: no database parts
        const ProfileRepository *profiles = nullptr;
        Settings settings; // the saved settings
        QString logDirectory; // Paths::logDirectory(); empty: no log files
        int recentLogRows = kRecentLogRows;
        std::optional<QJsonObject> testReport; // TestReport's JSON of the last Test Connection
        QStringList knownSecrets; // the LEA secrets and tokens the caller holds, for the final check
    };

    using Entry = QPair<QString, QByteArray>; // name inside the archive, content

    // Collects the entries (names relative to the archive's top folder).
    static QList<Entry> collect(const Input &input);
    // Collects, checks and writes `path` atomically. On failure nothing is left at `path`.
    static bool write(const QString &path, const Input &input, QString *error);
    static QString topFolder(); // "dexdesk-diagnostics"

private:
    static QByteArray versions(Database *database);
    static QByteArray counts(Database *database);
    static QByteArray recentLogs(Database *database, int rows);
    static bool writeArchive(const QString &path, const QList<Entry> &entries, QString *error);
};

} // namespace dexdesk
