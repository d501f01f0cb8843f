#pragma once

// The viewers' own database thread: log queries and audit reads run there on a connection that
// thread opens itself, so a scan of a million log rows never holds up the GUI thread. Results come
// back as queued signals carrying the caller's ticket; requests a newer ticket has superseded are
// skipped without running.

#include "AuditEntry.h"
#include "LogQuery.h"
#include "LogRecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace dexdesk {

class Database;

class LogDatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit LogDatabaseWorker(const QString &databasePath, QObject *parent = nullptr);
    ~LogDatabaseWorker() override;

    // Requests with a ticket below `ticket` that have not started yet are dropped.
    void supersede(quint64 ticket) { m_current.store(ticket); }
    void queryLogs(quint64 ticket, const LogQuery &query);
    void readAudit(quint64 ticket, int limit);

Q_SIGNALS:
    void logsReady(quint64 ticket, const QList<dexdesk::LogRecord> &rows, const QString &error);
    void auditReady(quint64 ticket, const QList<dexdesk::AuditEntry> &entries, const QString &error);

private:
    bool open(QString *error); // worker thread only

    QString m_databasePath;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; work is queued to it
    std::unique_ptr<Database> m_database; // touched only in m_thread
    std::atomic<quint64> m_current {0};
};

} // namespace dexdesk
