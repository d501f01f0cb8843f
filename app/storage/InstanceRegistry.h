#pragma once

// The engine instances on one PostgreSQL database (issue 12, docs/scale-out.md): who runs (host,
// process, version, heartbeat, in flight), and the district's Simultaneous Connections as N
// leased slots, so the instances together never send more than N at once. SQLite keeps one
// engine per database and never uses it.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dexdesk {

struct EngineInstanceInfo {
    qint64 id = 0;
    QString host;
    qint64 pid = 0;
    QString version;
    qint64 startedAt = 0; // UTC ms, the database's clock
    qint64 heartbeatAt = 0;
    int inFlight = 0;
    int slots = 0; // connection slots it holds
    bool live = false; // its heartbeat is younger than a lease

    QJsonObject toJson() const; // for `dexdesk-cli status --json`
};

// What one heartbeat found and did.
struct InstanceBeat {
    int held = 0; // slots this instance holds after the beat
    int share = 0; // its fair share: N / live instances, the remainder to the oldest
    int live = 0; // live instances, this one included
};

class InstanceRegistry
{
    Q_DECLARE_TR_FUNCTIONS(InstanceRegistry)

public:
    // A lease (a record being sent, a connection slot, an instance being live) lasts this long
    // unless renewed; a heartbeat renews it every kHeartbeatMs. A killed instance's leases are
    // free again within kLeaseMs; an instance that cannot renew stops sending before then.
    static constexpr qint64 kLeaseMs = 20000;
    static constexpr int kHeartbeatMs = 4000;
    // A registry row whose heartbeat stopped this long ago is removed (a killed instance).
    static constexpr qint64 kForgetAfterMs = 3600000;

    explicit InstanceRegistry(QSqlDatabase db);

    // Registers this process; its id (the owner of its leases), or 0 with `error`.
    qint64 enrol(const QString &host, qint64 pid, const QString &version, QString *error);
    // In one transaction: records the heartbeat and in-flight count, sizes the slot table to
    // `connections`, renews this instance's leases, gives back slots above its fair share (never
    // below `inFlight`, the requests still out on them) and claims free or expired slots up to it.
    bool heartbeat(qint64 id, int inFlight, int connections, InstanceBeat *beat, QString *error);
    // Gives back every lease of the instance and removes it from the registry (a clean stop).
    bool leave(qint64 id, QString *error);

    // Every registered instance, the oldest first; empty on SQLite.
    static QList<EngineInstanceInfo> list(QSqlDatabase db, QString *error);

private:
    QSqlDatabase m_db;
    QString m_host; // as enrolled, to register again under the same id
    qint64 m_pid = 0;
    QString m_version;
};

} // namespace dexdesk
