#include "Logging.h"

#include "LevelFilter.h"
#include "LogLimits.h"
#include "LogRedactor.h"
#include "LogWriter.h"

#include <QDateTime>

#include <shared_mutex>

namespace dexdesk {

namespace {

struct State {
    std::shared_mutex lock; // the handler reads `writer` under a shared lock; shutdown takes it exclusively
    LogWriter *writer = nullptr;
    QtMessageHandler previous = nullptr;
    bool echo = false;
};

State &state()
{
    static State s;
    return s;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Categories were already filtered at the source; this catches unfiltered callers (plain
    // qDebug(), a QMessageLogger used directly) so a disabled level never reaches a sink.
    if (!LevelFilter::passes(type))
        return;
    State &s = state();
    std::shared_lock lock(s.lock);
    if (s.echo && s.previous)
        s.previous(type, context, LogRedactor::redact(message, LogLimits::kMaxMessageLength));
    if (!s.writer)
        return;
    LogRecord record;
    record.atMs = QDateTime::currentMSecsSinceEpoch();
    record.level = logLevelFromMsgType(type);
    record.category = QString::fromUtf8(context.category ? context.category : "default");
    record.message = message;
    s.writer->enqueue(std::move(record));
    if (type == QtFatalMsg)
        s.writer->flush(2000); // the program aborts after this handler returns
}

} // namespace

void Logging::install(const Options &options)
{
    shutdown();
    LevelFilter::apply(options.levels);
    auto *writer = new LogWriter(
        {options.databasePath, options.logDirectory, options.fileSizeCap, options.keptFiles, options.queueCapacity});
    writer->start(QThread::LowPriority);
    State &s = state();
    std::unique_lock lock(s.lock);
    s.writer = writer;
    s.echo = options.echoToStderr;
    s.previous = qInstallMessageHandler(handleMessage);
}

void Logging::shutdown()
{
    State &s = state();
    LogWriter *writer = nullptr;
    {
        std::unique_lock lock(s.lock);
        if (!s.writer)
            return;
        qInstallMessageHandler(s.previous);
        writer = std::exchange(s.writer, nullptr);
        s.previous = nullptr;
    }
    writer->stop();
    delete writer;
}

bool Logging::isInstalled()
{
    State &s = state();
    std::shared_lock lock(s.lock);
    return s.writer != nullptr;
}

void Logging::applyLevels(const LogLevels &levels)
{
    LevelFilter::apply(levels);
}

void Logging::applySettings(const GeneralSettings &general)
{
    applyLevels(LogLevels::fromSettings(general));
}

bool Logging::flush(int timeoutMs)
{
    State &s = state();
    std::shared_lock lock(s.lock);
    return !s.writer || s.writer->flush(timeoutMs);
}

quint64 Logging::droppedCount()
{
    State &s = state();
    std::shared_lock lock(s.lock);
    return s.writer ? s.writer->droppedCount() : 0;
}

quint64 Logging::failedCount()
{
    State &s = state();
    std::shared_lock lock(s.lock);
    return s.writer ? s.writer->failedCount() : 0;
}

} // namespace dexdesk
