#include "DatabaseWorker.h"

namespace dexdesk {

DatabaseWorker::DatabaseWorker(const QString &databasePath, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

DatabaseWorker::~DatabaseWorker()
{
    m_stopping = true;
    // Ticketed reads still queued are not worth running now; plain jobs (a retry the user asked
    // for) still run, but their results are dropped with this object.
    m_current.store(kAlways);
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void DatabaseWorker::post(quint64 ticket, std::function<void(Database *, QString)> job)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_context, [this, ticket, job = std::move(job)] {
        if (ticket != kAlways && ticket < m_current.load())
            return;
        QString error;
        if (!m_database)
            m_database = Database::open(m_databasePath, &error);
        job(m_database.get(), error);
    });
}

} // namespace dexdesk
