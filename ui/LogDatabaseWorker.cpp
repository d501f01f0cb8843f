#include "LogDatabaseWorker.h"

#include "AuditTrail.h"
#include "Database.h"

namespace dexdesk {

LogDatabaseWorker::LogDatabaseWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_thread.setObjectName(QStringLiteral("dexdesk-log-viewer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

LogDatabaseWorker::~LogDatabaseWorker()
{
    m_current.store(~quint64(0)); // skip whatever is still queued
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool LogDatabaseWorker::open(QString *error)
{
    if (!m_database)
        m_database = Database::openSqlite(m_databasePath, error);
    return m_database != nullptr;
}

void LogDatabaseWorker::queryLogs(quint64 ticket, const LogQuery &query)
{
    QMetaObject::invokeMethod(m_context, [this, ticket, query] {
        if (ticket < m_current.load())
            return;
        QList<LogRecord> rows;
        QString error;
        if (open(&error))
            query.run(m_database->connection(), &rows, &error);
        QMetaObject::invokeMethod(
            this, [this, ticket, rows, error] { Q_EMIT logsReady(ticket, rows, error); }, Qt::QueuedConnection);
    });
}

void LogDatabaseWorker::readAudit(quint64 ticket, int limit)
{
    QMetaObject::invokeMethod(m_context, [this, ticket, limit] {
        if (ticket < m_current.load())
            return;
        QList<AuditEntry> entries;
        QString error;
        if (open(&error))
            AuditTrail::read(m_database->connection(), limit, 0, &entries, &error);
        QMetaObject::invokeMethod(
            this, [this, ticket, entries, error] { Q_EMIT auditReady(ticket, entries, error); }, Qt::QueuedConnection);
    });
}

} // namespace dexdesk
