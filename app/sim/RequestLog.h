#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

// The last N requests with the headers exactly as received, so tests can prove what a client
// did or did not send (e.g. no Authorization after a cross-origin redirect). Bounded ring buffer.
class RequestLog
{
public:
    struct Entry {
        QDateTime time;
        QString method;
        QString path;
        int status = 0;
        QString outcome; // "answered", "dropped", "client-gone"
        QList<QPair<QByteArray, QByteArray>> headers;
        double durationMs = 0;
    };

    explicit RequestLog(int capacity = 10000);
    void setCapacity(int capacity);
    void add(Entry e);
    void clear();
    QJsonArray toJson(int limit) const; // most recent first

private:
    QList<Entry> m_ring;
    int m_capacity;
    int m_next = 0;
};
