#include "ExchangeCounts.h"

#include "Database.h"
#include "RecordSchema.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace dexdesk {

bool ExchangeCounts::read(QSqlDatabase db, ExchangeCounts *out, QString *error, int runs)
{
    ExchangeCounts c;
    c.sharedDatabase = Database::dialectOf(db) == SqlDialect::PostgreSQL;
    if (c.sharedDatabase) {
        QString failed;
        c.instances = InstanceRegistry::list(db, &failed);
        if (!failed.isEmpty()) {
            *error = failed;
            return false;
        }
    }
    QHash<QString, ResourceCounts> by;
    for (const QString &r : RecordSchema::publishedResources())
        by[r].resource = r;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT resource, state, pending_seq > sent_seq, COUNT(*) FROM publish_status "
                               "GROUP BY resource, state, pending_seq > sent_seq"))) {
        *error = Database::lastError(q);
        return false;
    }
    while (q.next()) {
        const QString resource = q.value(0).toString();
        const QString state = q.value(1).toString();
        const bool pending = q.value(2).toBool();
        const int n = q.value(3).toInt();
        ResourceCounts &rc = by[resource];
        rc.resource = resource;
        if (state == QLatin1String("sent"))
            rc.sent += n;
        else if (state == QLatin1String("rejected"))
            rc.rejected += n;
        else if (state == QLatin1String("exception"))
            rc.exceptions += n;
        else if (state == QLatin1String("awaiting_id"))
            rc.awaitingId += n;
        else if (state == QLatin1String("dismissed"))
            rc.dismissed += n;
        else if (!pending)
            rc.sent += n;
        else if (state == QLatin1String("retrying"))
            rc.retrying += n;
        else if (state == QLatin1String("waiting"))
            rc.waiting += n;
        else if (state == QLatin1String("stuck"))
            rc.stuck += n;
        else
            rc.queued += n;
    }
    if (!q.exec(QStringLiteral(
            "SELECT COALESCE(MAX(seq), 0) - COALESCE((SELECT CAST(value AS BIGINT) FROM engine_state WHERE key = "
            "'ingested_seq'), 0) FROM change_queue"))
        || !q.next()) {
        *error = Database::lastError(q);
        return false;
    }
    c.unreadChanges = qMax(0, q.value(0).toInt());
    if (!q.exec(QStringLiteral("SELECT kind, started_at, finished_at, outcome, sent, failed, message FROM job_runs "
                               "ORDER BY id DESC LIMIT %1")
                    .arg(runs))) {
        *error = Database::lastError(q);
        return false;
    }
    while (q.next()) {
        JobRun r;
        r.kind = q.value(0).toString();
        r.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (!q.value(2).isNull())
            r.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        r.outcome = q.value(3).toString();
        r.sent = q.value(4).toInt();
        r.failed = q.value(5).toInt();
        r.message = q.value(6).toString();
        c.recentRuns << r;
    }
    for (const QString &r : RecordSchema::publishedResources())
        c.resources << by.take(r);
    for (const ResourceCounts &rest : std::as_const(by))
        c.resources << rest; // a resource this version no longer publishes, still in the table
    *out = c;
    return true;
}

ResourceCounts ExchangeCounts::total() const
{
    ResourceCounts t;
    t.resource = tr("All resources");
    for (const ResourceCounts &r : resources) {
        t.queued += r.queued;
        t.retrying += r.retrying;
        t.waiting += r.waiting;
        t.stuck += r.stuck;
        t.rejected += r.rejected;
        t.exceptions += r.exceptions;
        t.awaitingId += r.awaitingId;
        t.dismissed += r.dismissed;
        t.sent += r.sent;
    }
    return t;
}

QJsonObject ExchangeCounts::toJson() const
{
    QJsonArray list;
    for (const ResourceCounts &r : resources) {
        list.append(QJsonObject {{QStringLiteral("resource"), r.resource},
                                 {QStringLiteral("queued"), r.queued},
                                 {QStringLiteral("retrying"), r.retrying},
                                 {QStringLiteral("waiting"), r.waiting},
                                 {QStringLiteral("stuck"), r.stuck},
                                 {QStringLiteral("rejected"), r.rejected},
                                 {QStringLiteral("exceptions"), r.exceptions},
                                 {QStringLiteral("awaitingId"), r.awaitingId},
                                 {QStringLiteral("dismissed"), r.dismissed},
                                 {QStringLiteral("sent"), r.sent}});
    }
    QJsonArray runs;
    for (const JobRun &r : recentRuns) {
        runs.append(QJsonObject {{QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("startedAt"), r.startedAt.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("finishedAt"),
                                  r.finishedAt.isValid() ? r.finishedAt.toString(Qt::ISODateWithMs) : QString()},
                                 {QStringLiteral("outcome"), r.outcome},
                                 {QStringLiteral("sent"), r.sent},
                                 {QStringLiteral("failed"), r.failed},
                                 {QStringLiteral("message"), r.message}});
    }
    return {{QStringLiteral("resources"), list},
            {QStringLiteral("unreadChanges"), unreadChanges},
            {QStringLiteral("recentRuns"), runs}};
}

} // namespace dexdesk
