#pragma once

// Runs the purger on the Job Processing Frequency's schedule (SPEC §7.4: every hour / 6 h / 24 h
// for High / Standard / Low) while the system is On, with the saved Purge Policy. Each run happens
// on a DatabaseWorker (a thread with its own database connection); settings changes apply at once.

#include "Settings.h"

#include <QObject>
#include <QTimer>

namespace dexdesk {

class DatabaseWorker;

class PurgeScheduler : public QObject
{
    Q_OBJECT
public:
    PurgeScheduler(QString databasePath, QString logDirectory, QObject *parent = nullptr);

    static int intervalMs(Frequency frequency); // SPEC §7.4's purge row

    void apply(const GeneralSettings &saved); // at start and after each save (AppServices)
    void setIntervalOverrideMs(int ms) { m_intervalOverrideMs = ms; } // tests only
    bool isActive() const { return m_timer.isActive(); }
    int runs() const { return m_runs; }

Q_SIGNALS:
    void purged(bool ok, qint64 removed, const QString &error);

private:
    void runOnce();

    QString m_databasePath;
    QString m_logDirectory;
    QTimer m_timer;
    DatabaseWorker *m_worker = nullptr; // made at the first run
    PurgePolicy m_policy = PurgePolicy::Typical;
    int m_intervalOverrideMs = 0;
    int m_runs = 0;
    bool m_running = false;
};

} // namespace dexdesk
