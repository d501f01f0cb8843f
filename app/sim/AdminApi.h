#pragma once

#include "SimHttp.h"

class RecordStore;
class RequestLog;
class SimCounters;
struct SimConfig;
struct SimFaults;

// The test and benchmark control surface under /_sim/ (loopback only, no auth): counters,
// the request log, faults at run time, reset, and a dump of stored records.
class AdminApi
{
public:
    AdminApi(const SimConfig &config, SimFaults *faults, RecordStore *store, SimCounters *counters, RequestLog *log);
    SimResponse handle(const SimRequest &request);

private:
    SimResponse records(const SimRequest &request, const QString &resource) const;
    SimResponse reset(const SimRequest &request);

    const SimConfig &m_config;
    SimFaults *m_faults;
    RecordStore *m_store;
    SimCounters *m_counters;
    RequestLog *m_log;
};
