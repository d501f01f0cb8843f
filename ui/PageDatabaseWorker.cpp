#include "PageDatabaseWorker.h"

#include "Database.h"

namespace dexdesk {

PageDatabaseWorker::PageDatabaseWorker(const QString &databasePath, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

PageDatabaseWorker::~PageDatabaseWorker()
{
    m_stopping = true;
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void PageDatabaseWorker::post(std::function<void(QSqlDatabase, QString)> job)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        QString error;
        if (!m_database)
            m_database = Database::openSqlite(m_databasePath, &error);
        job(m_database ? m_database->connection() : QSqlDatabase(), error);
    });
}

} // namespace dexdesk
