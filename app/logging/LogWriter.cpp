#include "LogWriter.h"

#include "Database.h"
#include "LogFileSink.h"
#include "LogLimits.h"
#include "LogRedactor.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <cstdio>

namespace dexdesk {

LogWriter::LogWriter(Options options, QObject *parent)
    : QThread(parent)
    , m_options(std::move(options))
    , m_capacity(m_options.queueCapacity > 0 ? m_options.queueCapacity : LogLimits::kQueueCapacity)
{
    setObjectName(QStringLiteral("dexdesk-log-writer"));
}

LogWriter::~LogWriter()
{
    stop();
}

void LogWriter::enqueue(LogRecord record)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        ++m_in;
        if (int(m_queue.size()) >= m_capacity) {
            m_queue.pop_front();
            ++m_out;
            ++m_droppedSinceReport;
            m_dropped.fetch_add(1);
        }
        m_queue.push_back(std::move(record));
        wake = m_queue.size() == size_t(LogLimits::kFlushRows);
    }
    if (wake)
        m_wake.notify_one();
}

bool LogWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!isRunning() && !m_queue.empty())
        return false;
    const quint64 target = m_in;
    m_flushRequested = true;
    m_wake.notify_one();
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_out >= target; });
}

void LogWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    wait();
}

void LogWriter::run()
{
    std::unique_ptr<Database> db;
    if (!m_options.databasePath.isEmpty()) {
        QString error;
        db = Database::open(m_options.databasePath, &error);
        if (!db)
            std::fprintf(stderr, "dexdesk: log messages cannot be stored in the database: %s\n", qPrintable(error));
    }
    std::unique_ptr<LogFileSink> files;
    if (!m_options.logDirectory.isEmpty())
        files = std::make_unique<LogFileSink>(m_options.logDirectory, m_options.fileSizeCap, m_options.keptFiles);

    for (;;) {
        std::deque<LogRecord> batch;
        quint64 dropped = 0;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(LogLimits::kFlushIntervalMs), [&] {
                return m_stopping || m_flushRequested || m_queue.size() >= size_t(LogLimits::kFlushRows);
            });
            batch.swap(m_queue);
            dropped = std::exchange(m_droppedSinceReport, 0);
            m_flushRequested = false;
            stopping = m_stopping;
        }
        const size_t taken = batch.size();
        if (dropped > 0) {
            // Said in the logs themselves, so a gap in them is explained where it shows.
            batch.push_back({0,
                             QDateTime::currentMSecsSinceEpoch(),
                             LogLevel::Error,
                             QStringLiteral("dexdesk.logging"),
                             {},
                             QStringLiteral("%1 log messages were dropped: they came faster than they could be "
                                            "written.")
                                 .arg(dropped)});
        }
        if (!batch.empty())
            writeBatch(batch, db.get(), files.get());
        {
            std::lock_guard lock(m_mutex);
            m_out += taken;
        }
        m_progress.notify_all();
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty())
                break;
        }
    }
    if (files)
        files->close();
}

void LogWriter::writeBatch(std::deque<LogRecord> &batch, Database *db, LogFileSink *files)
{
    QStringList lines;
    lines.reserve(qsizetype(batch.size()));
    for (LogRecord &r : batch) {
        LogRecord::takeLeaTag(&r.message, &r.lea);
        r.message = LogRedactor::redact(r.message, LogLimits::kMaxMessageLength);
        r.lea = LogRedactor::redact(r.lea, 64);
        if (files)
            lines << r.toLine();
    }
    if (files)
        files->write(lines);
    if (!db)
        return;

    QSqlDatabase conn = db->connection();
    bool ok = conn.transaction();
    QSqlQuery q(conn);
    ok = ok && q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, lea, message) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = batch.cbegin(); ok && it != batch.cend(); ++it) {
        q.bindValue(0, it->atMs);
        q.bindValue(1, int(it->level));
        q.bindValue(2, it->category);
        q.bindValue(3, it->lea.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(it->lea));
        q.bindValue(4, it->message);
        ok = q.exec();
    }
    if (ok && conn.commit()) {
        m_written.fetch_add(batch.size());
        return;
    }
    // Not logged through Qt: a message about the log table failing would only feed it again.
    const QString reason = q.lastError().isValid() ? q.lastError().text() : conn.lastError().text();
    conn.rollback();
    if (m_failed.fetch_add(batch.size()) == 0)
        std::fprintf(stderr, "dexdesk: log messages could not be stored in the database: %s\n", qPrintable(reason));
}

} // namespace dexdesk
