#include "RequestLog.h"

#include <QJsonObject>

RequestLog::RequestLog(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

void RequestLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    clear();
}

void RequestLog::add(Entry e)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(std::move(e));
    } else {
        m_ring[m_next] = std::move(e);
    }
    m_next = (m_next + 1) % m_capacity;
}

void RequestLog::clear()
{
    m_ring.clear();
    m_next = 0;
}

QJsonArray RequestLog::toJson(int limit) const
{
    QJsonArray out;
    const int n = int(m_ring.size());
    for (int i = 0; i < n && out.size() < limit; ++i) {
        const Entry &e = m_ring.at(((m_next - 1 - i) % n + n) % n);
        QJsonObject headers;
        for (const auto &h : e.headers) {
            const QString name = QString::fromLatin1(h.first);
            const QString value = QString::fromLatin1(h.second);
            headers.insert(
                name, headers.contains(name) ? headers.value(name).toString() + QStringLiteral(", ") + value : value);
        }
        out.append(QJsonObject {{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("method"), e.method},
                                {QStringLiteral("path"), e.path},
                                {QStringLiteral("status"), e.status},
                                {QStringLiteral("outcome"), e.outcome},
                                {QStringLiteral("durationMs"), e.durationMs},
                                {QStringLiteral("headers"), headers}});
    }
    return out;
}
