#include "HttpClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

namespace dexdesk {

namespace {

// Where the managers live. A client owned by the application's main thread (the GUI thread in
// dexdesk) gets a worker thread per manager, so no answer is ever handled there. A client owned by
// a thread that is itself a worker (the engine's) keeps its managers on that thread: a request and
// its answer then cross one thread boundary each way (to Qt's HTTP thread) instead of three, which
// is most of the time between one answer and the next request (docs/performance.md).
bool onOwnerThread(const QObject *client)
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && client->thread() != app->thread();
}

} // namespace

HttpClient::HttpClient(int maxConnections, QObject *parent)
    : QObject(parent)
    , m_max(qMax(1, maxConnections))
{
    qRegisterMetaType<dexdesk::HttpResult>();
    qRegisterMetaType<dexdesk::RequestSpec>();
}

HttpClient::~HttpClient()
{
    cancelAll();
    for (NetworkWorker *w : std::as_const(m_workers)) {
        if (w->thread() == thread()) {
            delete w; // its manager and jobs go with it; no answer is delivered after this
            continue;
        }
        QThread *thread = w->thread();
        QMetaObject::invokeMethod(w, &QObject::deleteLater);
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void HttpClient::setMaxConnections(int n)
{
    m_max = qMax(0, n); // 0: an engine instance holding no connection slot sends nothing
    pump();
}

quint64 HttpClient::submit(RequestSpec spec, Done done)
{
    const quint64 id = m_nextId++;
    m_queue.push_back({id, std::move(spec), std::move(done)});
    pump();
    return id;
}

void HttpClient::cancel(quint64 id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id == id) {
            Done done = std::move(it->done);
            m_queue.erase(it);
            HttpResult r;
            r.error = {NetError::Kind::Cancelled, {}};
            done(r);
            return;
        }
    }
    if (m_running.contains(id)) {
        NetworkWorker *w = m_workers.at(m_running.value(id).first);
        QMetaObject::invokeMethod(
            w, [w, id] { w->abort(id); }, Qt::QueuedConnection);
    }
}

void HttpClient::cancelAll()
{
    while (!m_queue.empty())
        cancel(m_queue.front().id);
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        NetworkWorker *w = m_workers.at(it.value().first);
        const quint64 id = it.key();
        QMetaObject::invokeMethod(
            w, [w, id] { w->abort(id); }, Qt::QueuedConnection);
    }
}

int HttpClient::pickWorker()
{
    int best = -1;
    for (int i = 0; i < m_workers.size(); ++i) {
        if (m_workerLoad.at(i) < kPerManagerLimit && (best < 0 || m_workerLoad.at(i) < m_workerLoad.at(best)))
            best = i;
    }
    if (best >= 0)
        return best;
    const int index = int(m_workers.size());
    auto *worker = new NetworkWorker(index);
    // Queued even on the owner's thread: a caller's callback never runs inside a reply's signal.
    connect(worker, &NetworkWorker::done, this, &HttpClient::onDone, Qt::QueuedConnection);
    if (!onOwnerThread(this)) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("dexdesk-net-%1").arg(index));
        worker->moveToThread(thread);
        thread->start();
    }
    m_workers.append(worker);
    m_workerLoad.append(0);
    return index;
}

void HttpClient::pump()
{
    while (m_inFlight < m_max && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        const int w = pickWorker();
        ++m_workerLoad[w];
        ++m_inFlight;
        m_running.insert(p.id, {w, std::move(p.done)});
        NetworkWorker *worker = m_workers.at(w);
        const quint64 id = p.id;
        if (worker->thread() == thread()) {
            // Same thread: the request leaves now, without a trip through the event loop. The
            // answer still arrives queued (see pickWorker), so nothing re-enters the caller here.
            worker->run(id, p.spec);
            continue;
        }
        QMetaObject::invokeMethod(
            worker, [worker, id, spec = std::move(p.spec)] { worker->run(id, spec); }, Qt::QueuedConnection);
    }
}

void HttpClient::onDone(quint64 id, int worker, const HttpResult &result)
{
    const auto entry = m_running.take(id);
    --m_workerLoad[worker];
    --m_inFlight;
    // The next queued request leaves before this answer is handled, so the connection does not
    // idle while the caller works on the answer (the publisher reads and writes its database here).
    pump();
    if (entry.second)
        entry.second(result);
}

NetworkWorker::NetworkWorker(int index)
    : m_index(index)
{ }

NetworkWorker::~NetworkWorker()
{
    qDeleteAll(m_jobs);
    delete m_manager;
}

void NetworkWorker::run(quint64 id, const RequestSpec &spec)
{
    if (!m_manager) {
        // Created here, in the worker's own thread, as QNetworkAccessManager requires.
        m_manager = new QNetworkAccessManager;
        m_manager->setAutoDeleteReplies(false);
    }
    auto *job = new HttpJob(m_manager, spec);
    m_jobs.insert(id, job);
    connect(job, &HttpJob::finished, this, [this, id, job](const HttpResult &result) {
        m_jobs.remove(id);
        job->deleteLater();
        Q_EMIT done(id, m_index, result);
    });
    job->start();
}

void NetworkWorker::abort(quint64 id)
{
    if (HttpJob *job = m_jobs.value(id))
        job->abort();
}

} // namespace dexdesk
