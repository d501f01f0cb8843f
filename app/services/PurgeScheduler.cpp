#include "PurgeScheduler.h"

#include "Database.h"
#include "DatabaseWorker.h"
#include "LogCategories.h"
#include "Purger.h"

#include <QDateTime>

namespace dexdesk {

namespace {
struct RunResult {
    bool ok = false;
    qint64 removed = 0;
    QString error;
};
} // namespace

PurgeScheduler::PurgeScheduler(QString databasePath, QString logDirectory, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_logDirectory(std::move(logDirectory))
{
    connect(&m_timer, &QTimer::timeout, this, &PurgeScheduler::runOnce);
}

int PurgeScheduler::intervalMs(Frequency frequency)
{
    constexpr int hour = 3600 * 1000;
    switch (frequency) {
    case Frequency::High:
        return hour;
    case Frequency::Standard:
        return 6 * hour;
    case Frequency::Low:
        return 24 * hour;
    }
    return 6 * hour;
}

void PurgeScheduler::apply(const GeneralSettings &saved)
{
    m_policy = saved.purgePolicy;
    // Off halts every processor, the purger included.
    if (!saved.systemEnabled) {
        m_timer.stop();
        return;
    }
    const int interval = m_intervalOverrideMs > 0 ? m_intervalOverrideMs : intervalMs(saved.frequency);
    if (!m_timer.isActive() || m_timer.interval() != interval)
        m_timer.start(interval);
}

void PurgeScheduler::runOnce()
{
    if (m_running)
        return; // a slow purge is still going; the next tick will catch up
    m_running = true;
    ++m_runs;
    const PurgePolicy policy = m_policy;
    const QString logDirectory = m_logDirectory;
    if (!m_worker)
        m_worker = new DatabaseWorker(m_databasePath, QStringLiteral("dexdesk-purge"), this);
    m_worker->run<RunResult>(
        [policy, logDirectory](Database &database, QString *) {
            RunResult r;
            QList<PurgeCount> removed;
            r.ok = Purger(database.connection(), logDirectory)
                       .run(policy, QDateTime::currentDateTimeUtc(), &removed, &r.error);
            for (const PurgeCount &c : removed)
                r.removed += c.count;
            return r;
        },
        [this](RunResult r, const QString &openError) {
            m_running = false;
            if (!openError.isEmpty())
                r.error = openError; // not opened: r.ok is false
            if (r.ok)
                qCInfo(lcPurge) << "scheduled purge removed" << r.removed << "item(s)";
            else
                qCWarning(lcPurge).noquote() << "scheduled purge failed:" << r.error;
            Q_EMIT purged(r.ok, r.removed, r.error);
        });
}

} // namespace dexdesk
