#pragma once

// What the exchange has done and has left, read from the database: per resource the records
// queued, retrying, waiting on a dependency, stuck, rejected and sent, plus the latest job runs.
// For `dexdesk-cli status`, the support bundle and the window; it works whether or not this
// process runs the engine.

#include "InstanceRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dexdesk {

struct ResourceCounts {
    QString resource;
    int queued = 0; // due or not yet tried
    int retrying = 0;
    int waiting = 0; // on a dependency (409)
    int stuck = 0; // 10 attempts or more, still retried
    int rejected = 0;
    int exceptions = 0; // held back: a value the agency does not have
    int awaitingId = 0; // held back: no state unique ID yet
    int dismissed = 0; // failures the user chose to set aside
    int sent = 0;

    int failed() const { return rejected + stuck + exceptions; }
    int pending() const { return queued + retrying + waiting + stuck; }
};

struct JobRun {
    QString kind;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;
    int sent = 0;
    int failed = 0;
    QString message;
};

struct ExchangeCounts {
    Q_DECLARE_TR_FUNCTIONS(ExchangeCounts)

public:
    QList<ResourceCounts> resources; // every published resource, in dependency order
    int unreadChanges = 0; // captured but not yet taken in by the engine
    QList<JobRun> recentRuns; // newest first
    bool sharedDatabase = false; // PostgreSQL: several engine instances may run on it
    QList<EngineInstanceInfo> instances; // on PostgreSQL, the oldest first

    static bool read(QSqlDatabase db, ExchangeCounts *out, QString *error, int runs = 10);
    ResourceCounts total() const;
    QJsonObject toJson() const;
};

} // namespace dexdesk
