#pragma once

// A section's own database thread, for pages whose queries must not hold up the GUI thread
// (Exchange Monitor, Errors): each job runs there on a connection that thread opened itself and
// its result comes back to the GUI thread as a queued call. Jobs queued after the worker is gone
// never run, and their results never arrive.

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace dexdesk {

class Database;

class PageDatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit PageDatabaseWorker(const QString &databasePath, const QString &threadName, QObject *parent = nullptr);
    ~PageDatabaseWorker() override;

    // Runs `work` on the worker thread, then `done` with its result on this object's thread.
    template<typename T>
    void run(std::function<T(QSqlDatabase db, QString *error)> work, std::function<void(T, QString)> done)
    {
        post([this, work = std::move(work), done = std::move(done)](QSqlDatabase db, QString openError) mutable {
            QString error = openError;
            T result {};
            if (error.isEmpty())
                result = work(db, &error);
            QMetaObject::invokeMethod(
                this, [done = std::move(done), result = std::move(result), error] { done(result, error); },
                Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void(QSqlDatabase, QString)> job);

    QString m_databasePath;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_database; // touched only in m_thread
    bool m_stopping = false;
};

} // namespace dexdesk
