#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

// What arrived at the simulator, for tests and benchmarks: requests by resource, method and
// status, duplicates, order violations, token requests and the in-flight level over time.
class SimCounters
{
public:
    SimCounters();

    void reset();
    // A write naming a record (DataApi::recordOf; empty for others): counts it when the same
    // record is already in flight, which a client must never do.
    void requestStarted(const QString &record = {});
    void recordFinished(const QString &record);
    void requestFinished(const QString &resource, const QByteArray &method, int status);
    void countDuplicate(const QString &resource);
    void countTokenRequest(bool issued);
    void countDropped();
    // Remembers the client's sequence for a record; returns true (and counts) when it went backwards.
    bool checkSequence(const QString &resource, const QString &recordKey, qint64 sequence);

    int inFlight() const { return m_inFlight; }
    QJsonObject toJson() const;

private:
    void accountTime();

    qint64 m_total = 0;
    QMap<QString, QMap<QString, QMap<QString, qint64>>> m_byResource; // resource -> method -> status
    QMap<QString, qint64> m_byMethod;
    QMap<QString, qint64> m_byStatus;
    QMap<QString, qint64> m_duplicates;
    QMap<QString, qint64> m_orderViolations;
    QHash<QString, qint64> m_lastSequence;
    qint64 m_tokenRequests = 0;
    qint64 m_tokensIssued = 0;
    qint64 m_dropped = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, int> m_recordsInFlight; // record -> its requests in flight
    qint64 m_sameRecordInFlight = 0; // writes that arrived while one for their record was in flight
    QMap<int, qint64> m_levelNs; // in-flight level -> nanoseconds spent there
    QElapsedTimer m_clock;
    qint64 m_lastChangeNs = 0;
};
