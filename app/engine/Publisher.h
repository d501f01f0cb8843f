#pragma once

// One publish pass (SPEC §7.2–7.3): takes due work from the PublishQueue in dependency order,
// keeps at most one send in flight per record and the limiter full, classifies every answer
// (sent, retry with backoff, waiting on a dependency, rejected) and writes the outcomes in
// batches. Runs on the engine thread; a halt drops every unanswered send, which stays pending.

#include "CircuitBreaker.h"
#include "ClockJump.h"
#include "HttpJob.h"
#include "Profile.h"
#include "PublishQueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

namespace dexdesk {

class ApiSession;
struct ApiResult;

struct PublishTarget {
    QString dataUrl; // without a trailing slash
    bool yearSpecific = false;
    QHash<QString, QString> paths; // resource -> "ed-fi/students"
    QStringList published; // the resources the district publishes (a 409 naming another is data)
    QHash<QString, ResourceDef> propertyNames; // resources whose server names differ from DS 5's
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 30000;

    QUrl resourceUrl(const QString &resource, int schoolYear) const;
};

struct PassSummary {
    int sent = 0;
    int retried = 0;
    int rejected = 0;
    int waiting = 0;
    int held = 0; // data exceptions and persons waiting for a state ID
    qint64 elapsedMs = 0;
    QString error; // a database failure that ended the pass early
};

class Publisher : public QObject
{
    Q_OBJECT
public:
    Publisher(PublishQueue *queue, QObject *parent = nullptr);

    void setTarget(const PublishTarget &target) { m_target = target; }
    void setFilter(const QueueFilter &filter) { m_filter = filter; }
    const QueueFilter &filter() const { return m_filter; }
    void setSession(const QString &leaId, ApiSession *session); // null removes
    // The requests this engine may have out at once: Simultaneous Connections, or on a shared
    // PostgreSQL database the connection slots this instance holds (0: it sends nothing now).
    void setMaxInFlight(int n);

    void start(); // a pass, unless one is running
    // When the system clock jumped, moves the stored due times with it (ClockJump).
    void followWallClock();
    void halt(); // stops at once; unanswered sends are forgotten and stay pending
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    const CircuitBreaker &breaker() const { return m_breaker; }
    CircuitBreaker::State breakerState() const { return m_breaker.state(m_monotonic.elapsed()); }
    const PassSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void passFinished(const dexdesk::PassSummary &summary);
    void progress();
    void leaRejected(const QString &leaId, const QString &message);

private:
    void pump();
    bool refill();
    void dispatch(const WorkItem &item);
    void send(const WorkItem &item, const RequestSpec &spec, bool lookup);
    void onAnswer(const WorkItem &item, const RequestSpec &spec, const ApiResult &result, bool lookup);
    void finishItem(const WorkItem &item);
    void addOutcome(const Outcome &outcome);
    bool flush();
    void finishPass();
    void releaseLeases(); // on a shared PostgreSQL database; nothing on SQLite
    void pauseLea(const QString &leaId, const QString &message);
    qint64 now() const; // the wall clock, for the due times stored in the queue

    PublishQueue *m_queue;
    PublishTarget m_target;
    QueueFilter m_filter;
    QHash<QString, ApiSession *> m_sessions;
    int m_maxInFlight = 5;

    bool m_running = false;
    quint64 m_generation = 0; // answers of a halted pass are ignored
    std::deque<WorkItem> m_buffer;
    QSet<QString> m_claimed; // ids buffered or in flight
    QMap<int, int> m_inFlightByOrder;
    int m_inFlight = 0;
    QList<Outcome> m_outcomes;
    QTimer m_flushTimer;
    QTimer m_wakeTimer; // the breaker's next probe
    CircuitBreaker m_breaker; // on the monotonic clock: its pauses are in memory only
    QElapsedTimer m_monotonic;
    ClockJump m_clockJump;
    QRandomGenerator m_random;
    QElapsedTimer m_passClock;
    PassSummary m_summary;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::PassSummary)
