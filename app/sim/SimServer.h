#pragma once

#include "AdminApi.h"
#include "DataApi.h"
#include "IdentityService.h"
#include "RecordStore.h"
#include "RequestLog.h"
#include "SimConfig.h"
#include "SimCounters.h"
#include "TokenService.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

class SimHttpServer;

// The agency simulator as a library object: start it in any process with an event loop (the
// dexdesk-sim executable, or the GUI's demo mode) and it serves the Ed-Fi look-alike protocol.
class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(const SimConfig &config, QObject *parent = nullptr);
    ~SimServer() override;

    bool start(QString *error); // seeds the store and listens
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

private:
    void onRequest(SimRequest request, QPointer<QTcpSocket> socket);
    void respond(const SimRequest &request, const QPointer<QTcpSocket> &socket, qint64 startedNs);
    SimResponse process(const SimRequest &request, QString *resource);
    SimResponse injectFault(const SimRequest &request);
    SimResponse route(const SimRequest &request, QString *resource);
    SimResponse discovery(const SimRequest &request) const;
    SimResponse dependencies() const;
    int delayMs();

    SimConfig m_config;
    SimFaults m_faults;
    RecordStore m_store;
    SimCounters m_counters;
    RequestLog m_log;
    TokenService m_tokens;
    IdentityService m_identity;
    DataApi m_data;
    AdminApi m_admin;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    SimHttpServer *m_http = nullptr;
    quint16 m_port = 0;
};
