#include "PublishQueue.h"

#include "Database.h"
#include "InstanceRegistry.h"
#include "RecordSchema.h"
#include "RetryPolicy.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <memory>

namespace dexdesk {

namespace {

const QString kWatermark = QStringLiteral("ingested_seq");
const QString kActiveStates = QStringLiteral("('pending','retrying','stuck','waiting')");
constexpr qint64 kCaptureLock = 1684371556; // "dexd": the capture lock of migration 7 on PostgreSQL

// A work row as due() and claim() select it: resource, school_year, key_text, lea_id, local_id, op,
// tier, pending_seq, attempts, resource_id (then anything else).
WorkItem workItemAt(const QSqlQuery &q)
{
    WorkItem w;
    w.resource = q.value(0).toString();
    w.schoolYear = q.value(1).toInt();
    w.keyText = q.value(2).toString();
    w.leaId = q.value(3).toString();
    w.localId = q.value(4).toLongLong();
    w.isDelete = q.value(5).toString() == QLatin1String("D");
    w.order = q.value(6).toInt();
    w.seq = q.value(7).toLongLong();
    w.attempts = q.value(8).toInt();
    w.resourceId = q.value(9).toString();
    return w;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// " AND resource IN (?,?) AND …" for a filter, with its values appended to `binds`.
// `alias` qualifies the columns ("e.") where a subquery needs the same filter.
QString filterSql(const QueueFilter &f, QVariantList *binds, const QString &alias = {})
{
    QString sql = QStringLiteral(" AND %1resource IN (%2)").arg(alias, placeholders(f.resources.size()));
    for (const QString &r : f.resources)
        binds->append(r);
    if (!f.schoolYears.isEmpty()) {
        sql += QStringLiteral(" AND %1school_year IN (%2)").arg(alias, placeholders(f.schoolYears.size()));
        for (int y : f.schoolYears)
            binds->append(y);
    }
    sql += QStringLiteral(" AND %1lea_id IN (%2)").arg(alias, placeholders(f.leaIds.size()));
    for (const QString &l : f.leaIds)
        binds->append(l);
    return sql;
}

QString sqlList(const QStringList &values)
{
    return QStringLiteral("('") + values.join(QStringLiteral("','")) + QStringLiteral("')");
}

bool exec(QSqlQuery &q, const QVariantList &binds = {})
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

QString WorkItem::id() const
{
    return resource + QLatin1Char('/') + QString::number(schoolYear) + QLatin1Char('/') + keyText;
}

QJsonObject WorkItem::key() const
{
    return QJsonDocument::fromJson(keyText.toUtf8()).object();
}

PublishQueue::PublishQueue(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(Database::dialectOf(m_db))
{
    QString tier = QStringLiteral("CASE resource");
    for (const RecordTable &t : RecordSchema::tables())
        tier += QStringLiteral(" WHEN '%1' THEN %2").arg(t.resource).arg(t.tier);
    tier += QStringLiteral(" ELSE 9 END");
    // Deletes go first and bottom to top; upserts after them, top to bottom (SPEC §7.2).
    m_orderCase = QStringLiteral("CASE WHEN op = 'D' THEN %1 + (9 - %3) ELSE %2 + %3 END")
                      .arg(kDeleteOrderBase)
                      .arg(kUpsertOrderBase)
                      .arg(tier);
}

int PublishQueue::ingest(QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return -1;
    }
    QSqlQuery q(m_db);
    auto fail = [&] {
        *error = Database::lastError(q);
        m_db.rollback();
        return -1;
    };
    // On PostgreSQL the ingest holds the capture lock exclusively (migration 7): no transaction
    // that writes the change queue is open, so no lower seq can still appear after this read, and
    // two instances never fold the same range at once. While one is open, this pass takes nothing
    // in; the next one (its commit notifies) does.
    if (m_dialect == SqlDialect::PostgreSQL) {
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(kCaptureLock)) || !q.next())
            return fail();
        if (!q.value(0).toBool()) {
            m_db.rollback();
            return 0;
        }
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0), (SELECT value FROM engine_state WHERE key = '%1') "
                               "FROM change_queue")
                    .arg(kWatermark))
        || !q.next())
        return fail();
    const qint64 newest = q.value(0).toLongLong();
    const qint64 watermark = q.value(1).toLongLong();
    q.finish();
    if (newest <= watermark) {
        m_db.rollback();
        return 0;
    }
    // Rows are folded in sequence order, so the newest change of a record decides its operation.
    // A record that was sent or rejected starts afresh; one in backoff keeps its backoff.
    // PostgreSQL refuses to update one row twice in a statement, so it takes only each record's
    // newest change, which leaves the same result as SQLite's fold row by row.
    const QString newestOnly = m_dialect == SqlDialect::SQLite
        ? QString()
        : QStringLiteral(" AND seq IN (SELECT MAX(seq) FROM change_queue WHERE seq > ? AND seq <= ? "
                         "GROUP BY resource, school_year, key_text)");
    q.prepare(
        QStringLiteral("INSERT INTO publish_status (resource, school_year, key_text, lea_id, local_id, op, tier, "
                       "pending_seq, state, updated_at) "
                       "SELECT resource, school_year, key_text, lea_id, local_id, op, %1, seq, 'pending', "
                       "created_at FROM change_queue WHERE seq > ? AND seq <= ?%3 ORDER BY seq "
                       "ON CONFLICT (resource, school_year, key_text) DO UPDATE SET lea_id = excluded.lea_id, "
                       "local_id = excluded.local_id, op = excluded.op, tier = excluded.tier, "
                       "pending_seq = excluded.pending_seq, "
                       "attempts = CASE WHEN publish_status.state IN %2 THEN 0 ELSE publish_status.attempts END, "
                       "next_attempt_at = CASE WHEN publish_status.state IN %2 OR publish_status.state = 'waiting' "
                       "THEN 0 ELSE publish_status.next_attempt_at END, "
                       "state = CASE WHEN publish_status.state IN %2 THEN 'pending' ELSE publish_status.state END, "
                       "updated_at = excluded.updated_at")
            .arg(m_orderCase, sqlList(restartingStates()), newestOnly));
    if (!q.isActive() && q.lastError().isValid())
        return fail();
    QVariantList range {watermark, newest};
    if (!newestOnly.isEmpty())
        range << watermark << newest;
    if (!exec(q, range))
        return fail();
    q.prepare(QStringLiteral("INSERT INTO engine_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!exec(q, {kWatermark, QString::number(newest)}))
        return fail();
    if (!m_db.commit())
        return fail();
    return int(newest - watermark);
}

QList<WorkItem> PublishQueue::due(const QueueFilter &filter, qint64 nowMs, int limit, const QSet<QString> &exclude,
                                  QString *error) const
{
    QList<WorkItem> items;
    m_waitsOnOthers = false;
    if (filter.resources.isEmpty() || filter.leaIds.isEmpty())
        return items;
    if (m_leaseOwner != 0)
        return claim(filter, nowMs, limit, exclude, error);
    // The order is exactly the partial index publish_status_work (tier, next_attempt_at), so a
    // refill reads the first rows of the index instead of sorting every pending record.
    QVariantList binds {nowMs};
    const QString sql = QStringLiteral("SELECT resource, school_year, key_text, lea_id, local_id, op, tier, "
                                       "pending_seq, attempts, resource_id FROM publish_status%2 "
                                       "WHERE pending_seq > sent_seq AND state IN %1 AND next_attempt_at <= ?")
                            .arg(kActiveStates, sql::indexedBy(m_dialect, QStringLiteral("publish_status_work")))
        + filterSql(filter, &binds) + QStringLiteral(" ORDER BY tier, next_attempt_at LIMIT ?");
    binds.append(limit + exclude.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !exec(q, binds)) {
        *error = Database::lastError(q);
        return items;
    }
    int order = -1;
    while (q.next() && items.size() < limit) {
        const WorkItem w = workItemAt(q);
        if (exclude.contains(w.id()))
            continue;
        if (order < 0)
            order = w.order;
        if (w.order != order)
            break;
        items.append(w);
    }
    return items;
}

QList<WorkItem> PublishQueue::claim(const QueueFilter &filter, qint64 nowMs, int limit, const QSet<QString> &exclude,
                                    QString *error) const
{
    QList<WorkItem> items;
    QSqlDatabase db = m_db; // due() is const; the claim writes through the same connection
    const QString dbNow = sql::nowMs(m_dialect);
    const QString dueSql = QStringLiteral("pending_seq > sent_seq AND state IN %1 AND next_attempt_at <= ? "
                                          "AND lease_until < %2")
                               .arg(kActiveStates, dbNow);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return items;
    }
    QSqlQuery q(db);
    const auto fail = [&] {
        *error = Database::lastError(q);
        db.rollback();
        return QList<WorkItem>();
    };
    // The dependency order holds across instances: nothing of an order later than one another
    // instance is sending is claimed, and a claim takes records of one order only.
    QVariantList binds {m_leaseOwner, nowMs};
    QString sql = QStringLiteral("SELECT (SELECT MIN(tier) FROM publish_status WHERE lease_owner IS NOT NULL AND "
                                 "lease_owner <> ? AND lease_until >= %1), "
                                 "(SELECT MIN(tier) FROM publish_status WHERE %2")
                      .arg(dbNow, dueSql)
        + filterSql(filter, &binds) + QStringLiteral(")");
    if (!q.prepare(sql) || !exec(q, binds) || !q.next())
        return fail();
    const QVariant othersOrder = q.value(0);
    const QVariant dueOrder = q.value(1);
    q.finish();
    if (dueOrder.isNull() || (!othersOrder.isNull() && othersOrder.toInt() < dueOrder.toInt())) {
        m_waitsOnOthers = !dueOrder.isNull();
        db.rollback();
        return items;
    }
    binds = {m_leaseOwner, InstanceRegistry::kLeaseMs, nowMs};
    sql = QStringLiteral("UPDATE publish_status p SET lease_owner = ?, lease_until = %1 + ? FROM (SELECT resource, "
                         "school_year, key_text FROM publish_status WHERE %2")
              .arg(dbNow, dueSql)
        + filterSql(filter, &binds)
        + QStringLiteral(" AND tier = ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) c "
                         "WHERE p.resource = c.resource AND p.school_year = c.school_year AND p.key_text = c.key_text "
                         "RETURNING p.resource, p.school_year, p.key_text, p.lea_id, p.local_id, p.op, p.tier, "
                         "p.pending_seq, p.attempts, p.resource_id, p.next_attempt_at");
    binds << dueOrder.toInt() << limit;
    if (!q.prepare(sql) || !exec(q, binds))
        return fail();
    QList<QPair<qint64, WorkItem>> claimed;
    while (q.next()) {
        const WorkItem w = workItemAt(q);
        if (!exclude.contains(w.id()))
            claimed.append({q.value(10).toLongLong(), w});
    }
    q.finish();
    if (!db.commit())
        return fail();
    std::stable_sort(claimed.begin(), claimed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &c : std::as_const(claimed))
        items.append(c.second);
    return items;
}

