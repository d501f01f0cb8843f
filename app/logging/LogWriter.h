#pragma once

// The thread behind both sinks. The message handler hands records over with enqueue(), which
// never waits for disk or database; this thread redacts them and writes them in batches — to the
// log table through its own database connection and to the rotating files — every
// LogLimits::kFlushIntervalMs or as soon as LogLimits::kFlushRows records wait. When it cannot
// keep up, the oldest waiting records are dropped and counted rather than blocking the caller.

#include "LogRecord.h"

#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace dexdesk {

class Database;
class LogFileSink;

class LogWriter : public QThread
{
    Q_OBJECT
public:
    struct Options {
        QString databasePath; // empty: no log table (files only)
        QString logDirectory; // empty: no files
        qint64 fileSizeCap = 0; // 0: LogLimits::kFileSizeCap
        int keptFiles = 0; // 0: LogLimits::kKeptFiles
        int queueCapacity = 0; // 0: LogLimits::kQueueCapacity
    };

    explicit LogWriter(Options options, QObject *parent = nullptr);
    ~LogWriter() override;

    // Thread-safe; holds a mutex only to append.
    void enqueue(LogRecord record);
    // Waits until everything enqueued before the call is written (or dropped). False on timeout.
    bool flush(int timeoutMs);
    // Writes what is waiting and ends the thread.
    void stop();

    quint64 droppedCount() const { return m_dropped.load(); }
    quint64 writtenCount() const { return m_written.load(); } // rows that reached the table
    quint64 failedCount() const { return m_failed.load(); } // rows the table refused

protected:
    void run() override;

private:
    void writeBatch(std::deque<LogRecord> &batch, Database *db, LogFileSink *files);

    Options m_options;
    int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::deque<LogRecord> m_queue;
    quint64 m_in = 0; // records enqueued (guarded by m_mutex)
    quint64 m_out = 0; // records written or dropped (guarded by m_mutex)
    quint64 m_droppedSinceReport = 0;
    bool m_flushRequested = false;
    bool m_stopping = false;
    std::atomic<quint64> m_dropped {0};
    std::atomic<quint64> m_written {0};
    std::atomic<quint64> m_failed {0};
};

} // namespace dexdesk
