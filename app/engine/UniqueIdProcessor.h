#pragma once

// One run of the Unique ID service for one LEA (SPEC §7.1): asks the agency's identity service about
// every person without a state unique ID. A single confident match, or a new ID when nobody matches,
// is written back; several candidates (or one below kConfidentScore) wait in the review list; a 202
// is polled on later runs. Transport and 5xx failures are retried with Backoff, and all state is in
// `unique_id_requests` (UniqueIdRequests), so a restart continues where it stopped.
//
// Runs on the thread that owns the database connection and the ApiSession (the engine's, or the
// CLI's main thread). No widgets.

#include "ClockJump.h"
#include "Profile.h"
#include "Settings.h"
#include "UniqueIdRequests.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <deque>

namespace dexdesk {

class ApiSession;
struct ApiResult;

struct UniqueIdSummary {
    int matched = 0; // a single confident candidate written back
    int created = 0; // a new state ID written back
    int review = 0; // candidates now wait for the user
    int polling = 0; // the agency answered 202: asked again on a later run
    int retrying = 0; // failed in a way worth retrying
    int rejected = 0; // refused by the agency (4xx); sent again after the person changes
    int open = 0; // requests not done when the run started (in scope)
    qint64 elapsedMs = 0;
    QString error; // the run ended early: database failure, or the LEA's key or secret rejected
    bool leaRejected = false; // the key or secret was rejected (401 after a fresh token)

    int written() const { return matched + created; }
    int handled() const { return matched + created + review + polling + retrying + rejected; }
};

class UniqueIdProcessor : public QObject
{
    Q_OBJECT
public:
    // A single candidate at or above this score is the same person: its ID is used without asking.
    static constexpr double kConfidentScore = 0.9;
    static constexpr int kDefaultMaxInFlight = 4;
    static constexpr int kBatch = 100;
    static constexpr qint64 kPollDelayMs = 1000; // a 202 is asked again no sooner than this

    // `identityUrl` is the service's base, e.g. http://host/identity/v2 (see identityUrl() below).
    // `scope` names the school years and the LEA (the session's) whose persons are asked about.
    UniqueIdProcessor(QSqlDatabase db, ApiSession *session, QUrl identityUrl, UniqueIdScope scope,
                      QObject *parent = nullptr);
    ~UniqueIdProcessor() override;

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    void setPollDelayMs(qint64 ms) { m_pollDelayMs = qMax(qint64(0), ms); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The owner's ClockJump, which outlives each run: when the system clock jumped since the last
    // run, start() first moves the stored due times with it (as the Publisher does for records).
    void setClockJump(ClockJump *clockJump) { m_clockJump = clockJump; }

    void start(); // a run, unless one is running; ends with finished()
    void halt(); // stops at once: unanswered requests stay as they were and go again next run
    bool isRunning() const { return m_running; }
    const UniqueIdSummary &summary() const { return m_summary; }
    // When the next request of this scope is due (a retry or a poll); 0 when none.
    qint64 nextDueAt() const;

    // The identity service's base URL: the profile's API root plus its uniqueIdPath. When the saved
    // data URL moved to another host than the profile's default (a simulator on another port, a
    // test server), the API root moves with it. Empty when the profile has no Unique ID service.
    static QUrl identityUrl(const Profile &profile, const CommunicationSettings &communication);
    // The Unique ID row of the Job Processing Frequency table (SPEC §7.4).
    static int intervalMs(Frequency frequency);

    // The identity service's answers, read the same way whatever else they hold (public for the
    // tests and tests/fuzz). The candidates of a `find` answer, a bare array (Ed-Fi Identities
    // API) or {"candidates": [...]}, each cleaned to the fields the review list shows; false when
    // the answer has neither shape.
    static bool parseCandidates(const QByteArray &body, QJsonArray *out);
    // The new ID of an `identities` answer ({"uniqueId": ...}); empty when there is none.
    static QString createdId(const QByteArray &body);

Q_SIGNALS:
    void progress(int handled, int open);
    void finished(const dexdesk::UniqueIdSummary &summary);

private:
    enum class Call { Find, Create, Poll };
    void pump();
    bool refill();
    void dispatch(UniqueIdRequest request);
    void send(const UniqueIdRequest &request, Call call);
    void onAnswer(UniqueIdRequest request, Call call, const ApiResult &result);
    void onFound(UniqueIdRequest request, const QJsonArray &candidates);
    void writeBack(UniqueIdRequest request, const QString &stateId, bool created, const QJsonArray &candidates);
    void retry(UniqueIdRequest request, const QString &message, qint64 retryAfterMs);
    void persist(const UniqueIdRequest &request);
    void finishRun();
    qint64 now() const;

    QSqlDatabase m_db;
    UniqueIdRequests m_requests;
    QPointer<ApiSession> m_session;
    QUrl m_identityUrl;
    UniqueIdScope m_scope;
    int m_maxInFlight = kDefaultMaxInFlight;
    qint64 m_pollDelayMs = kPollDelayMs;
    int m_timeoutMs = 30000;
    ClockJump *m_clockJump = nullptr;

    bool m_running = false;
    bool m_exhausted = false; // no more due requests this run
    quint64 m_generation = 0; // answers of a halted run are ignored
    std::deque<UniqueIdRequest> m_buffer;
    QSet<QString> m_seen; // request ids handled (or in flight) this run
    int m_inFlight = 0;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    UniqueIdSummary m_summary;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::UniqueIdSummary)