bool PublishQueue::releaseLeases(QString *error)
{
    if (m_leaseOwner == 0)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE publish_status SET lease_owner = NULL, lease_until = 0 WHERE lease_owner = ?"));
    q.addBindValue(m_leaseOwner);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

Payload PublishQueue::payload(const WorkItem &item, QString *error) const
{
    Payload out;
    const RecordTable *table = RecordSchema::find(item.resource);
    if (!table) {
        *error = tr("The resource %1 is not one DEX Desk keeps.").arg(item.resource);
        return out;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table->table));
    if (!exec(q, {item.localId})) {
        *error = Database::lastError(q);
        return out;
    }
    if (!q.next())
        return out;
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    if (row.value(RecordSchema::kSchoolYear).toInt() != item.schoolYear || table->keyOf(row) != item.key())
        return out; // its key changed since: the newer change (a delete of this key) decides

    if (m_uniqueIdRequired && row.value(QStringLiteral("needs_state_id")).toInt() != 0) {
        out.hold = QStringLiteral("awaiting_id");
        out.holdMessage = tr("Waiting for a state unique ID: the Unique ID service assigns one, then the record is "
                             "sent.");
        return out;
    }
    const QStringList unknown = unknownDescriptors(*table, row, item.schoolYear);
    if (!unknown.isEmpty()) {
        out.hold = QStringLiteral("exception");
        out.holdMessage = tr("Not sent: the agency does not have %1. Correct the value in the student information "
                             "system (or download the agency's descriptors again), then the record is sent.")
                              .arg(unknown.join(QStringLiteral(", ")));
        return out;
    }
    out.body = table->toJson(row);
    return out;
}

