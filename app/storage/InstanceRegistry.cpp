#include "InstanceRegistry.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace dexdesk {

namespace {

// Leases are timed by the database's clock, so instances on machines whose clocks differ agree.
QString now()
{
    return sql::nowMs(SqlDialect::PostgreSQL);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!q.prepare(sql)) {
        *error = Database::lastError(q);
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

} // namespace

QJsonObject EngineInstanceInfo::toJson() const
{
    const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("host"), host},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("version"), version},
            {QStringLiteral("startedAt"), iso(startedAt)},
            {QStringLiteral("heartbeatAt"), iso(heartbeatAt)},
            {QStringLiteral("inFlight"), inFlight},
            {QStringLiteral("slots"), slots},
            {QStringLiteral("live"), live}};
}

InstanceRegistry::InstanceRegistry(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 InstanceRegistry::enrol(const QString &host, qint64 pid, const QString &version, QString *error)
{
    m_host = host;
    m_pid = pid;
    m_version = version;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO engine_instances (host, pid, version, started_at, heartbeat_at) "
                            "VALUES (?, ?, ?, %1, %1) RETURNING id")
                 .arg(now()),
             {host, pid, version}, error))
        return 0;
    if (!q.next()) {
        *error = tr("The database did not return the new instance's number.");
        return 0;
    }
    return q.value(0).toLongLong();
}

bool InstanceRegistry::heartbeat(qint64 id, int inFlight, int connections, InstanceBeat *beat, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    const auto fail = [&] {
        m_db.rollback();
        return false;
    };
    const QString lease = QStringLiteral("%1 + %2").arg(now()).arg(kLeaseMs);
    // A row removed while this instance could not beat (kForgetAfterMs) comes back under its id.
    if (!run(q, QStringLiteral("UPDATE engine_instances SET heartbeat_at = %1, in_flight = ? WHERE id = ?").arg(now()),
             {inFlight, id}, error))
        return fail();
    if (q.numRowsAffected() == 0
        && !run(q,
                QStringLiteral("INSERT INTO engine_instances (id, host, pid, version, started_at, heartbeat_at, "
                               "in_flight) VALUES (?, ?, ?, ?, %1, %1, ?)")
                    .arg(now()),
                {id, m_host, m_pid, m_version, inFlight}, error))
        return fail();
    // The slot table follows Simultaneous Connections; whoever beats first after a change sizes it.
    if (!run(q,
             QStringLiteral("INSERT INTO connection_slots (slot) SELECT g FROM generate_series(1, ?) g "
                            "ON CONFLICT (slot) DO NOTHING"),
             {connections}, error)
        || !run(q, QStringLiteral("DELETE FROM connection_slots WHERE slot > ?"), {connections}, error))
        return fail();
    if (!run(q, QStringLiteral("UPDATE publish_status SET lease_until = %1 WHERE lease_owner = ?").arg(lease), {id},
             error)
        || !run(q, QStringLiteral("UPDATE connection_slots SET lease_until = %1 WHERE owner = ?").arg(lease), {id},
                error))
        return fail();
    int held = q.numRowsAffected();
    if (!run(q,
             QStringLiteral("SELECT id FROM engine_instances WHERE heartbeat_at > %1 - %2 OR id = ? "
                            "ORDER BY started_at, id")
                 .arg(now())
                 .arg(kLeaseMs),
             {id}, error))
        return fail();
    int live = 0;
    int position = 0;
    while (q.next()) {
        if (q.value(0).toLongLong() == id)
            position = live;
        ++live;
    }
    live = qMax(1, live);
    const int share = connections / live + (position < connections % live ? 1 : 0);
    if (held > share) {
        // Slots above the share go back, but never one a request still out is using.
        const int giveBack = held - qMax(share, inFlight);
        if (giveBack > 0) {
            if (!run(q,
                     QStringLiteral("UPDATE connection_slots SET owner = NULL, lease_until = 0 WHERE slot IN "
                                    "(SELECT slot FROM connection_slots WHERE owner = ? ORDER BY slot DESC LIMIT ?)"),
                     {id, giveBack}, error))
                return fail();
            held -= q.numRowsAffected();
        }
    } else if (held < share) {
        if (!run(q,
                 QStringLiteral("UPDATE connection_slots SET owner = ?, lease_until = %1 WHERE slot IN "
                                "(SELECT slot FROM connection_slots WHERE owner IS NULL OR lease_until < %2 "
                                "ORDER BY slot LIMIT ? FOR UPDATE SKIP LOCKED)")
                     .arg(lease, now()),
                 {id, share - held}, error))
            return fail();
        held += q.numRowsAffected();
    }
    if (!run(q, QStringLiteral("UPDATE engine_instances SET slots = ? WHERE id = ?"), {held, id}, error)
        || !run(
            q,
            QStringLiteral("DELETE FROM engine_instances WHERE heartbeat_at < %1 - %2").arg(now()).arg(kForgetAfterMs),
            {}, error))
        return fail();
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return fail();
    }
    beat->held = held;
    beat->share = share;
    beat->live = live;
    return true;
}

bool InstanceRegistry::leave(qint64 id, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE publish_status SET lease_owner = NULL, lease_until = 0 WHERE lease_owner = ?"),
             {id}, error)
        || !run(q, QStringLiteral("UPDATE connection_slots SET owner = NULL, lease_until = 0 WHERE owner = ?"), {id},
                error)
        || !run(q, QStringLiteral("DELETE FROM engine_instances WHERE id = ?"), {id}, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<EngineInstanceInfo> InstanceRegistry::list(QSqlDatabase db, QString *error)
{
    QList<EngineInstanceInfo> out;
    if (Database::dialectOf(db) != SqlDialect::PostgreSQL)
        return out;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT id, host, pid, version, started_at, heartbeat_at, in_flight, slots, "
                            "heartbeat_at > %1 - %2 FROM engine_instances ORDER BY started_at, id")
                 .arg(now())
                 .arg(kLeaseMs),
             {}, error))
        return out;
    while (q.next()) {
        EngineInstanceInfo i;
        i.id = q.value(0).toLongLong();
        i.host = q.value(1).toString();
        i.pid = q.value(2).toLongLong();
        i.version = q.value(3).toString();
        i.startedAt = q.value(4).toLongLong();
        i.heartbeatAt = q.value(5).toLongLong();
        i.inFlight = q.value(6).toInt();
        i.slots = q.value(7).toInt();
        i.live = q.value(8).toBool();
        out.append(i);
    }
    return out;
}

} // namespace dexdesk
