#include "SimCounters.h"

namespace {

qint64 sum(const QMap<QString, qint64> &m)
{
    qint64 s = 0;
    for (qint64 v : m)
        s += v;
    return s;
}

QJsonObject toObject(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

SimCounters::SimCounters()
{
    m_clock.start();
}

void SimCounters::reset()
{
    accountTime();
    const int inFlightNow = m_inFlight;
    const QHash<QString, int> recordsNow = m_recordsInFlight;
    *this = SimCounters();
    m_inFlight = inFlightNow;
    m_recordsInFlight = recordsNow;
    m_maxInFlight = inFlightNow;
}

void SimCounters::accountTime()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_levelNs[m_inFlight] += now - m_lastChangeNs;
    m_lastChangeNs = now;
}

void SimCounters::requestStarted(const QString &record)
{
    accountTime();
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    if (!record.isEmpty() && m_recordsInFlight[record]++ > 0)
        ++m_sameRecordInFlight;
}

void SimCounters::recordFinished(const QString &record)
{
    if (record.isEmpty())
        return;
    const auto it = m_recordsInFlight.find(record);
    if (it != m_recordsInFlight.end() && --it.value() <= 0)
        m_recordsInFlight.erase(it);
}

void SimCounters::requestFinished(const QString &resource, const QByteArray &method, int status)
{
    accountTime();
    m_inFlight = qMax(0, m_inFlight - 1);
    const QString m = QString::fromLatin1(method);
    const QString s = status == 0 ? QStringLiteral("dropped") : QString::number(status);
    ++m_total;
    ++m_byResource[resource][m][s];
    ++m_byMethod[m];
    ++m_byStatus[s];
}

void SimCounters::countDuplicate(const QString &resource)
{
    ++m_duplicates[resource];
}

void SimCounters::countTokenRequest(bool issued)
{
    ++m_tokenRequests;
    if (issued)
        ++m_tokensIssued;
}

void SimCounters::countDropped()
{
    ++m_dropped;
}

bool SimCounters::checkSequence(const QString &resource, const QString &recordKey, qint64 sequence)
{
    const QString k = resource + QLatin1Char('\x1f') + recordKey;
    const auto it = m_lastSequence.constFind(k);
    if (it != m_lastSequence.constEnd() && sequence < it.value()) {
        ++m_orderViolations[resource];
        return true;
    }
    m_lastSequence.insert(k, sequence);
    return false;
}

QJsonObject SimCounters::toJson() const
{
    QJsonObject byResource;
    for (auto r = m_byResource.cbegin(); r != m_byResource.cend(); ++r) {
        QJsonObject methods;
        for (auto m = r->cbegin(); m != r->cend(); ++m)
            methods.insert(m.key(), toObject(m.value()));
        byResource.insert(r.key(), methods);
    }
    // Include the level the simulator is at right now, up to this moment.
    QMap<int, qint64> levels = m_levelNs;
    levels[m_inFlight] += m_clock.nsecsElapsed() - m_lastChangeNs;
    QJsonObject histogram;
    qint64 totalNs = 0;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        histogram.insert(QString::number(it.key()), double(it.value()) / 1e6);
        totalNs += it.value();
    }
    return QJsonObject {{QStringLiteral("requests"), m_total},
                        {QStringLiteral("byResource"), byResource},
                        {QStringLiteral("byMethod"), toObject(m_byMethod)},
                        {QStringLiteral("byStatus"), toObject(m_byStatus)},
                        {QStringLiteral("duplicates"), sum(m_duplicates)},
                        {QStringLiteral("duplicatesByResource"), toObject(m_duplicates)},
                        {QStringLiteral("orderViolations"), sum(m_orderViolations)},
                        {QStringLiteral("orderViolationsByResource"), toObject(m_orderViolations)},
                        {QStringLiteral("tokenRequests"), m_tokenRequests},
                        {QStringLiteral("tokensIssued"), m_tokensIssued},
                        {QStringLiteral("droppedConnections"), m_dropped},
                        {QStringLiteral("sameRecordInFlight"), m_sameRecordInFlight},
                        {QStringLiteral("inFlight"), m_inFlight},
                        {QStringLiteral("maxInFlight"), m_maxInFlight},
                        {QStringLiteral("inFlightMs"), histogram},
                        {QStringLiteral("sinceResetMs"), double(totalNs) / 1e6}};
}