QStringList PublishQueue::unknownDescriptors(const RecordTable &table, const QVariantMap &row, int schoolYear) const
{
    QStringList unknown;
    for (const ColumnDef &c : table.columns) {
        if (c.kind != ColumnDef::Kind::Descriptor && c.kind != ColumnDef::Kind::DescriptorList)
            continue;
        const QString value = row.value(c.column).toString();
        if (value.isEmpty())
            continue;
        const QSet<QString> known = agencyDescriptors(schoolYear).value(c.descriptor);
        if (known.isEmpty())
            continue; // not downloaded: the agency decides when the record arrives
        for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString uri = RecordSchema::descriptorUri(c.descriptor, part.trimmed());
            if (!known.contains(uri.toLower()))
                unknown << tr("%1 \"%2\"").arg(c.jsonName(), uri);
        }
    }
    return unknown;
}

const QHash<QString, QSet<QString>> &PublishQueue::agencyDescriptors(int schoolYear) const
{
    auto it = m_descriptors.find(schoolYear);
    if (it != m_descriptors.end())
        return it.value();
    QHash<QString, QSet<QString>> byName;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A shared (year-less) endpoint's descriptors are stored under year 0.
    q.prepare(QStringLiteral("SELECT descriptor, namespace, code_value FROM descriptors WHERE school_year IN (?, 0)"));
    if (exec(q, {schoolYear})) {
        while (q.next())
            byName[q.value(0).toString()].insert(
                (q.value(1).toString() + QLatin1Char('#') + q.value(2).toString()).toLower());
    }
    return m_descriptors.insert(schoolYear, byName).value();
}

