#pragma once

// The one way to do database work off the GUI thread: a thread of its own with a connection that
// thread opened itself. Each job runs there and its result comes back to the worker's owner
// thread as a queued call. Jobs queued after the worker is gone never run, and results of jobs
// still queued when it is destroyed never arrive.

#include "Database.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>

namespace dexdesk {

class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Work = std::function<T(Database &db, QString *error)>;
    template<typename T> using Done = std::function<void(T result, QString error)>;

    explicit DatabaseWorker(const QString &databasePath, const QString &threadName, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `work` on the worker thread, then `done` with its result on this object's thread. When
    // the database cannot be opened `work` does not run and `done` gets a default T and the reason.
    template<typename T> void run(Work<T> work, Done<T> done)
    {
        post(kAlways, wrap<T>(std::move(work), std::move(done)));
    }

    // As run(), for a stream of requests where only the newest matters (a filter the user keeps
    // changing): a job whose ticket is below the last supersede() is dropped before it starts,
    // and its `done` is never called.
    template<typename T> void run(quint64 ticket, Work<T> work, Done<T> done)
    {
        post(ticket, wrap<T>(std::move(work), std::move(done)));
    }
    void supersede(quint64 ticket) { m_current.store(ticket); }

    QString databasePath() const { return m_databasePath; }

private:
    static constexpr quint64 kAlways = std::numeric_limits<quint64>::max();

    template<typename T> std::function<void(Database *, QString)> wrap(Work<T> work, Done<T> done)
    {
        return [this, work = std::move(work), done = std::move(done)](Database *db, QString openError) mutable {
            QString error = openError;
            T result {};
            if (db)
                result = work(*db, &error);
            // Queued to this object: when it is destroyed first, Qt drops the call with it.
            QMetaObject::invokeMethod(
                this, [done = std::move(done), result = std::move(result), error] { done(result, error); },
                Qt::QueuedConnection);
        };
    }
    void post(quint64 ticket, std::function<void(Database *, QString)> job);

    QString m_databasePath;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_database; // touched only in m_thread
    std::atomic<quint64> m_current {0};
    bool m_stopping = false;
};

} // namespace dexdesk
