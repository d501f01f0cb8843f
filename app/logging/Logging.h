#pragma once

// The program's logging, switched on once at start-up: one message handler for every Qt message,
// filtered at the source by the General Setup's levels, feeding the log table and the rotating
// files through LogWriter. AppServices (app/services) calls install() after opening the database
// and applySettings() whenever the saved settings change, so a saved change of levels applies at once.

#include "LogLevel.h"

#include <QString>

namespace dexdesk {

struct GeneralSettings;

class Logging
{
public:
    struct Options {
        QString databasePath; // the log table's database; empty: files only
        QString logDirectory; // Paths::logDirectory() in the programs; empty: no files
        LogLevels levels;
        bool echoToStderr = false; // also pass each (redacted) message to the previous handler
        qint64 fileSizeCap = 0; // 0: LogLimits::kFileSizeCap
        int keptFiles = 0; // 0: LogLimits::kKeptFiles
        int queueCapacity = 0; // 0: LogLimits::kQueueCapacity
    };

    static void install(const Options &options);
    // Writes what is waiting, stops the writer and puts the previous message handler back.
    static void shutdown();
    static bool isInstalled();

    static void applyLevels(const LogLevels &levels);
    static void applySettings(const GeneralSettings &general);

    // Waits until every message logged so far is in the table and the files. False on timeout.
    static bool flush(int timeoutMs = 5000);
    static quint64 droppedCount();
    static quint64 failedCount();
};

} // namespace dexdesk