bool PublishQueue::record(const QList<Outcome> &outcomes, qint64 nowMs, QString *error)
{
    if (outcomes.isEmpty())
        return true;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    // An instance sharing a PostgreSQL database writes only records it still holds, and gives
    // their leases back with the answer (a record whose lease it lost went to another instance).
    const bool leased = m_leaseOwner != 0;
    const QString where = leased ? QStringLiteral(", lease_owner = NULL, lease_until = 0 WHERE resource = ? AND "
                                                  "school_year = ? AND key_text = ? AND lease_owner = ?")
                                 : QStringLiteral(" WHERE resource = ? AND school_year = ? AND key_text = ?");
    // A failure answered after the user dismissed the record leaves it dismissed (their decision);
    // only a confirmed send changes it.
    const QString whereOpen = where + QStringLiteral(" AND state != 'dismissed'");
    const QString sent
        = (QStringLiteral("UPDATE publish_status SET sent_seq = %1, "
                          "state = CASE WHEN pending_seq > ? THEN 'pending' ELSE 'sent' END, attempts = 0, "
                          "next_attempt_at = 0, resource_id = ?, last_status = ?, last_error = NULL, "
                          "last_request_id = ?, last_attempt_at = ?, sent_at = ?, updated_at = ?")
               .arg(sql::greatest(m_dialect, QStringLiteral("sent_seq"), QStringLiteral("?")))
           + where);
    const QString details = QStringLiteral(", last_request = ?, last_response = ?");
    const QString retry = (QStringLiteral("UPDATE publish_status SET attempts = attempts + 1, next_attempt_at = ?, "
                                          "state = CASE WHEN attempts + 1 >= %1 THEN 'stuck' ELSE 'retrying' END, "
                                          "last_status = ?, last_error = ?, last_request_id = ?, last_attempt_at = ?, "
                                          "updated_at = ?")
                               .arg(RetryPolicy::kStuckAfter)
                           + details + whereOpen);
    // A 409 wait is an attempt only when nothing it may depend on is still being sent: while a
    // record of an earlier order (same LEA and school year) is pending or retrying within the
    // backoff cap, the wait is not counted towards RetryPolicy::kStuckAfter (an association whose
    // student is in retry backoff would otherwise become stuck), and it is next tried no earlier
    // than that record (sooner when it is sent: see the wake below).
    const QString dependency
        = QStringLiteral(
              "(SELECT MIN(e.next_attempt_at) FROM publish_status e WHERE e.pending_seq > e.sent_seq AND e.attempts < "
              "%1 "
              "AND e.state IN ('pending','retrying') AND e.next_attempt_at <= ? AND e.tier < publish_status.tier AND "
              "e.lea_id = publish_status.lea_id AND %2)")
              .arg(RetryPolicy::kStuckAfter)
              .arg(sql::same(m_dialect, QStringLiteral("e.school_year"), QStringLiteral("publish_status.school_year")));
    const QString waiting
        = (QStringLiteral("UPDATE publish_status SET attempts = attempts + CASE WHEN %1 IS NULL THEN 1 "
                          "ELSE 0 END, next_attempt_at = %2, "
                          "state = 'waiting', last_status = ?, last_error = ?, last_request_id = ?, "
                          "last_attempt_at = ?, updated_at = ?")
               .arg(dependency,
                    sql::greatest(m_dialect, QStringLiteral("CAST(? AS BIGINT)"),
                                  QStringLiteral("COALESCE(%1, 0)").arg(dependency)))
           + details + whereOpen);
    const QString rejected
        = (QStringLiteral("UPDATE publish_status SET attempts = attempts + 1, next_attempt_at = 0, "
                          "state = CASE WHEN pending_seq > ? THEN 'pending' ELSE 'rejected' END, "
                          "last_status = ?, last_error = ?, last_request_id = ?, last_attempt_at = ?, "
                          "updated_at = ?")
           + details + whereOpen);
    const QString stale = (QStringLiteral("UPDATE publish_status SET next_attempt_at = ?, updated_at = ?") + whereOpen);
    // Held before a send keeps no request; held after the agency's 409 keeps it for the Errors view.
    const QString held
        = (QStringLiteral("UPDATE publish_status SET next_attempt_at = 0, "
                          "state = CASE WHEN pending_seq > ? THEN 'pending' ELSE ? END, last_status = ?, "
                          "last_error = ?, last_request = ?, last_response = ?, last_attempt_at = ?, "
                          "updated_at = ?")
           + whereOpen);

    bool ok = true;
    bool anySent = false;
    int lowestSentOrder = std::numeric_limits<int>::max();
    // Each statement is prepared when a batch first needs it, once per batch: compiling one costs
    // SQLite more than running it, and a batch of sends needs two of the seven.
    QHash<QString, std::shared_ptr<QSqlQuery>> prepared;
    QSqlQuery *failed = nullptr;
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        std::shared_ptr<QSqlQuery> &q = prepared[sql];
        if (!q) {
            q = std::make_shared<QSqlQuery>(m_db);
            q->prepare(sql);
        }
        if (exec(*q, binds))
            return true;
        failed = q.get();
        return false;
    };
    for (const Outcome &o : outcomes) {
        if (!ok)
            break;
        QVariantList key {o.item.resource, o.item.schoolYear, o.item.keyText};
        if (leased)
            key << m_leaseOwner;
        const QVariant message = o.message.isEmpty() ? QVariant() : QVariant(o.message);
        switch (o.kind) {
        case Outcome::Kind::Sent: {
            anySent = true;
            lowestSentOrder = qMin(lowestSentOrder, o.item.order);
            const QString rid = o.item.isDelete ? QString() : o.resourceId.isEmpty() ? o.item.resourceId : o.resourceId;
            ok = run(sent,
                     QVariantList {o.item.seq, o.item.seq, rid.isEmpty() ? QVariant() : QVariant(rid), o.httpStatus,
                                   o.requestId, nowMs, nowMs, nowMs}
                         + key);
            break;
        }
        case Outcome::Kind::Retry:
            ok = run(
                retry,
                QVariantList {o.nextAttemptAt, o.httpStatus, message, o.requestId, nowMs, nowMs, o.request, o.response}
                    + key);
            break;
        case Outcome::Kind::Waiting:
            ok = run(waiting,
                     QVariantList {nowMs + RetryPolicy::kCapMs, o.nextAttemptAt, nowMs + RetryPolicy::kCapMs,
                                   o.httpStatus, message, o.requestId, nowMs, nowMs, o.request, o.response}
                         + key);
            break;
        case Outcome::Kind::Rejected:
            ok = run(rejected,
                     QVariantList {o.item.seq, o.httpStatus, message, o.requestId, nowMs, nowMs, o.request, o.response}
                         + key);
            break;
        case Outcome::Kind::Stale:
            ok = run(stale, QVariantList {o.nextAttemptAt, nowMs} + key);
            break;
        case Outcome::Kind::Held:
            ok = run(held,
                     QVariantList {o.item.seq, o.hold, o.httpStatus > 0 ? QVariant(o.httpStatus) : QVariant(), message,
                                   o.request.isEmpty() ? QVariant() : QVariant(o.request),
                                   o.response.isEmpty() ? QVariant() : QVariant(o.response), nowMs, nowMs}
                         + key);
            break;
        }
    }
    if (ok && anySent) {
        // A record waiting on a dependency is tried again once something it may depend on went:
        // a record of an earlier order. Sends of its own order (its siblings) do not wake it, or a
        // record whose dependency is in backoff would be resent, and refused, after every batch.
        ok = run(QStringLiteral("UPDATE publish_status SET next_attempt_at = 0 "
                                "WHERE state = 'waiting' AND next_attempt_at > 0 AND tier > ?"),
                 {lowestSentOrder});
    }
    if (!ok || !m_db.commit()) {
        *error = failed ? Database::lastError(*failed) : m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

int PublishQueue::enqueueAll(const QueueFilter &filter, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return -1;
    }
    QSqlQuery q(m_db);
    int total = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &resource : filter.resources) {
        const RecordTable *t = RecordSchema::find(resource);
        if (!t || !t->published)
            continue;
        QVariantList binds {resource, now};
        QString years;
        if (!filter.schoolYears.isEmpty()) {
            years = QStringLiteral(" WHERE school_year IN (%1)").arg(placeholders(filter.schoolYears.size()));
            for (int y : filter.schoolYears)
                binds.append(y);
        }
        q.prepare(
            QStringLiteral("INSERT INTO change_queue (resource, school_year, lea_id, key_text, local_id, op, "
                           "created_at) SELECT CAST(? AS TEXT), school_year, lea_id, %1, id, 'U', CAST(? AS BIGINT) "
                           "FROM %2%3 ORDER BY id")
                .arg(t->keyJsonSql(QString(), m_dialect), t->table, years));
        if (!exec(q, binds)) {
            *error = Database::lastError(q);
            m_db.rollback();
            return -1;
        }
        total += q.numRowsAffected();
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return -1;
    }
    return total;
}

