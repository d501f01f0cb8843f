#pragma once

#include "RecordStore.h"
#include "SimConfig.h"
#include "SimHttp.h"

#include <QJsonArray>

class SimCounters;

// The Ed-Fi data management and change query endpoints: /data/v3[/{year}]/ed-fi/{resource}
// (upsert, paging, get, delete, /deletes) and /changeQueries/v1[/{year}]/availableChangeVersions.
class DataApi
{
public:
    DataApi(const SimConfig &config, RecordStore *store, SimCounters *counters);

    // The resource a data path names (for counters), or empty when it names none.
    static QString resourceOf(const QString &path);
    // Which record a write names, for the per-record in-flight count: the path and the natural key
    // of a POST's body, or the path of a DELETE by id; empty for anything else.
    static QString recordOf(const SimRequest &request);
    SimResponse handleData(const SimRequest &request, const SimClient &client, const SimFaults &faults);
    SimResponse handleChangeQueries(const SimRequest &request, const SimClient &client, const SimFaults &faults);

private:
    struct Target {
        int year = 0; // 0 = shared layout
        QString prefix; // "/data/v3/2027/ed-fi/" or "/data/v3/ed-fi/"
        const ResourceSpec *spec = nullptr;
        QString tail; // "", an id, or "deletes"
    };
    // Parses the path and applies the year/resource/access rules; on failure returns false with *error.
    bool target(const SimRequest &request, const SimClient &client, bool msg, Target *t, SimResponse *error) const;
    static SimResponse notOwner(bool msg);
    SimResponse upsert(const SimRequest &request, const Target &t, bool msg, const SimFaults &faults,
                       const SimClient &client);
    SimResponse list(const SimRequest &request, const Target &t, bool msg, const SimFaults &faults) const;
    static QByteArray malformed(QJsonArray page, const ResourceSpec &spec, const QString &shape);
    SimResponse listDeletes(const SimRequest &request, const Target &t, bool msg) const;
    SimResponse remove(const SimRequest &request, const Target &t, bool msg);
    static SimResponse forbidden(bool msg, const QString &detail);
    // A record in the property names of the served Data Standard (stored records use DS 5's).
    static QJsonObject toServedStandard(QJsonObject record, const QString &resource, const SimFaults &faults);
    // A posted record back into DS 5 names; false (with the reason) when it uses the other
    // standard's name, as a strict server refuses an unknown property.
    static bool fromServedStandard(QJsonObject *record, const QString &resource, const SimFaults &faults,
                                   QString *field, QString *why);

    const SimConfig &m_config;
    RecordStore *m_store;
    SimCounters *m_counters;
};
