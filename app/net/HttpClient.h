#pragma once

// Sends requests for the engine and Test Connection with at most N in flight (Simultaneous
// Connections), across every caller that shares this client. Qt 6.4 allows 6 connections per
// host per QNetworkAccessManager, so the requests are spread over several worker threads, each
// owning its own manager. Answers come back on the thread that owns the client.

#include "HttpJob.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>

namespace dexdesk {

class NetworkWorker;

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResult &)>;
    static constexpr int kPerManagerLimit = 6;

    explicit HttpClient(int maxConnections, QObject *parent = nullptr);
    ~HttpClient() override;

    void setMaxConnections(int n); // takes effect at once for queued requests
    int maxConnections() const { return m_max; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    quint64 submit(RequestSpec spec, Done done);
    void cancel(quint64 id);
    void cancelAll();

private:
    struct Pending {
        quint64 id;
        RequestSpec spec;
        Done done;
    };
    void pump();
    void onDone(quint64 id, int worker, const dexdesk::HttpResult &result);
    int pickWorker();

    int m_max;
    int m_inFlight = 0;
    quint64 m_nextId = 1;
    std::deque<Pending> m_queue;
    QHash<quint64, QPair<int, Done>> m_running; // id -> worker, callback
    QList<NetworkWorker *> m_workers;
    QList<int> m_workerLoad;
};

// One thread with its own QNetworkAccessManager, created inside that thread.
class NetworkWorker : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWorker(int index);
    ~NetworkWorker() override;

    void run(quint64 id, const dexdesk::RequestSpec &spec); // call through a queued invocation
    void abort(quint64 id);

Q_SIGNALS:
    void done(quint64 id, int worker, const dexdesk::HttpResult &result);

private:
    int m_index;
    QNetworkAccessManager *m_manager = nullptr;
    QHash<quint64, HttpJob *> m_jobs;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::RequestSpec)