int PublishQueue::retryFailed(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE publish_status SET state = 'pending', attempts = 0, next_attempt_at = 0 "
                               "WHERE pending_seq > sent_seq AND state IN ('rejected','stuck','waiting','exception',"
                               "'awaiting_id','dismissed')"))) {
        *error = Database::lastError(q);
        return -1;
    }
    return q.numRowsAffected();
}

int PublishQueue::shiftDueTimes(qint64 jumpMs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE publish_status SET next_attempt_at = next_attempt_at + ? "
                             "WHERE next_attempt_at > 0 AND pending_seq > sent_seq"));
    q.addBindValue(jumpMs);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return -1;
    }
    return q.numRowsAffected();
}

int PublishQueue::recheckExceptions(QString *error)
{
    m_descriptors.clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE publish_status SET state = 'pending', next_attempt_at = 0 "
                               "WHERE pending_seq > sent_seq AND state = 'exception'"))) {
        *error = Database::lastError(q);
        return -1;
    }
    return q.numRowsAffected();
}

QStringList PublishQueue::failedStates()
{
    return {QStringLiteral("rejected"), QStringLiteral("stuck"), QStringLiteral("exception"),
            QStringLiteral("awaiting_id")};
}

QStringList PublishQueue::restartingStates()
{
    return {QStringLiteral("sent"), QStringLiteral("rejected"), QStringLiteral("exception"),
            QStringLiteral("awaiting_id"), QStringLiteral("dismissed")};
}

