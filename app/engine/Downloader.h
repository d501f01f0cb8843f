#pragma once

// One download run for one LEA (SPEC §7.1): pages through the profile's download resources per
// school year into staging, then applies each resource and year in one transaction, incrementally
// by change version where the server's discovery document offers change queries and they work;
// otherwise in full (limit/offset to the end of the listing; deletes found by comparing keys only when
// the listing is known complete, see docs/compatibility.md). A malformed
// page applies nothing of its resource and year. Runs on the thread that creates it (the engine's,
// or the CLI's main).

#include "DownloadStore.h"
#include "HttpJob.h"
#include "Profile.h"
#include "ServerCapabilities.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace dexdesk {

class ApiSession;
struct ApiResult;
struct EngineConfig;

struct DownloadTarget {
    QString dataUrl; // without a trailing slash
    QString apiRootUrl; // for change queries; empty: every run downloads everything
    bool yearSpecific = false;
    QList<int> schoolYears; // year-specific profiles; a shared one uses school_year 0
    QList<ResourceDef> resources; // profile order; only Direction::Download ones are fetched
    QString leaId; // the LEA the session belongs to (lea_id of downloaded LEAs and schools)
    int dataStandardMajor = 5; // what the profile's catalogue is written for (a hint in messages)
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 30000;
    int pageSize = 500; // the ODS/API maximum
    int maxPagesInFlight = 4; // pages of one resource requested ahead (the client's limiter still caps)
    int maxAttempts = 5; // per request, transport failures and 408/429/5xx
    double retryDelayScale = 1.0; // tests shorten Backoff's delays

    // The selected profile's download resources and years, for `leaId`. The change-query root
    // follows an edited data URL ("…/data/v3" -> "…") and is otherwise the profile's apiRootUrl.
    static DownloadTarget fromConfig(const EngineConfig &config, const QString &leaId);
    QUrl resourceUrl(const QString &path, int schoolYear) const;
};

// What one resource and school year did in a run.
struct DownloadCounts {
    QString resource;
    int schoolYear = 0;
    int fetched = 0; // records (and delete entries) received
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int requests = 0; // data requests sent for it, retries included
    bool incremental = false; // fetched by change version (only what changed)
    qint64 changeVersion = -1; // stored after this run; -1 = none
    QString error; // empty when applied (or nothing changed)

    QJsonObject toJson() const;
};

struct DownloadSummary {
    qint64 runId = 0; // the job_runs row
    QList<DownloadCounts> resources;
    QStringList errors; // plain words, one per failed resource and year (or the run)
    QStringList notes; // what the run adapted to (no change queries, …), each once
    ServerCapabilities capabilities; // from this run's discovery document
    qint64 elapsedMs = 0;
    bool halted = false;
    bool leaRejected = false; // a 401 after a fresh token: the engine pauses the LEA

    bool ok() const { return errors.isEmpty() && !halted; }
    DownloadCounts total() const;
    QJsonObject toJson() const;
};

class Downloader : public QObject
{
    Q_OBJECT
public:
    Downloader(QSqlDatabase db, ApiSession *session, QObject *parent = nullptr);
    ~Downloader() override;

    void setTarget(const DownloadTarget &target) { m_target = target; }
    const DownloadTarget &target() const { return m_target; }

    void start(); // a run, unless one is running; ends with finished()
    void halt(); // stops at once: nothing more is applied, this run's staging is discarded
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &resource, int schoolYear, int records);
    void finished(const dexdesk::DownloadSummary &summary);

private:
    struct Unit {
        ResourceDef resource;
        int schoolYear = 0;
    };
    enum class Phase { Versions, Upserts, Deletes };

    void fetchDiscovery(int attempt = 1);
    void nextUnit();
    void fetchVersions(int attempt = 1);
    void changeQueriesFailed(int schoolYear, const QString &why);
    void beginUnit();
    void beginPhase(Phase phase);
    void pump();
    void sendPage(qint64 offset, int limit, int attempt);
    void onPage(quint64 generation, qint64 offset, int limit, int attempt, const ApiResult &result);
    void retryOrFail(quint64 generation, const ApiResult &result, int attempt, const std::function<void()> &again,
                     const QString &what);
    bool stagePage(qint64 offset, int limit, const QByteArray &body);
    void applyUnit();
    void failUnit(const QString &message);
    void failRun(const QString &message);
    void finishRun();
    RequestSpec request(const QUrl &url) const;
    // The session outlives this Downloader and may answer after it is gone: the callback then does nothing.
    std::function<void(const ApiResult &)> whileAlive(std::function<void(const ApiResult &)> onAnswer);
    QString unitName() const;

    QSqlDatabase m_db;
    DownloadStore m_store;
    ApiSession *m_session;
    DownloadTarget m_target;
    QRandomGenerator m_random;

    bool m_running = false;
    quint64 m_generation = 0; // answers of a failed unit or a halted run are dropped
    QList<Unit> m_units;
    int m_unitIndex = -1;
    QMap<int, qint64> m_newest; // year -> newest change version; -1 = no change queries
    bool m_changeQueriesOff = false; // not offered, or failed once in this run: full downloads
    QString m_unanswered; // why a unit gave up on a failing agency: the run ends after it
    bool m_listedUrlNoted = false; // the note that a listed change-queries URL was not usable is given
    DownloadSummary m_summary;
    QElapsedTimer m_clock;

    // The unit being fetched.
    DownloadCounts m_counts;
    Phase m_phase = Phase::Upserts;
    bool m_full = true;
    qint64 m_minVersion = -1;
    qint64 m_maxVersion = -1;
    qint64 m_nextOffset = 0;
    qint64 m_total = -1; // Total-Count of the phase; -1 unknown (page one by one to the end)
    qint64 m_announced = -1; // Total-Count as announced (kept when m_total is given up)
    qint64 m_phaseFetched = 0; // records received in this phase
    QSet<QByteArray> m_firstRecords; // each page's first record: a repeat means offset is ignored
    bool m_endSeen = false; // without Total-Count: the end of the listing was seen
    bool m_fullPageSeen = false; // a page as long as the limit: the server honours it
    bool m_listingComplete = false; // every record listed: only then are deletes found by comparing keys
    // Short pages before Total-Count (a server with a lower maximum page size): the rest of
    // each such page is asked for again, as offset and limit.
    QList<QPair<qint64, int>> m_gaps;
    int m_pagesInFlight = 0;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::DownloadSummary)
