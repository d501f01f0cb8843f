#pragma once

// The publish side's state in the database (SPEC §7.2): moves captured changes from the change
// queue into per-record publish status (coalescing them), hands out due work in dependency order
// and records what the agency answered. Lives on the engine thread with its own connection.

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dexdesk {

struct RecordTable;

// One record's pending send: the latest state of (resource, school year, natural key).
struct WorkItem {
    QString resource;
    int schoolYear = 0;
    QString keyText; // the natural key as JSON text, as the capture triggers wrote it
    QString leaId;
    qint64 localId = 0;
    bool isDelete = false;
    int order = 0; // dependency order: deletes (reverse) first, then upserts
    qint64 seq = 0; // the newest change this send carries
    int attempts = 0;
    QString resourceId; // the agency's id, from an earlier Location header

    QString id() const; // resource/year/key: unique per record
    QJsonObject key() const;
};

struct Outcome {
    enum class Kind {
        Sent, // confirmed by the agency (or a delete found nothing to delete)
        Retry, // failed in a way worth retrying; nextAttemptAt set
        Waiting, // 409: waits for a record it depends on
        Rejected, // the agency refused the record; sent again after it changes or on request
        Stale, // the local row changed under us; the newer change decides
        Held, // not sent: `hold` says why (a data exception, waiting for a state ID)
    };
    WorkItem item;
    Kind kind = Kind::Sent;
    int httpStatus = 0;
    QString message; // the server's parsed message, or what went wrong (escaped, no secrets)
    QString requestId;
    QString resourceId; // from Location, for upserts
    qint64 nextAttemptAt = 0;
    QString hold; // Held: the state to record ("exception", "awaiting_id")
    QString request; // a failed send: the request as sent, Authorization masked (Errors view)
    QString response; // and the agency's answer, escaped and truncated
};

// The payload of an upsert, or why it is not sent.
struct Payload {
    QJsonObject body; // empty with no hold: the row is gone or its key changed (Stale)
    QString hold;
    QString holdMessage;
};

struct QueueFilter {
    QStringList resources; // published resources of the profile
    QList<int> schoolYears; // empty: any (a shared, year-less endpoint)
    QStringList leaIds; // LEAs that can send now
};

class PublishQueue
{
    Q_DECLARE_TR_FUNCTIONS(PublishQueue)

public:
    static constexpr int kDeleteOrderBase = 0;
    static constexpr int kUpsertOrderBase = 10;
    // Tries a one-off run gives a record waiting on a dependency that is not being sent.
    static constexpr int kWaitingTries = 3;

    explicit PublishQueue(QSqlDatabase db);

    // Several engine instances on one PostgreSQL database (docs/scale-out.md): with an owner set,
    // due() claims what it returns (FOR UPDATE SKIP LOCKED, a lease renewed by the instance's
    // heartbeat), record() writes only records this instance still holds and gives their leases
    // back. Never set on SQLite, whose one engine pays nothing for it.
    void setLeaseOwner(qint64 instanceId) { m_leaseOwner = instanceId; }
    bool claimsWork() const { return m_leaseOwner != 0; }
    // Whether the last due() found nothing because another instance sends an earlier order.
    bool waitsOnOtherInstances() const { return m_waitsOnOthers; }
    // Gives back the leases of records this instance holds but is not sending (end of a pass, halt).
    bool releaseLeases(QString *error);

    // Folds new change-queue rows into publish status. Returns how many rows were read.
    int ingest(QString *error);
    // Due work of the lowest dependency order present, oldest first, skipping ids in `exclude`.
    QList<WorkItem> due(const QueueFilter &filter, qint64 nowMs, int limit, const QSet<QString> &exclude,
                        QString *error) const;
    // The row for an upsert as the agency's JSON, or why it is held back: a descriptor value the
    // agency does not have (once its descriptors were downloaded), or a person still waiting for a
    // state ID where the profile has the Unique ID service.
    Payload payload(const WorkItem &item, QString *error) const;
    void setUniqueIdRequired(bool required) { m_uniqueIdRequired = required; }
    void forgetDescriptors() { m_descriptors.clear(); } // downloaded descriptors may have changed
    // Writes the outcomes in one transaction; `wakeWaiting` releases records waiting on a dependency.
    bool record(const QList<Outcome> &outcomes, qint64 nowMs, QString *error);
    // Queues every record of the resources and years (Publish All), in one transaction.
    int enqueueAll(const QueueFilter &filter, QString *error);
    // Sets every record of a rejected, stuck, held or dismissed kind to be sent again (the user asked).
    int retryFailed(QString *error);

    // The wall clock jumped by `jumpMs`: every stored due time moves with it, so each record still
    // waits what is left of its backoff (no hour-long stall, no burst of everything at once).
    int shiftDueTimes(qint64 jumpMs, QString *error);

    // Records held back for a descriptor value are checked again (after a download).
    int recheckExceptions(QString *error);

    // Record states in publish_status, as the Errors view and `status` show them.
    static QStringList failedStates(); // rejected, stuck, exception, awaiting_id
    // States a new change of the record starts afresh from.
    static QStringList restartingStates(); // sent, rejected, exception, awaiting_id, dismissed

    // Records with something to send (not rejected), including changes not yet ingested.
    int pendingCount() const;
    // Records still to be sent within the filter; with `freshOnly`, only those tried fewer than
    // RetryPolicy::kStuckAfter times (what a one-off run keeps waiting for).
    int activeCount(const QueueFilter &filter, bool freshOnly) const;
    // Records a one-off run can still send (issue 11): tried fewer than RetryPolicy::kStuckAfter times
    // and pending or retrying, due before `horizonMs`; or waiting, and woken (a dependency was
    // just sent), or tried fewer than kWaitingTries times, or with a record of an earlier order
    // still sendable in the same LEA and school year, within the filter.
    // Stuck, held, rejected, long-backoff records and those waiting on something that will not
    // come within the run do not count.
    int sendableCount(const QueueFilter &filter, qint64 horizonMs) const;
    // What is left unsent within the filter, by state (waiting, retrying, stuck, rejected,
    // exception, awaiting_id, pending), for the end of a one-off run.
    QMap<QString, int> leftByState(const QueueFilter &filter) const;
    // The earliest time a waiting or retrying record is due; 0 when none.
    qint64 nextDueAt(const QueueFilter &filter) const;

private:
    QList<WorkItem> claim(const QueueFilter &filter, qint64 nowMs, int limit, const QSet<QString> &exclude,
                          QString *error) const;
    QStringList unknownDescriptors(const RecordTable &table, const QVariantMap &row, int schoolYear) const;
    const QHash<QString, QSet<QString>> &agencyDescriptors(int schoolYear) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_orderCase; // SQL CASE mapping (resource, op) to the dependency order
    bool m_uniqueIdRequired = false;
    qint64 m_leaseOwner = 0; // this engine instance, when several share a PostgreSQL database
    mutable bool m_waitsOnOthers = false;
    // Per school year: descriptor name -> the agency's values (lower-case URIs), as downloaded.
    mutable QHash<int, QHash<QString, QSet<QString>>> m_descriptors;
};

} // namespace dexdesk
