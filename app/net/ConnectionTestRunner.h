#pragma once

// The steps of Test Connection, run one after another inside the test's own thread. Internal to
// ConnectionTest; see ConnectionTest.h for the public side.

#include "ConnectionTest.h"
#include "HttpJob.h"
#include "ServerCapabilities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QAbstractSocket;

namespace dexdesk {

class HostResolver;

class ConnectionTestRunner : public QObject
{
    Q_OBJECT
public:
    ConnectionTestRunner(TestConnectionInput input, HostResolver *resolver);
    ~ConnectionTestRunner() override;

    void run(); // in the runner's thread
    void cancel(); // in the runner's thread

Q_SIGNALS:
    void stepFinished(const dexdesk::TestStep &step);
    void finished(const dexdesk::TestReport &report);

private:
    using Stage = std::function<void()>;

    void next();
    void stop(); // skip what is left after a failure that makes it pointless
    void record(TestStep step);
    void finish(bool cancelled);
    void request(RequestSpec spec, std::function<void(const HttpResult &)> done);
    void noteDate(const HttpResult &result);

    void checkUrls();
    void resolveHosts();
    void resolveHost(int index);
    void connectOrigins();
    void connectOrigin(int index);
    void fetchToken(const LeaCredentials &lea, bool asJson = false);
    void readDiscovery();
    void probeChangeQueries(const QUrl &root, const ServerCapabilities &caps, QString found);
    void readResource(const LeaCredentials &lea, int year);
    void checkClock();

    QString readPath(int year) const;
    QString describeHttpFailure(const HttpResult &r, const QString &what) const;

    TestConnectionInput m_input;
    HostResolver *m_resolver;
    QNetworkAccessManager *m_manager = nullptr;
    std::deque<Stage> m_stages;
    QList<TestStep> m_steps;
    QHash<QString, QByteArray> m_tokens; // by LEA id, this run only
    QStringList m_pending; // hosts or origins of the step in progress
    QStringList m_details;
    TestStep::Outcome m_worst = TestStep::Outcome::Pass;
    QPointer<HttpJob> m_job;
    QPointer<QAbstractSocket> m_socket;
    QElapsedTimer m_stepTimer;
    QDateTime m_serverDate;
    QDateTime m_localDateAtServerDate;
    bool m_done = false;
};

} // namespace dexdesk
