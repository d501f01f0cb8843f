// dexdesk-sim's fault injection: asynchronous latency (many connections at once), error
// rates, 429 with Retry-After, dropped connections, outage windows and redirect rules.
#include "SimProcess.h"
#include "SimTestClient.h"
#include "TestTimeScale.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

namespace {

// One hand-written HTTP/1.1 request on its own connection, so the test is not limited by
// QNetworkAccessManager's six connections per host.
class RawExchange : public QObject
{
public:
    RawExchange(quint16 port, const QByteArray &request, QElapsedTimer *clock)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, this, [this, request] { m_socket.write(request); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this, clock] {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0 || done)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : m_buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() >= end + 4 + length) {
                done = true;
                finishedMs = clock->elapsed();
                status = m_buffer.mid(9, 3).toInt();
            }
        });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    bool done = false;
    int status = 0;
    qint64 finishedMs = 0;

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString m_schools = QStringLiteral("/data/v3/2027/ed-fi/schools");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }
    void init() { QVERIFY(m_sim.reset(false, true)); }

    void latencyIsWaitedConcurrently()
    {
        constexpr int kConnections = 64;
        // 20 ms, long beside the simulator's own work per request; under the sanitizers that work is
        // several times slower, so the latency grows with the time scale (64 answers of a sanitized
        // simulator took longer than a quarter of 64 × 20 ms with no latency to wait at all).
        const int kLatencyMs = static_cast<int>(scaledDeadlineMs(20));
        QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), kLatencyMs}}));
        QByteArray token = m_client->fetchToken();
        const QByteArray request = "GET /data/v3/2027/ed-fi/schools HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_sim.port()) + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n";
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<RawExchange>> exchanges;
        for (int i = 0; i < kConnections; ++i)
            exchanges.push_back(std::make_unique<RawExchange>(m_sim.port(), request, &clock));
        const auto allDone
            = [&] { return std::all_of(exchanges.begin(), exchanges.end(), [](const auto &e) { return e->done; }); };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), scaledDeadlineMs(10000));
        qint64 last = 0;
        for (const auto &e : exchanges) {
            QCOMPARE(e->status, 200);
            last = qMax(last, e->finishedMs);
        }
        qInfo("%d parallel requests at %d ms latency took %lld ms (serialised would be %d ms)", kConnections,
              kLatencyMs, last, kConnections * kLatencyMs);
        QVERIFY2(last >= kLatencyMs, "the latency was not applied");
        QVERIFY2(last < kConnections * kLatencyMs / 4, qPrintable(QStringLiteral("took %1 ms").arg(last)));
        const QJsonObject counters = m_sim.counters();
        QVERIFY2(counters.value(QStringLiteral("maxInFlight")).toInt() >= kConnections / 2,
                 qPrintable(QString::number(counters.value(QStringLiteral("maxInFlight")).toInt())));
    }

    void latencyDelaysEachAnswer()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 150}, {QStringLiteral("jitterMs"), 0}}));
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_client->get(m_schools).status, 200);
        QVERIFY2(t.elapsed() >= 150, qPrintable(QString::number(t.elapsed())));
    }

    void errorRateOneFailsEverything()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("500"), 1.0}}}}));
        for (int i = 0; i < 10; ++i) {
            const TestReply r = m_client->get(m_schools);
            QCOMPARE(r.status, 500);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        }
        QCOMPARE(m_sim.counters().value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("500")).toInt(),
                 10);
        QVERIFY(m_sim.setFaults({{QStringLiteral("errorRates"), QStringLiteral("503:1")}}));
        QCOMPARE(m_client->get(m_schools).status, 503);
    }

    void errorRateIsARate()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("500"), 0.5}}}}));
        int failures = 0;
        for (int i = 0; i < 200; ++i)
            failures += m_client->get(m_schools).status == 500 ? 1 : 0;
        QVERIFY2(failures > 50 && failures < 150, qPrintable(QString::number(failures))); // binomial, ~7 sigma
    }

    void tooManyRequestsHasRetryAfter()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("rate429"), 1.0}, {QStringLiteral("retryAfterSeconds"), 7}}));
        const TestReply r = m_client->get(m_schools);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    }

    void droppedConnection()
    {
        const QByteArray token = m_client->fetchToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(m_sim.setFaults({{QStringLiteral("dropRate"), 1.0}}));
        SimTestClient fresh(m_sim.baseUrl());
        fresh.setToken(token);
        const TestReply r = fresh.get(m_schools);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(m_sim.counters().value(QStringLiteral("droppedConnections")).toInt() >= 1);
        QCOMPARE(m_sim.requests(1).first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("dropped"));
    }

    void outageWindow()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("outage"), QJsonObject {{QStringLiteral("seconds"), 1}}}}));
        QVERIFY(m_sim.faults().value(QStringLiteral("outage")).toObject().value(QStringLiteral("active")).toBool());
        const TestReply down = m_client->get(m_schools);
        QCOMPARE(down.status, 503);
        QCOMPARE(m_client->send("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials").status, 503);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(m_schools).status, 200, 5000);

        QVERIFY(m_sim.setFaults(
            {{QStringLiteral("outage"),
              QJsonObject {{QStringLiteral("seconds"), 30}, {QStringLiteral("mode"), QStringLiteral("drop")}}}}));
        QCOMPARE(SimTestClient(m_sim.baseUrl()).get(m_schools).error, QNetworkReply::RemoteHostClosedError);

        // A window in the future does nothing yet.
        const QString later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        QVERIFY(
            m_sim.setFaults({{QStringLiteral("outage"),
                              QJsonObject {{QStringLiteral("seconds"), 30}, {QStringLiteral("startsAt"), later}}}}));
        QCOMPARE(m_client->get(m_schools).status, 200);
        QVERIFY(!m_sim.faults().value(QStringLiteral("outage")).toObject().value(QStringLiteral("active")).toBool());
    }

    void redirectRule()
    {
        const QString target = QStringLiteral("http://127.0.0.1:9/elsewhere");
        QVERIFY(m_sim.setFaults({{QStringLiteral("redirect"),
                                  QJsonObject {{QStringLiteral("prefix"), QStringLiteral("/data/v3/2027/ed-fi/staffs")},
                                               {QStringLiteral("location"), target}}}}));
        const TestReply r = m_client->get(QStringLiteral("/data/v3/2027/ed-fi/staffs?limit=5"));
        QCOMPARE(r.status, 307);
        QCOMPARE(QString::fromUtf8(r.header("Location")), target);
        QCOMPARE(m_client->get(m_schools).status, 200); // outside the prefix
        QVERIFY(m_sim.setFaults({{QStringLiteral("redirect"), QJsonValue::Null}}));
        QCOMPARE(m_client->get(QStringLiteral("/data/v3/2027/ed-fi/staffs")).status, 200);
    }

    void clientLeavingDuringLatency()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 200}}));
        QVERIFY(m_sim.reset());
        QTcpSocket socket;
        QObject::connect(&socket, &QTcpSocket::connected, &socket,
                         [&socket] { socket.write("GET /?leaving=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
        QObject::connect(&socket, &QTcpSocket::bytesWritten, &socket, [&socket] { socket.abort(); });
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_sim.port());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.counters().value(QStringLiteral("requests")).toInt(), 1, 5000);
        QCOMPARE(m_sim.requests(1).first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("client-gone"));
        QCOMPARE(m_sim.counters().value(QStringLiteral("inFlight")).toInt(), 0);
        QCOMPARE(m_client->get(m_schools).status, 200); // still serving
    }

    void badFaultsAreRefused()
    {
        QVERIFY(!m_sim.setFaults({{QStringLiteral("latencyMs"), -5}}));
        QVERIFY(!m_sim.setFaults({{QStringLiteral("noSuchFault"), 1}}));
        QVERIFY(!m_sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("200"), 0.5}}}}));
        QCOMPARE(m_sim.faults().value(QStringLiteral("latencyMs")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "test_sim_faults.moc"