int PublishQueue::pendingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM publish_status WHERE pending_seq > sent_seq AND "
                               "state NOT IN ('rejected','exception','awaiting_id','dismissed')), (SELECT "
                               "COALESCE(MAX(seq), 0) FROM change_queue), "
                               "(SELECT value FROM engine_state WHERE key = '%1')")
                    .arg(kWatermark))
        || !q.next())
        return 0;
    return q.value(0).toInt() + int(qMax(qint64(0), q.value(1).toLongLong() - q.value(2).toLongLong()));
}

int PublishQueue::activeCount(const QueueFilter &filter, bool freshOnly) const
{
    if (filter.resources.isEmpty() || filter.leaIds.isEmpty())
        return 0;
    QVariantList binds;
    if (freshOnly)
        binds << RetryPolicy::kStuckAfter;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE pending_seq > sent_seq AND state IN %1%2")
                  .arg(kActiveStates, freshOnly ? QStringLiteral(" AND attempts < ?") : QString())
              + filterSql(filter, &binds));
    if (!exec(q, binds) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int PublishQueue::sendableCount(const QueueFilter &filter, qint64 horizonMs) const
{
    if (filter.resources.isEmpty() || filter.leaIds.isEmpty())
        return 0;
    // A waiting record still has a chance while a record of an earlier order that it may depend
    // on can be sent in this run: of the run's resources and LEAs, same LEA and school year.
    QVariantList binds {RetryPolicy::kStuckAfter, horizonMs, kWaitingTries, RetryPolicy::kStuckAfter, horizonMs};
    const QString dependency = filterSql(filter, &binds, QStringLiteral("e."));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM publish_status p WHERE p.pending_seq > p.sent_seq AND p.attempts < ? AND "
                       "((p.state IN ('pending','retrying') AND p.next_attempt_at <= ?) OR (p.state = 'waiting' AND "
                       "(p.next_attempt_at = 0 OR p.attempts < ? OR EXISTS (SELECT 1 FROM publish_status e WHERE "
                       "e.pending_seq > e.sent_seq AND e.attempts < ? AND e.state IN ('pending','retrying') "
                       "AND e.next_attempt_at <= ? AND e.tier < p.tier AND e.lea_id = p.lea_id AND "
                       "%1")
            .arg(sql::same(m_dialect, QStringLiteral("e.school_year"), QStringLiteral("p.school_year")))
        + dependency + QStringLiteral("))))") + filterSql(filter, &binds));
    if (!exec(q, binds) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QMap<QString, int> PublishQueue::leftByState(const QueueFilter &filter) const
{
    QMap<QString, int> left;
    if (filter.resources.isEmpty() || filter.leaIds.isEmpty())
        return left;
    QVariantList binds {RetryPolicy::kStuckAfter};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT CASE WHEN state IN ('pending','retrying','waiting') AND attempts >= ? THEN "
                             "'stuck' ELSE state END AS s, COUNT(*) FROM publish_status WHERE pending_seq > sent_seq "
                             "AND state NOT IN ('sent','dismissed')")
              + filterSql(filter, &binds) + QStringLiteral(" GROUP BY s"));
    if (!exec(q, binds))
        return left;
    while (q.next())
        left.insert(q.value(0).toString(), q.value(1).toInt());
    return left;
}

qint64 PublishQueue::nextDueAt(const QueueFilter &filter) const
{
    if (filter.resources.isEmpty() || filter.leaIds.isEmpty())
        return 0;
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM publish_status WHERE pending_seq > sent_seq "
                             "AND state IN %1")
                  .arg(kActiveStates)
              + filterSql(filter, &binds));
    if (!exec(q, binds) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace dexdesk
