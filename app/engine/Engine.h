#pragma once

// The exchange engine on its worker thread: its own database connection, HTTP client, token
// providers per LEA and the publisher, run on the Job Processing Frequency's schedule (SPEC §7.4)
// or once by hand. All state is in the database, so a restart continues where it stopped.
// Created and driven by EngineController; every slot is called through a queued invocation.

#include "EngineConfig.h"
#include "Publisher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace dexdesk {

class ApiSession;
class Database;
class Downloader;
class EngineInstance;
class UniqueIdProcessor;
struct DownloadSummary;
struct UniqueIdSummary;
class HttpClient;
class PublishQueue;
class TokenProvider;

class Engine : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Scheduled, PublishChanges, PublishAll };

    explicit Engine(QString databasePath, QObject *parent = nullptr);
    ~Engine() override;

    void begin(const dexdesk::EngineConfig &config, dexdesk::Engine::Mode mode);
    void apply(const dexdesk::EngineConfig &config);
    void publishNow(bool all);
    void downloadNow(); // needs the Download service
    void requestUniqueIdsNow(); // needs the Unique ID service
    void halt(); // stops at once: in-flight requests are aborted, their records stay pending

Q_SIGNALS:
    void statusChanged(const dexdesk::EngineStatus &status);
    // A one-off run ended: `complete` when nothing is left to send (rejected records aside).
    void finished(bool complete, const dexdesk::PassSummary &total, const QString &message);
    // A Publish Now of the scheduled engine (the window's Run Now) ended: nothing more of it can be
    // sent now; `message` says what is left and why, as a one-off run's end does.
    void publishNowFinished(bool complete, const dexdesk::PassSummary &total, const QString &message);
    void halted();
    void failed(const QString &message);

private:
    void startPass();
    void onPassFinished(const PassSummary &summary);
    void scheduleNext();
    void emitStatus();
    void recordJobRun(const PassSummary &summary, qint64 startedAt); // a scheduled pass
    void recordJobRun(const PassSummary &summary, qint64 startedAt, const QString &outcome, int failed,
                      const QString &message);
    QString leftText(const QueueFilter &filter) const; // what a one-off run leaves, and why
    struct RunEnd {
        bool complete = false; // nothing left unsent (no rejection, hold, pause or database error)
        int unsent = 0;
        QString left; // "Left: …", empty when complete
    };
    // Whether a run (one-off, or a Publish Now) has ended: nothing left can be sent within it.
    bool runEnded(const PassSummary &last, const PassSummary &total, RunEnd *end) const;
    void syncCapture();
    QueueFilter filterFor(const EngineConfig &config) const;
    ApiSession *firstSession(QString *leaId) const;
    void scheduleServices();
    void onDownloadFinished(const DownloadSummary &summary);
    void onUniqueIdsFinished(const UniqueIdSummary &summary);
    void pauseLea(const QString &leaId, const QString &message);
    // On a shared PostgreSQL database: joins the instances, wakes on new changes (LISTEN).
    bool joinInstances(int connections, QString *error);
    void onBudgetChanged(int budget);
    int connectionBudget() const; // Simultaneous Connections, or this instance's slots

    QString m_databasePath;
    Mode m_mode = Mode::Scheduled;
    EngineConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PublishQueue> m_queue;
    HttpClient *m_client = nullptr;
    Publisher *m_publisher = nullptr;
    EngineInstance *m_instance = nullptr; // PostgreSQL only
    bool m_wakeAgain = false; // new changes were announced while a pass ran
    QHash<QString, TokenProvider *> m_tokens;
    QHash<QString, ApiSession *> m_sessions;
    QHash<QString, QString> m_sessionFingerprint; // LEA -> auth URL + key + secret hash
    QStringList m_pausedLeas;
    QTimer m_tick; // the frequency's interval
    QTimer m_nextDue; // the earliest retry
    QTimer m_statusTimer;
    QElapsedTimer m_depthClock;
    bool m_databaseProblem = false; // m_problem is the database's, cleared once a pass writes again
    int m_queueDepth = 0;
    QTimer m_downloadTick; // Download (incremental), when the service is on
    QTimer m_uniqueIdTick; // Unique ID requests, when the service is on
    ClockJump m_uniqueIdClockJump; // outlives each Unique ID run (UniqueIdProcessor::setClockJump)
    Downloader *m_downloader = nullptr;
    UniqueIdProcessor *m_uniqueIds = nullptr;
    QString m_uniqueIdLea; // whose session the current Unique ID run uses
    PassSummary m_total;
    qint64 m_passStartedAt = 0;
    qint64 m_runStartedAt = 0; // a one-off run is recorded once, from here
    bool m_publishAllPending = false;
    bool m_publishNowActive = false; // a Publish Now of the scheduled engine, until runEnded()
    PassSummary m_publishNowTotal;
    bool m_halted = false;
    QString m_problem;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::Engine::Mode)
