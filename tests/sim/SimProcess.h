#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Runs the built dexdesk-sim as a child process on a free loopback port for integration tests,
// and talks to its /_sim/ admin API synchronously (each call waits at most a few seconds).
//
//   SimProcess sim;
//   QVERIFY2(sim.start({"--latency", "20"}), qPrintable(sim.errorString()));
//   sim.setFaults({{"errorRates", QJsonObject{{"500", 1.0}}}});
//   QCOMPARE(sim.counters()["requests"].toInt(), 3);
//
// start() adds --port 0 and reads the "listening on" line; with --cert the certificate is trusted
// for the admin calls. The destructor stops the process.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    bool start(const QStringList &extraArgs = {}, int timeoutMs = 10000);
    void stop();
    bool isRunning() const;
    QString errorString() const; // why start() failed, with the simulator's stderr

    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; } // http(s)://127.0.0.1:<port>
    QUrl url(const QString &pathAndQuery) const; // baseUrl + "/data/v3/..." etc.
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }

    bool setFaults(const QJsonObject &faults); // POST /_sim/faults (partial update)
    QJsonObject faults();
    QJsonObject counters(); // GET /_sim/counters
    QJsonArray requests(int limit = 100); // GET /_sim/requests, most recent first
    bool reset(bool store = false, bool faults = false); // POST /_sim/reset
    QJsonArray records(const QString &resource, int schoolYear); // GET /_sim/records/...; 0 = shared

    static QString executable();

private:
    QByteArray admin(const QByteArray &method, const QString &path, const QByteArray &body, int *status);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_caCertificates;
    QString m_error;
};
