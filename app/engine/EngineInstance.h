#pragma once

// This engine as one of several instances on a shared PostgreSQL database (docs/scale-out.md):
// registers it, beats every few seconds (renewing its record and slot leases, taking its fair
// share of the district's connection slots and giving back the rest) and says how many requests
// it may have out. When it cannot beat for most of a lease it says 0, so it stops sending before
// its leases can pass to another instance. Lives on the engine thread; SQLite never makes one.

#include "InstanceRegistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace dexdesk {

class EngineInstance : public QObject
{
    Q_OBJECT
public:
    EngineInstance(QSqlDatabase db, std::function<int()> inFlight, QObject *parent = nullptr);

    // Registers and takes the first share of slots; false with `error` when the database refuses.
    bool start(int connections, QString *error);
    void setConnections(int connections); // Simultaneous Connections changed
    void leave(); // a clean stop: every lease goes back at once
    qint64 id() const { return m_id; }
    int budget() const { return m_budget; } // requests it may have out now

Q_SIGNALS:
    void budgetChanged(int budget);
    // It could not beat for most of a lease: whatever it still has out must be dropped now.
    void leasesLost();

private:
    void beat();
    void setBudget(int budget);

    InstanceRegistry m_registry;
    std::function<int()> m_inFlight;
    QTimer m_timer;
    QElapsedTimer m_lastBeat; // the last heartbeat the database took
    qint64 m_id = 0;
    int m_connections = 1;
    int m_budget = 0;
    QString m_lastError;
};

} // namespace dexdesk
