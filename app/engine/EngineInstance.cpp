#include "EngineInstance.h"

#include "LogCategories.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>

namespace dexdesk {

EngineInstance::EngineInstance(QSqlDatabase db, std::function<int()> inFlight, QObject *parent)
    : QObject(parent)
    , m_registry(std::move(db))
    , m_inFlight(std::move(inFlight))
    , m_timer(this)
{
    m_timer.setInterval(InstanceRegistry::kHeartbeatMs);
    connect(&m_timer, &QTimer::timeout, this, &EngineInstance::beat);
}

bool EngineInstance::start(int connections, QString *error)
{
    m_connections = qMax(1, connections);
    m_id = m_registry.enrol(QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                            QStringLiteral(DEXDESK_VERSION), error);
    if (m_id == 0)
        return false;
    m_lastBeat.start();
    beat();
    m_timer.start();
    qCInfo(lcEngine).noquote() << "Engine instance" << m_id << "holds" << m_budget << "of" << m_connections
                               << "connection slots";
    return true;
}

void EngineInstance::setConnections(int connections)
{
    if (m_id == 0 || connections == m_connections)
        return;
    m_connections = qMax(1, connections);
    beat();
}

void EngineInstance::beat()
{
    InstanceBeat b;
    QString error;
    const int out = m_inFlight ? m_inFlight() : 0;
    if (m_registry.heartbeat(m_id, out, m_connections, &b, &error)) {
        m_lastBeat.start();
        m_lastError.clear();
        // Above its share it keeps the slots its requests still use, but starts no new one there.
        setBudget(qMin(b.held, b.share));
        return;
    }
    if (error != m_lastError)
        qCWarning(lcEngine).noquote() << "Engine instance" << m_id << "could not renew its leases:" << error;
    m_lastError = error;
    // Its leases run out kLeaseMs after the last beat the database took; it stops sending well
    // before, so no record or slot is ever used by two instances at once.
    if (m_lastBeat.elapsed() > InstanceRegistry::kLeaseMs - 2 * InstanceRegistry::kHeartbeatMs && m_budget > 0) {
        setBudget(0);
        Q_EMIT leasesLost();
    }
}

void EngineInstance::setBudget(int budget)
{
    if (budget == m_budget)
        return;
    m_budget = budget;
    Q_EMIT budgetChanged(budget);
}

void EngineInstance::leave()
{
    m_timer.stop();
    if (m_id == 0)
        return;
    QString error;
    if (!m_registry.leave(m_id, &error))
        qCWarning(lcEngine).noquote() << "Engine instance" << m_id
                                      << "could not give back its leases; they run out by themselves:" << error;
    m_id = 0;
    m_budget = 0;
}

} // namespace dexdesk
